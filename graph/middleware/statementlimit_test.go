package middleware_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"learningapi/graph/middleware"
	"learningapi/store"
)

// TestStatementLimitBoundsEachRequest checks the handler behind it runs
// with the store's statement limit set, and with none when it is zero.
func TestStatementLimitBoundsEachRequest(t *testing.T) {
	for _, n := range []int{0, 1, 4} {
		got := -1
		next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			got = store.StatementLimit(r.Context())
		})
		serve(t, middleware.StatementLimit(n), next, httptest.NewRequest(http.MethodPost, "/graphql", nil))
		if got != n {
			t.Errorf("StatementLimit(%d): the handler's context allows %d statements at once", n, got)
		}
	}
}
