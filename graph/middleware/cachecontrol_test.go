package middleware_test

import (
	"io"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"learningapi/graph/middleware"
)

// answering is a next handler that answers with status (none written if
// zero) and body.
func answering(status int, body string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		if status != 0 {
			w.WriteHeader(status)
		}
		if body != "" {
			_, _ = io.WriteString(w, body)
		}
	})
}

// TestCacheForKeepsOnlySuccessfulGets checks which answers caches may
// keep: a successful GET for the max age, varying by Accept; a GET that
// failed, any POST, or any answer when the max age is zero, not at all.
// The status the handler wrote reaches the client unchanged.
func TestCacheForKeepsOnlySuccessfulGets(t *testing.T) {
	const ok, failed = `{"data":{"x":1}}`, `{"errors":[{"message":"no"}],"data":null}`
	cases := []struct {
		name         string
		maxAge       time.Duration
		method       string
		next         http.Handler
		status       int
		cacheControl string
		vary         string
	}{
		{"GET success", time.Minute, http.MethodGet, answering(0, ok), 200, "public, max-age=60", "Accept, Authorization"},
		{"GET success, status written", 90 * time.Second, http.MethodGet, answering(200, ok), 200, "public, max-age=90", "Accept, Authorization"},
		{"GET with errors", time.Minute, http.MethodGet, answering(0, failed), 200, "no-store", ""},
		{"GET refused", time.Minute, http.MethodGet, answering(400, failed), 400, "no-store", ""},
		{"GET server error", time.Minute, http.MethodGet, answering(500, ok), 500, "no-store", ""},
		{"GET not modified", time.Minute, http.MethodGet, answering(304, ""), 304, "public, max-age=60", "Accept, Authorization"},
		{"POST success", time.Minute, http.MethodPost, answering(0, ok), 200, "no-store", ""},
		{"GET, no max age", 0, http.MethodGet, answering(0, ok), 200, "no-store", ""},
	}
	for _, c := range cases {
		r := serve(t, middleware.CacheFor(c.maxAge), c.next, httptest.NewRequest(c.method, "/graphql", nil))
		if r.Status != c.status {
			t.Errorf("%s: status %d, want %d", c.name, r.Status, c.status)
		}
		if got := r.Header.Get("Cache-Control"); got != c.cacheControl {
			t.Errorf("%s: Cache-Control %q, want %q", c.name, got, c.cacheControl)
		}
		if got := r.Header.Get("Vary"); got != c.vary {
			t.Errorf("%s: Vary %q, want %q", c.name, got, c.vary)
		}
	}
}

// TestCacheForPassesTheBodyWhole checks holding the status back loses
// nothing of a body written in several pieces.
func TestCacheForPassesTheBodyWhole(t *testing.T) {
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.WriteString(w, `{"data":`)
		_, _ = io.WriteString(w, `{"x":1}}`)
	})
	r := serve(t, middleware.CacheFor(time.Minute), next, httptest.NewRequest(http.MethodGet, "/graphql", nil))
	if r.Body != `{"data":{"x":1}}` || r.Status != http.StatusOK {
		t.Errorf("status %d body %q", r.Status, r.Body)
	}
}
