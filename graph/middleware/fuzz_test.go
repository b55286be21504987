package middleware_test

// Fuzz targets for the middleware that decodes a request before gqlgen
// sees it: CheckRequest (method, media type, GET parameters, persisted
// queries) and ReadBody (size limit, JSON, an operation named). They need
// no database; their seed corpora run with every `go test`. Run one with
//
//	go test ./graph/middleware -run '^$' -fuzz '^FuzzCheckRequest$' -fuzztime 60s

import (
	"bytes"
	"encoding/json"
	"fmt"
	"golang.org/x/net/http/httpguts"
	"io"
	"maps"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
)

// fuzzMethods are what a method that is not an HTTP token becomes: the
// server would refuse it before any handler ran.
var fuzzMethods = []string{http.MethodGet, http.MethodPost, http.MethodOptions, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodPatch}

// wantCodedRefusal checks r is a refusal a client can read: one of the
// statuses allowed, Content-Type application/json, and a body of exactly
// one GraphQL error with a message and one of the schema's codes.
func wantCodedRefusal(tb testing.TB, label string, r response, statuses ...int) {
	tb.Helper()
	if !slices.Contains(statuses, r.Status) {
		tb.Errorf("%s: status %d, want one of %v; body %.300s", label, r.Status, statuses, r.Body)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		tb.Errorf("%s: Content-Type %q, want application/json", label, ct)
	}
	var body struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code model.ErrorCode }
		}
	}
	if err := json.Unmarshal([]byte(r.Body), &body); err != nil || len(body.Errors) != 1 {
		tb.Fatalf("%s: body %.300q is not one GraphQL error (%v)", label, r.Body, err)
	}
	if e := body.Errors[0]; e.Message == "" || !e.Extensions.Code.IsValid() {
		tb.Errorf("%s: error %q has code %q, not one of the schema's", label, e.Message, e.Extensions.Code)
	}
}

// persistedByHash is what the cache behind checked holds.
var persistedByHash = map[string]string{mutationHash: "mutation { touch }", queryHash: "query { projects { totalCount } }"}

// namedHash is the persisted query's hash named in a GET's extensions
// parameter, or "".
func namedHash(extensions string) string {
	var ext struct {
		PersistedQuery struct {
			Sha256Hash string `json:"sha256Hash"`
		} `json:"persistedQuery"`
	}
	if json.Unmarshal([]byte(extensions), &ext) != nil {
		return ""
	}
	return ext.PersistedQuery.Sha256Hash
}

