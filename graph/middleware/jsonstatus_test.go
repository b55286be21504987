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
