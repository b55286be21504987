package middleware_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"learningapi/graph/middleware"
)

func TestNoSniffMarksEveryResponse(t *testing.T) {
	for _, next := range []http.Handler{
		answering(http.StatusOK, `{"data":{}}`),
		answering(http.StatusNotFound, "404 page not found"),
		http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { w.WriteHeader(http.StatusNoContent) }),
	} {
		w := httptest.NewRecorder()
		middleware.NoSniff()(next).ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/anything", nil))
		if got := w.Result().Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("status %d: X-Content-Type-Options %q, want nosniff", w.Code, got)
		}
	}
}
