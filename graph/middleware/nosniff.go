package middleware

import "net/http"

// NoSniff tells browsers to trust every response's Content-Type rather
// than guess one from the body, so an answer that echoes client text can
// never be run as a script or a page: X-Content-Type-Options: nosniff.
func NoSniff() Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("X-Content-Type-Options", "nosniff")
			next.ServeHTTP(w, r)
		})
	}
}
