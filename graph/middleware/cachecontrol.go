package middleware

import (
	"bytes"
	"fmt"
	"net/http"
	"time"
)

// CacheFor tells caches how long a response may be kept: GET queries that
// succeeded, made without an API key, for maxAge; everything else not at
// all. gqlgen writes each
// response in one Write, so the status is held back until the body shows
// whether the query failed.
func CacheFor(maxAge time.Duration) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// An answer to a request with an API key is its holder's alone.
			if r.Method != http.MethodGet || maxAge <= 0 || r.Header.Get("Authorization") != "" {
				w.Header().Set("Cache-Control", "no-store")
				next.ServeHTTP(w, r)
				return
			}
			next.ServeHTTP(&cachingWriter{ResponseWriter: w, maxAge: maxAge}, r)
		})
	}
}

type cachingWriter struct {
	http.ResponseWriter
	maxAge time.Duration
	status int // held until the first Write
	sent   bool
}

func (w *cachingWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	if code == http.StatusNotModified {
		// The client holds a successful answer; it may keep it as long.
		w.sent = true
		w.keepable()
		w.ResponseWriter.WriteHeader(code)
	}
}

// keepable says a successful answer may be kept for maxAge.
func (w *cachingWriter) keepable() {
	w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(w.maxAge.Seconds())))
	// A cache must not answer a request with a key from what it kept for
	// one without: the key may be revoked, and its holder may see more.
	w.Header().Add("Vary", "Accept, Authorization")
	// A shared cache would hand this client's budget to everyone the
	// answer is served to.
	w.Header().Del("RateLimit")
	w.Header().Del("RateLimit-Policy")
}

func (w *cachingWriter) Write(b []byte) (int, error) {
	if !w.sent {
		w.sent = true
		if w.status == 0 {
			w.status = http.StatusOK
		}
		if w.status == http.StatusOK && !bytes.Contains(b, []byte(`"errors":`)) {
			w.keepable()
		} else {
			w.Header().Set("Cache-Control", "no-store")
		}
		w.ResponseWriter.WriteHeader(w.status)
	}
	return w.ResponseWriter.Write(b)
}
