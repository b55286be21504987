package middleware_test

import (
	"net/http"
	"net/http/httptest"
	"slices"
	"testing"

	"learningapi/graph/middleware"
)

// TestChainFirstListedIsOutermost checks a request meets the middleware
// in the order they are listed and the response leaves in reverse.
func TestChainFirstListedIsOutermost(t *testing.T) {
	var trace []string
	mark := func(name string) middleware.Middleware {
		return func(next http.Handler) http.Handler {
			return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				trace = append(trace, name+" in")
				next.ServeHTTP(w, r)
				trace = append(trace, name+" out")
			})
		}
	}
	h := middleware.Chain(mark("a"), mark("b"), mark("c"))(http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		trace = append(trace, "handler")
	}))
	h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest(http.MethodGet, "/", nil))
	want := []string{"a in", "b in", "c in", "handler", "c out", "b out", "a out"}
	if !slices.Equal(trace, want) {
		t.Errorf("trace %q, want %q", trace, want)
	}
}

// TestChainOfNothingIsTheHandler checks an empty chain leaves the handler
// to answer alone.
func TestChainOfNothingIsTheHandler(t *testing.T) {
	next := &reached{}
	r := serve(t, middleware.Chain(), next, httptest.NewRequest(http.MethodGet, "/", nil))
	if !next.ran || r.Status != http.StatusOK {
		t.Errorf("handler ran %v, status %d", next.ran, r.Status)
	}
}
