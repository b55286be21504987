package cache

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"sync/atomic"
	"testing"
)

// fakeAPI answers every request with a body naming how many requests it
// has answered, so a test can tell a cached answer from a fresh one.
type fakeAPI struct {
	calls atomic.Int64
	body  func(n int64) string
}

func (f *fakeAPI) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	n := f.calls.Add(1)
	w.Header().Set("Content-Type", "application/json")
	body := `{"data":{"n":` + json.Number(itoa(n)).String() + `}}`
	if f.body != nil {
		body = f.body(n)
	}
	_, _ = w.Write([]byte(body))
}

func itoa(n int64) string { b, _ := json.Marshal(n); return string(b) }

func postTo(tb testing.TB, h http.Handler, body string, headers ...string) *httptest.ResponseRecorder {
	tb.Helper()
	req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func getFrom(tb testing.TB, h http.Handler, params url.Values, headers ...string) *httptest.ResponseRecorder {
	tb.Helper()
	req := httptest.NewRequest(http.MethodGet, "/graphql?"+params.Encode(), nil)
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	return w
}

func TestTheSameQueryWrittenDifferentlyIsOneEntry(t *testing.T) {
	api := &fakeAPI{}
	h := watching(1 << 20).Handler(api)
	first := postTo(t, h, `{"query":"query Q($a: Int, $b: String) { projects(first: $a) { nodes { title } } }","variables":{"a":1,"b":"x"}}`)
	if first.Header().Get("X-Cache") != "MISS" || first.Header().Get("ETag") == "" {
		t.Fatalf("first answer: %v", first.Header())
	}
	for _, same := range []string{
		// Other spacing, commas and comments; variables in another order.
		`{"query":"query Q($a:Int,$b:String){projects(first:$a){nodes{title}}}","variables":{"b":"x","a":1}}`,
		`{"query":"# the listing\nquery Q($a: Int $b: String) {\n  projects(first: $a) { nodes { title, } }\n}", "variables": {"a": 1, "b": "x"}}`,
	} {
		r := postTo(t, h, same)
		if r.Header().Get("X-Cache") != "HIT" || r.Body.String() != first.Body.String() {
			t.Errorf("%s: %s %s", same, r.Header().Get("X-Cache"), r.Body.String())
		}
	}
	for _, other := range []string{
		`{"query":"query Q($a: Int, $b: String) { projects(first: $a) { nodes { title } } }","variables":{"a":2,"b":"x"}}`,
		`{"query":"query Q($a: Int, $b: String) { projects(first: $a) { nodes { slug } } }","variables":{"a":1,"b":"x"}}`,
		`{"query":"query Q($a: Int, $b: String) { projects(first: $a) { nodes { title } } }","variables":{"a":1,"b":"x"},"operationName":"Q"}`,
	} {
		if r := postTo(t, h, other); r.Header().Get("X-Cache") != "MISS" {
			t.Errorf("%s: a different request was answered from the cache", other)
		}
	}
	// Another accepted media type is another entry (the Content-Type differs).
	if r := postTo(t, h, `{"query":"{ a }"}`, "Accept", "application/graphql-response+json"); r.Header().Get("X-Cache") != "MISS" {
		t.Error("first graphql-response+json request was a hit")
	}
	if r := postTo(t, h, `{"query":"{ a }"}`); r.Header().Get("X-Cache") != "MISS" {
		t.Error("an application/json request was answered with the graphql-response+json entry")
	}
}

func TestOnlyPublicQueriesThatSucceedAreCached(t *testing.T) {
	for _, tc := range []struct {
		name, body string
		headers    []string
		answer     string
	}{
		{"a mutation", `{"query":"mutation { publish }"}`, nil, ""},
		{"a named mutation among queries", `{"query":"query A { a } mutation B { b }","operationName":"B"}`, nil, ""},
		{"a subscription", `{"query":"subscription { s }"}`, nil, ""},
		{"two operations, none named", `{"query":"query A { a } query B { b }"}`, nil, ""},
		{"a request with a key", `{"query":"{ a }"}`, []string{"Authorization", "Bearer secret"}, ""},
		{"an answer with errors", `{"query":"{ a }"}`, nil, `{"errors":[{"message":"no"}],"data":null}`},
		{"a body that is not JSON", `{"query":`, nil, ""},
		{"a query that does not lex", `{"query":"{ \"unterminated }"}`, nil, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			api := &fakeAPI{}
			if tc.answer != "" {
				api.body = func(int64) string { return tc.answer }
			}
			h := watching(1 << 20).Handler(api)
			for range 2 {
				postTo(t, h, tc.body, tc.headers...)
			}
			if n := api.calls.Load(); n != 2 {
				t.Fatalf("the API answered %d of 2 requests: one came from the cache", n)
			}
		})
	}
	// A named query among several is cached.
	api := &fakeAPI{}
	h := watching(1 << 20).Handler(api)
	body := `{"query":"query A { a } mutation B { b }","operationName":"A"}`
	postTo(t, h, body)
	if r := postTo(t, h, body); r.Header().Get("X-Cache") != "HIT" {
		t.Fatal("the named query was not cached")
	}
}

func TestIfNoneMatchGets304(t *testing.T) {
	// The same answer every time, as the API gives while nothing changes.
	api := &fakeAPI{body: func(int64) string { return `{"data":{"a":1}}` }}
	for _, c := range []*Cache{watching(1 << 20), nil} {
		h := c.Handler(api)
		body := `{"query":"{ a }"}`
		first := postTo(t, h, body)
		tag := first.Header().Get("ETag")
		if tag == "" {
			t.Fatal("no ETag")
		}
		for _, header := range []string{tag, `"other", ` + tag, "W/" + tag, "*"} {
			if r := postTo(t, h, body, "If-None-Match", header); r.Code != http.StatusNotModified || r.Body.Len() != 0 {
				t.Errorf("If-None-Match: %s: %d %q", header, r.Code, r.Body.String())
			}
		}
		if r := postTo(t, h, body, "If-None-Match", `"stale"`); r.Code != http.StatusOK || r.Body.Len() == 0 {
			t.Errorf("a stale ETag: %d", r.Code)
		}
	}
}

func TestGetAndPersistedQueriesAreCached(t *testing.T) {
	api := &fakeAPI{}
	h := watching(1 << 20).Handler(api)
	q := url.Values{"query": {"{ regions { name } }"}}
	getFrom(t, h, q)
	if r := getFrom(t, h, url.Values{"query": {"{regions{name}}"}}); r.Header().Get("X-Cache") != "HIT" {
		t.Error("a GET query was not cached")
	}
	hashOnly := url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"abc"}}`}}
	getFrom(t, h, hashOnly)
	if r := getFrom(t, h, hashOnly); r.Header().Get("X-Cache") != "HIT" {
		t.Error("a persisted query named by hash was not cached")
	}
	if r := getFrom(t, h, url.Values{"extensions": {"{not json"}}); r.Header().Get("X-Cache") != "" {
		t.Error("bad extensions were cached")
	}
}
