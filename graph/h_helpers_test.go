package graph_test

// Helpers for the hostile-input tests (files h_*_test.go). Every response
// they see goes through hCheck, which fails the test on anything a client
// must never get: a 5xx, a body that is not a GraphQL response, an error
// without a documented code, SQL or driver text, or a stack trace.

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"

	"learningapi/graph/model"
)

// hResult is one HTTP response as the client receives it. Header is the
// header as it was sent (Result().Header: fields set after the status was
// written are not in it).
type hResult struct {
	Status int
	Header http.Header
	Body   string
	Data   json.RawMessage
	Errors []gqlError
	isJSON bool
}

// hLeaks are fragments of SQL, driver text and stack traces that must
// never reach a client.
var hLeaks = []string{
	"pq: ", "sql: ", "SQLSTATE", "goroutine ", "runtime/debug", ".go:", "panic",
	"SELECT ", " FROM ", " WHERE ", "published_", `relation "`, `column "`,
	"out of range for type", "time zone displacement", "invalid byte sequence",
	"syntax error at", "canceling statement", "context deadline exceeded", "goose",
}

// hCheck applies the rules every response must follow. GraphQL rules
// (JSON body, codes) apply to /graphql only; /readyz alone may answer 503.
func hCheck(t *testing.T, path string, r *hResult) {
	t.Helper()
	if r.Status >= 500 && !(path == "/readyz" && r.Status == http.StatusServiceUnavailable) {
		t.Errorf("status %d (a 5xx) for %s; body: %.300s", r.Status, path, r.Body)
	}
	// Data holds published content, so only the errors of a GraphQL
	// response are searched; any other body is searched whole.
	text := r.Body
	if r.isJSON {
		b, _ := json.Marshal(r.Errors)
		text = string(b)
	}
	for _, leak := range hLeaks {
		if strings.Contains(text, leak) {
			t.Errorf("response leaks %q: %.400s", leak, text)
		}
	}
	if path != "/graphql" || r.Status == http.StatusNoContent || r.Body == "" {
		return
	}
	ct := r.Header.Get("Content-Type")
	if !strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "application/graphql-response+json") {
		t.Errorf("Content-Type %q, want application/json or application/graphql-response+json; body: %.200s", ct, r.Body)
	}
	if !r.isJSON {
		t.Errorf("body is not a GraphQL response (a JSON object with data or errors): %.300s", r.Body)
		return
	}
	for _, e := range r.Errors {
		switch code := e.code(); {
		case code == "":
			t.Errorf("error without extensions.code: %q", e.Message)
		case !code.IsValid():
			t.Errorf("error code %q is not one of the schema's ErrorCode values (message %q)", code, e.Message)
		}
	}
}

// hDo sends a raw request and checks the response.
func hDo(t *testing.T, a *api, method, target, contentType, body string, headers ...string) *hResult {
	t.Helper()
	return hResultOf(t, target, a.do(method, target, contentType, body, headers...))
}

// hServe sends req to a's handler and checks the response.
func hServe(t *testing.T, a *api, req *http.Request) *hResult {
	t.Helper()
	w := httptest.NewRecorder()
	a.h.ServeHTTP(w, req)
	return hResultOf(t, req.URL.RequestURI(), w)
}

func hResultOf(t *testing.T, target string, w *httptest.ResponseRecorder) *hResult {
	t.Helper()
	res := w.Result()
	r := &hResult{Status: res.StatusCode, Header: res.Header, Body: w.Body.String()}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	trimmed := bytes.TrimSpace(w.Body.Bytes())
	if len(trimmed) > 0 && trimmed[0] == '{' && json.Unmarshal(trimmed, &env) == nil {
		var keys map[string]json.RawMessage
		_ = json.Unmarshal(trimmed, &keys)
		_, hasData := keys["data"]
		_, hasErrors := keys["errors"]
		r.isJSON = hasData || hasErrors
		r.Data, r.Errors = env.Data, env.Errors
	}
	path := target
	if u, err := url.Parse(target); err == nil {
		path = u.Path
	}
	hCheck(t, path, r)
	return r
}

