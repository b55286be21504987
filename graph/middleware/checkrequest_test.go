package middleware_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"github.com/99designs/gqlgen/graphql/handler/lru"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
)

const (
	mutationHash = "5f0bd7d0c3a0b2b1e0e4f7cbb1c6e4bb4a0f5cf1a8e0c9f3b2e3d4c5b6a79801"
	queryHash    = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"
)

// checked runs req through CheckRequest with a persisted-query cache that
// knows one mutation and one query by hash, and a query limit of 200 bytes.
func checked(tb testing.TB, req *http.Request) (response, bool) {
	tb.Helper()
	persisted := lru.New[string](10)
	persisted.Add(context.Background(), mutationHash, "mutation { touch }")
	persisted.Add(context.Background(), queryHash, "query { projects { totalCount } }")
	next := &reached{}
	r := serve(tb, middleware.CheckRequest(persisted, 200), next, req)
	return r, next.ran
}

// wantNotAllowed checks req is answered 405 with the Allow header and
// message given, and never reaches the handler behind.
func wantNotAllowed(tb testing.TB, req *http.Request, allow, message string) {
	tb.Helper()
	r, ran := checked(tb, req)
	wantRefusal(tb, r, http.StatusMethodNotAllowed, model.ErrorCodeBadRequest, message)
	if got := r.Header.Get("Allow"); got != allow {
		tb.Errorf("%s %s: Allow %q, want %q", req.Method, req.URL, got, allow)
	}
	if ran {
		tb.Errorf("%s %s: the handler ran behind a 405", req.Method, req.URL)
	}
}

// get builds a GET request to /graphql with the given parameters.
func get(params url.Values) *http.Request {
	return httptest.NewRequest(http.MethodGet, "/graphql?"+params.Encode(), nil)
}

// TestCheckRequestRefusesOtherMethods checks methods the endpoint does
// not serve are answered 405 with the ones it does.
func TestCheckRequestRefusesOtherMethods(t *testing.T) {
	for _, method := range []string{http.MethodPut, http.MethodDelete, http.MethodPatch, http.MethodHead} {
		wantNotAllowed(t, httptest.NewRequest(method, "/graphql", nil), "GET, POST, OPTIONS", "accepts GET (queries only) and POST")
	}
}

// TestCheckRequestWantsJSONPosts checks a POST body must be declared
// application/json (415 otherwise), parameters allowed.
func TestCheckRequestWantsJSONPosts(t *testing.T) {
	for contentType, pass := range map[string]bool{
		"application/json":                  true,
		"application/json; charset=utf-8":   true,
		"Application/JSON":                  true,
		"":                                  false,
		"text/plain":                        false,
		"application/graphql":               false,
		"application/x-www-form-urlencoded": false,
		"application/json; charset":         false,
	} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ x }"}`))
		if contentType != "" {
			req.Header.Set("Content-Type", contentType)
		}
		r, ran := checked(t, req)
		if pass {
			if !ran || r.Status != http.StatusOK {
				t.Errorf("POST as %q: handler ran %v, status %d", contentType, ran, r.Status)
			}
			continue
		}
		wantRefusal(t, r, http.StatusUnsupportedMediaType, model.ErrorCodeBadRequest, "send the request body as application/json")
		if ran {
			t.Errorf("POST as %q: the handler ran", contentType)
		}
	}
}

// TestCheckRequestRefusesMalformedGets checks GET parameters that cannot
// be read are answered 400.
func TestCheckRequestRefusesMalformedGets(t *testing.T) {
	cases := map[string]string{
		"/graphql?query=%zz": "the query string could not be read",
		"/graphql?" + url.Values{"query": {"{ x }"}, "variables": {"[1]"}}.Encode():  "the variables parameter must be a JSON object",
		"/graphql?" + url.Values{"query": {"{ x }"}, "variables": {"{"}}.Encode():    "the variables parameter must be a JSON object",
		"/graphql?" + url.Values{"query": {"{ x }"}, "extensions": {`"x"`}}.Encode(): "the extensions parameter must be a JSON object",
		"/graphql":                        "the request has no query",
		"/graphql?query=&operationName=A": "the request has no query",
	}
	for target, want := range cases {
		r, ran := checked(t, httptest.NewRequest(http.MethodGet, target, nil))
		wantRefusal(t, r, http.StatusBadRequest, model.ErrorCodeBadRequest, want)
		if ran {
			t.Errorf("GET %s: the handler ran", target)
		}
	}
}

// TestCheckRequestRefusesMutationsByGet checks a GET that would run a
// mutation or subscription is answered 405 with Allow: POST, whether the
// mutation is written out or named only by its persisted hash.
func TestCheckRequestRefusesMutationsByGet(t *testing.T) {
	persistedMutation := `{"persistedQuery":{"version":1,"sha256Hash":"` + mutationHash + `"}}`
	for name, params := range map[string]url.Values{
		"mutation":           {"query": {"mutation { touch }"}},
		"subscription":       {"query": {"subscription { changes }"}},
		"named of several":   {"query": {"query A { x } mutation B { touch }"}, "operationName": {"B"}},
		"persisted mutation": {"extensions": {persistedMutation}},
	} {
		t.Run(name, func(t *testing.T) {
			wantNotAllowed(t, get(params), "POST", "mutations must be sent with POST, not GET")
		})
	}
}

// TestCheckRequestPassesQueries checks what the executor should answer
// reaches it: GET queries (written out, persisted, or unknown hashes),
// queries it cannot parse, queries over the length limit (the limits
// refuse those) and preflights.
func TestCheckRequestPassesQueries(t *testing.T) {
	for name, req := range map[string]*http.Request{
		"query":             get(url.Values{"query": {"{ x }"}, "variables": {`{"a":1}`}}),
		"query of several":  get(url.Values{"query": {"query A { x } mutation B { touch }"}, "operationName": {"A"}}),
		"persisted query":   get(url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + queryHash + `"}}`}}),
		"unknown hash":      get(url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"ffff"}}`}}),
		"unparsable":        get(url.Values{"query": {"mutation {"}}),
		"over-long":         get(url.Values{"query": {"mutation { touch }" + strings.Repeat(" ", 200)}}),
		"OPTIONS preflight": httptest.NewRequest(http.MethodOptions, "/graphql", nil),
	} {
		r, ran := checked(t, req)
		if !ran || r.Status != http.StatusOK {
			t.Errorf("%s: handler ran %v, status %d %s", name, ran, r.Status, r.Body)
		}
	}
}