// FuzzCheckRequest sends CheckRequest a fuzzed method, Content-Type,
// query string and body. It never panics, and either passes the request
// on or refuses it with one coded JSON error, and the two are told apart
// as GraphQL over HTTP says:
//   - OPTIONS always passes; other methods than GET, POST and OPTIONS get
//     405 with Allow: GET, POST, OPTIONS;
//   - a POST passes exactly when its media type is application/json, and
//     gets 415 otherwise;
//   - a GET passes only with a readable query string, a query or a known
//     persisted query's hash, variables and extensions that are JSON
//     objects, and an operation that is not a mutation (405 with Allow:
//     POST); every other refusal of a GET is 400.
func FuzzCheckRequest(f *testing.F) {
	get := func(v url.Values) string { return v.Encode() }
	type seed struct{ method, contentType, rawQuery, body string }
	for _, s := range []seed{
		{"GET", "", get(url.Values{"query": {"{ projects { totalCount } }"}}), ""},
		{"GET", "", get(url.Values{"query": {"query Q($n: Int) { projects(first: $n) { totalCount } }"}, "variables": {`{"n":5}`}, "operationName": {"Q"}}), ""},
		{"GET", "", get(url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + queryHash + `"}}`}}), ""},
		{"GET", "", get(url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + mutationHash + `"}}`}}), ""},
		{"GET", "", get(url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("f", 64) + `"}}`}}), ""},
		{"GET", "", get(url.Values{"query": {"mutation { touch }"}}), ""},
		{"GET", "", get(url.Values{"query": {"query A { a } mutation B { b }"}, "operationName": {"B"}}), ""},
		{"GET", "", get(url.Values{"query": {"subscription { s }"}}), ""},
		{"GET", "", get(url.Values{"query": {"mutation { " + strings.Repeat("a ", 120) + "}"}}), ""},
		{"GET", "", "query=%zz", ""},
		{"GET", "", "query={a}&variables=[1,2]", ""},
		{"GET", "", "query={a}&variables=null&extensions=5", ""},
		{"GET", "", "query=%00%ff&operationName=%ff", ""},
		{"GET", "", "query=;;&&==", ""},
		{"GET", "", "", ""},
		{"POST", "application/json", "", `{"query":"{ a }"}`},
		{"POST", "application/json; charset=utf-8", "", `{"query":"{ a }"}`},
		{"POST", "APPLICATION/JSON", "", `{}`},
		{"POST", "application/graphql", "", `{ a }`},
		{"POST", "application/graphql-response+json", "", `{"query":"{ a }"}`},
		{"POST", "application/x-www-form-urlencoded", "", `query=%7Ba%7D`},
		{"POST", "multipart/form-data; boundary=--x", "", "--x--"},
		{"POST", "application/json; charset", "", `{}`},
		{"POST", "application/json;;", "", `{}`},
		{"POST", "", "", `{"query":"{ a }"}`},
		{"POST", "text/plain", "query=mutation{x}", ""},
		{"OPTIONS", "", "query=mutation{x}", ""},
		{"PUT", "application/json", "", `{"query":"{ a }"}`},
		{"HEAD", "", "query={a}", ""},
		{"BREW", "", "", ""},
		{"get", "", "query={a}", ""},
		{"G\x00T", "", "query={a}", "\x00\xff"},
	} {
		f.Add(s.method, s.contentType, s.rawQuery, []byte(s.body))
	}

	f.Fuzz(func(t *testing.T, method, contentType, rawQuery string, body []byte) {
		if !httpguts.ValidHeaderFieldName(method) {
			method = fuzzMethods[len(method)%len(fuzzMethods)]
		}
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		req.Method = method
		req.URL.RawQuery = rawQuery
		if contentType != "" && httpguts.ValidHeaderFieldValue(contentType) {
			req.Header.Set("Content-Type", contentType)
		}
		label := method + " /graphql?" + rawQuery + " (Content-Type " + req.Header.Get("Content-Type") + ")"

		r, ran := checked(t, req)

		// What the endpoint must do with it.
		mediaType, _, mediaErr := mime.ParseMediaType(req.Header.Get("Content-Type"))
		switch method {
		case http.MethodOptions:
			if !ran {
				t.Errorf("%s: refused (%d); OPTIONS always passes", label, r.Status)
			}
		case http.MethodPost:
			isJSON := mediaErr == nil && mediaType == "application/json"
			switch {
			case isJSON && !ran:
				t.Errorf("%s: a JSON POST was refused (%d): %.300s", label, r.Status, r.Body)
			case !isJSON && ran:
				t.Errorf("%s: a POST that is not application/json passed", label)
			case !isJSON:
				wantCodedRefusal(t, label, r, http.StatusUnsupportedMediaType)
			}
		case http.MethodGet:
			params, err := url.ParseQuery(rawQuery)
			if err != nil {
				if ran {
					t.Errorf("%s: a GET with an unreadable query string passed (%v)", label, err)
				} else {
					wantCodedRefusal(t, label, r, http.StatusBadRequest)
				}
				return
			}
			query, hash := params.Get("query"), namedHash(params.Get("extensions"))
			if query == "" {
				query = persistedByHash[hash]
			}
			mutation := len(query) <= 200 && middleware.IsMutation(query, params.Get("operationName"))
			notObject := func(name string) bool {
				var object map[string]any
				return params.Get(name) != "" && json.Unmarshal([]byte(params.Get(name)), &object) != nil
			}
			switch {
			case ran && params.Get("query") == "" && hash == "":
				t.Errorf("%s: a GET with neither a query nor a persisted query's hash passed", label)
			case ran && mutation:
				t.Errorf("%s: a GET that runs a mutation passed", label)
			case ran && (notObject("variables") || notObject("extensions")):
				t.Errorf("%s: a GET whose variables or extensions are not JSON objects passed", label)
			case !ran && r.Status == http.StatusMethodNotAllowed:
				wantCodedRefusal(t, label, r, http.StatusMethodNotAllowed)
				if !mutation {
					t.Errorf("%s: 405 for a GET that runs no mutation", label)
				}
				if allow := r.Header.Get("Allow"); allow != "POST" {
					t.Errorf("%s: Allow %q, want POST", label, allow)
				}
			case !ran:
				wantCodedRefusal(t, label, r, http.StatusBadRequest)
			}
		default:
			if ran {
				t.Errorf("%s: method %q passed", label, method)
			} else {
				wantCodedRefusal(t, label, r, http.StatusMethodNotAllowed)
				if allow := r.Header.Get("Allow"); allow != "GET, POST, OPTIONS" {
					t.Errorf("%s: Allow %q, want GET, POST, OPTIONS", label, allow)
				}
			}
		}
		if ran && r.Status != http.StatusOK {
			t.Errorf("%s: passed, but the answer is %d", label, r.Status)
		}
	})
}

