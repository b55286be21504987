package middleware

import (
	"net/http"

	"learningapi/store"
)

// StatementLimit lets each request run at most n SQL statements at once
// (GraphQL resolves its top-level fields in parallel); zero means no bound.
func StatementLimit(n int) Middleware {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			next.ServeHTTP(w, r.WithContext(store.WithStatementLimit(r.Context(), n)))
		})
	}
}