// hPost sends a GraphQL request as POST application/json.
func hPost(t *testing.T, a *api, query string, vars map[string]any, headers ...string) *hResult {
	t.Helper()
	body := map[string]any{"query": query}
	if vars != nil {
		body["variables"] = vars
	}
	b, err := json.Marshal(body)
	if err != nil {
		t.Fatal(err)
	}
	return hDo(t, a, http.MethodPost, "/graphql", "application/json", string(b), headers...)
}

// hGet sends a GraphQL request as GET with the given URL parameters.
func hGet(t *testing.T, a *api, params url.Values, headers ...string) *hResult {
	t.Helper()
	return hDo(t, a, http.MethodGet, "/graphql?"+params.Encode(), "", "", headers...)
}

// hQ is the URL parameters of a GET for query with variables.
func hQ(query string, vars map[string]any) url.Values {
	v := url.Values{"query": {query}}
	if vars != nil {
		b, _ := json.Marshal(vars)
		v.Set("variables", string(b))
	}
	return v
}

// codes lists the error codes in r.
func (r *hResult) codes() []model.ErrorCode {
	var out []model.ErrorCode
	for _, e := range r.Errors {
		out = append(out, e.code())
	}
	return out
}

// hWantCode fails unless r has an error with code whose message contains
// every one of parts.
func hWantCode(t *testing.T, r *hResult, code model.ErrorCode, parts ...string) {
	t.Helper()
	for _, e := range r.Errors {
		if e.code() != code {
			continue
		}
		ok := true
		for _, p := range parts {
			if !strings.Contains(e.Message, p) {
				ok = false
			}
		}
		if ok {
			return
		}
	}
	t.Errorf("want an error with code %s mentioning %q; got status %d, body %.500s", code, parts, r.Status, r.Body)
}

// hWantNoErrors fails if r carries any error.
func hWantNoErrors(t *testing.T, r *hResult) {
	t.Helper()
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		t.Errorf("want success; got status %d, body %.500s", r.Status, r.Body)
	}
}

// hData decodes r's data into out.
func hData(t *testing.T, r *hResult, out any) {
	t.Helper()
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decoding data: %v; body %.300s", err, r.Body)
	}
}

// hB64 is base64 as the API writes IDs and cursors (unpadded, URL-safe).
func hB64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// hLogLine returns the log lines that mention id.
func hLogLines(a *api, id string) []string {
	var out []string
	for _, l := range strings.Split(a.logs.String(), "\n") {
		if id != "" && strings.Contains(l, id) {
			out = append(out, l)
		}
	}
	return out
}

// hWantAnyCode fails unless r has at least one error and every error has
// one of codes.
func hWantAnyCode(t *testing.T, r *hResult, codes ...model.ErrorCode) {
	t.Helper()
	if len(r.Errors) == 0 {
		t.Errorf("want an error with a code in %v; got none: %.300s", codes, r.Body)
		return
	}
	for _, e := range r.Errors {
		ok := false
		for _, c := range codes {
			if e.code() == c {
				ok = true
			}
		}
		if !ok {
			t.Errorf("error %q has code %q, want one of %v", e.Message, e.code(), codes)
		}
	}
}

// hWantNoInternal fails if r carries an INTERNAL or TIMEOUT error: the
// input was the client's fault, and the answer must say so.
func hWantNoInternal(t *testing.T, label string, r *hResult) {
	t.Helper()
	for _, e := range r.Errors {
		if e.code() == "INTERNAL" || e.code() == "TIMEOUT" {
			t.Errorf("%s: answered %s (%q) for bad client input; want BAD_USER_INPUT, a validation error or null", label, e.code(), e.Message)
		}
	}
}

// hGQL writes s as a GraphQL string literal (JSON escapes are valid
// GraphQL escapes).
func hGQL(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}