// FuzzReadBody sends ReadBody fuzzed POST bodies under a fuzzed limit
// (0: none), with their length declared or not. It never panics, and
// either passes the body on unchanged or refuses it with one coded JSON
// error:
//   - a body over the limit is refused 413 (and the connection closed),
//     and only such a body;
//   - a body that is not one JSON value is refused 400;
//   - a JSON object with no key that could carry a query or a persisted
//     query's hash is refused 400; one with a non-empty "query" passes;
//   - what passes is exactly the bytes sent, within the limit, valid JSON.
func FuzzReadBody(f *testing.F) {
	for _, body := range []string{
		`{"query":"{ projects { totalCount } }"}`,
		`{"query":"query($n: Int) { projects(first: $n) { totalCount } }","variables":{"n":5},"operationName":null}`,
		`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"` + queryHash + `"}}}`,
		`{"extensions":{"persistedQuery":{"version":1,"sha256Hash":5}}}`,
		`{"query":"","extensions":null}`,
		`{"query":null}`,
		`{"QUERY":"{ a }"}`,
		`{"query":5}`,
		`{"query":"{ a }","query":""}`,
		`{}`, `[]`, `null`, `0`, `"query"`, `1e999`, `-0`, ``, ` `, `{`, `}{`,
		`{"a":1} {"b":2}`,
		`[{"query":"{ a }"},{"query":"{ b }"}]`,
		`{"query":"{ a }","variables":{"n":[[[[[[[[[[1]]]]]]]]]]}}`,
		`{"query":"\u0000"}`,
		"{\"query\":\"\xff\xfe\"}",
		"{\"query\":\"{ a }\"}\x00",
		"\xef\xbb\xbf{\"query\":\"{ a }\"}",
		`{"query":"{ project(slug: \"x' OR 1=1 --\") { id } }"}`,
		strings.Repeat("[", 10001) + strings.Repeat("]", 10001),
		`{"query":"` + strings.Repeat("a", 3000) + `"}`,
	} {
		f.Add([]byte(body), uint16(1024), false)
		f.Add([]byte(body), uint16(len(body)), true)
	}
	f.Add([]byte(`{"query":"{ a }"}`), uint16(0), false)
	f.Add([]byte(`{"query":"{ a }"}`), uint16(5), true)
	f.Add([]byte(`{"query":"{ a }"}`), uint16(16), false)

	f.Fuzz(func(t *testing.T, body []byte, limit uint16, unknownLength bool) {
		max := int64(limit)
		req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
		if unknownLength {
			req.ContentLength = -1
		}
		var seen []byte
		ran := false
		next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			ran = true
			b, err := io.ReadAll(r.Body)
			if err != nil {
				t.Errorf("reading the body behind ReadBody: %v", err)
			}
			seen = b
		})
		r := serve(t, middleware.ReadBody(max, nil), next, req)
		label := fmt.Sprintf("body %.200q (limit %d, length declared %t)", body, max, !unknownLength)

		over := max > 0 && int64(len(body)) > max
		var keys map[string]json.RawMessage
		isObject := json.Unmarshal(body, &keys) == nil && keys != nil
		couldName := slices.ContainsFunc(slices.Collect(maps.Keys(keys)), func(k string) bool {
			return strings.EqualFold(k, "query") || strings.EqualFold(k, "extensions")
		})
		var withQuery struct {
			Query string `json:"query"`
		}
		namesQuery := json.Unmarshal(body, &withQuery) == nil && withQuery.Query != ""

		if ran {
			switch {
			case !bytes.Equal(seen, body):
				t.Errorf("%s: the handler behind read %d bytes, not the %d sent", label, len(seen), len(body))
			case over:
				t.Errorf("%s: a body of %d bytes passed a limit of %d", label, len(body), max)
			case !json.Valid(body):
				t.Errorf("%s: a body that is not JSON passed", label)
			case isObject && !couldName:
				t.Errorf("%s: a JSON object that names no operation passed", label)
			}
			if r.Status != http.StatusOK {
				t.Errorf("%s: passed, but the answer is %d", label, r.Status)
			}
			return
		}
		switch {
		case over:
			wantCodedRefusal(t, label, r, http.StatusRequestEntityTooLarge)
			if r.Header.Get("Connection") != "close" {
				t.Errorf("%s: a 413 without Connection: close", label)
			}
		case namesQuery:
			t.Errorf("%s: a JSON body with a query within the limit was refused (%d): %.300s", label, r.Status, r.Body)
		default:
			wantCodedRefusal(t, label, r, http.StatusBadRequest)
		}
	})
}
