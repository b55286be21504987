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
