package middleware

import "net/http"

// OKForJSON answers 200 where gqlgen would answer 422 to a request that
// asked for application/json: GraphQL over HTTP says a well-formed request
// answered in application/json gets 200 even when the operation fails
// validation (its errors are in the body). Requests that accept
// application/graphql-response+json get the 4xx codes that media type
// defines, untouched.
func OKForJSON() Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(&jsonStatusWriter{ResponseWriter: w}, r)
		})
	}
}

type jsonStatusWriter struct{ http.ResponseWriter }

func (w *jsonStatusWriter) WriteHeader(code int) {
	if code == http.StatusUnprocessableEntity && w.Header().Get("Content-Type") == "application/json" {
		code = http.StatusOK
	}
	w.ResponseWriter.WriteHeader(code)
}
