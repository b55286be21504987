package middleware_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"learningapi/graph/middleware"
)

// TestOKForJSONAnswers200OnlyForApplicationJSON checks a 422 becomes 200
// when the answer is application/json, and every other status or media
// type passes untouched.
func TestOKForJSONAnswers200OnlyForApplicationJSON(t *testing.T) {
	cases := []struct {
		contentType string
		status      int
		want        int
	}{
		{"application/json", http.StatusUnprocessableEntity, http.StatusOK},
		{"application/graphql-response+json", http.StatusUnprocessableEntity, http.StatusUnprocessableEntity},
		{"application/json", http.StatusBadRequest, http.StatusBadRequest},
		{"application/json", http.StatusOK, http.StatusOK},
		{"", http.StatusUnprocessableEntity, http.StatusUnprocessableEntity},
	}
	for _, c := range cases {
		next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if c.contentType != "" {
				w.Header().Set("Content-Type", c.contentType)
			}
			w.WriteHeader(c.status)
			_, _ = w.Write([]byte(`{"errors":[{"message":"no such field"}]}`))
		})
		r := serve(t, middleware.OKForJSON(), next, httptest.NewRequest(http.MethodPost, "/graphql", nil))
		if r.Status != c.want {
			t.Errorf("%d as %q: answered %d, want %d", c.status, c.contentType, r.Status, c.want)
		}
	}
}

// TestOKForJSONLeavesOutDataBeforeExecution checks an answer to a request
// that failed before execution has no "data" entry, while an answer from
// execution keeps its data, null or not.
func TestOKForJSONLeavesOutDataBeforeExecution(t *testing.T) {
	const failed = `{"errors":[{"message":"Expected Name, found \u003cEOF\u003e \"],\"data\":null\""}],"data":null}`
	cases := []struct {
		status     int
		body, want string
	}{
		{http.StatusUnprocessableEntity, failed, `{"errors":[{"message":"Expected Name, found \u003cEOF\u003e \"],\"data\":null\""}]}`},
		{http.StatusBadRequest, failed, `{"errors":[{"message":"Expected Name, found \u003cEOF\u003e \"],\"data\":null\""}]}`},
		{http.StatusOK, `{"errors":[{"message":"x","path":["project"]}],"data":null}`, `{"errors":[{"message":"x","path":["project"]}],"data":null}`},
		{http.StatusOK, `{"data":{"regions":[]}}`, `{"data":{"regions":[]}}`},
	}
	for _, c := range cases {
		next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(c.status)
			if n, err := w.Write([]byte(c.body)); err != nil || n != len(c.body) {
				t.Errorf("Write reported %d, %v; want %d, nil", n, err, len(c.body))
			}
		})
		r := serve(t, middleware.OKForJSON(), next, httptest.NewRequest(http.MethodPost, "/graphql", nil))
		if r.Body != c.want {
			t.Errorf("status %d: body %s, want %s", c.status, r.Body, c.want)
		}
	}
}

// TestReplyFromInsideTheExecutor checks the status and headers code in the
// executor sets: a refusal (the operation never ran) drops the null data,
// a failure keeps it, and either way the status and headers are sent, even
// when the executor writes its body without a status of its own.
func TestReplyFromInsideTheExecutor(t *testing.T) {
	const body = `{"errors":[{"message":"busy","extensions":{"code":"X"}}],"data":null}`
	for _, c := range []struct {
		name     string
		decide   func(*middleware.Reply)
		status   int
		wantBody string
	}{
		{"refused", func(r *middleware.Reply) { r.Refuse(http.StatusServiceUnavailable) }, http.StatusServiceUnavailable,
			`{"errors":[{"message":"busy","extensions":{"code":"X"}}]}`},
		{"failed", func(r *middleware.Reply) { r.Fail(http.StatusServiceUnavailable) }, http.StatusServiceUnavailable, body},
		{"the first decision stands", func(r *middleware.Reply) { r.Refuse(http.StatusTooManyRequests); r.Fail(http.StatusServiceUnavailable) },
			http.StatusTooManyRequests, `{"errors":[{"message":"busy","extensions":{"code":"X"}}]}`},
		{"nothing decided", func(*middleware.Reply) {}, http.StatusOK, body},
	} {
		t.Run(c.name, func(t *testing.T) {
			next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				reply := middleware.ReplyOf(r.Context())
				reply.SetHeader("Retry-After", "1")
				c.decide(reply)
				w.Header().Set("Content-Type", "application/json")
				_, _ = w.Write([]byte(body))
			})
			r := serve(t, middleware.OKForJSON(), next, httptest.NewRequest(http.MethodPost, "/graphql", nil))
			if r.Status != c.status || r.Body != c.wantBody || r.Header.Get("Retry-After") != "1" {
				t.Errorf("answered %d, Retry-After %q, body %s; want %d, 1, %s", r.Status, r.Header.Get("Retry-After"), r.Body, c.status, c.wantBody)
			}
		})
	}
	// Outside OKForJSON there is no Reply, and deciding does nothing.
	var none *middleware.Reply
	none.Refuse(http.StatusServiceUnavailable)
	none.SetHeader("Retry-After", "1")
}
