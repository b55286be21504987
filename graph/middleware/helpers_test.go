package middleware_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
)

// response is what a client saw.
type response struct {
	Status int
	Header http.Header
	Body   string
}

// serve runs req through m in front of next and returns the response.
func serve(tb testing.TB, m middleware.Middleware, next http.Handler, req *http.Request) response {
	tb.Helper()
	rec := httptest.NewRecorder()
	m(next).ServeHTTP(rec, req)
	res := rec.Result()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatalf("reading the response: %v", err)
	}
	return response{Status: res.StatusCode, Header: res.Header, Body: string(body)}
}

// reached is a next handler that records that it ran and answers 200
// with a small successful GraphQL body.
type reached struct{ ran bool }

func (h *reached) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h.ran = true
	w.Header().Set("Content-Type", "application/json")
	_, _ = io.WriteString(w, `{"data":{"__typename":"Query"}}`)
}

// wantRefusal checks a response is a GraphQL-shaped error with the given
// status and code whose message contains want.
func wantRefusal(tb testing.TB, r response, status int, code model.ErrorCode, want string) {
	tb.Helper()
	if r.Status != status {
		tb.Errorf("status %d, want %d; body %s", r.Status, status, r.Body)
	}
	if ct := r.Header.Get("Content-Type"); ct != "application/json" {
		tb.Errorf("Content-Type %q, want application/json", ct)
	}
	var body struct {
		Errors []struct {
			Message    string
			Extensions struct{ Code model.ErrorCode }
		}
	}
	if err := json.Unmarshal([]byte(r.Body), &body); err != nil || len(body.Errors) != 1 {
		tb.Fatalf("body %q is not one GraphQL error (%v)", r.Body, err)
	}
	e := body.Errors[0]
	if e.Extensions.Code != code {
		tb.Errorf("code %q, want %q", e.Extensions.Code, code)
	}
	if !strings.Contains(e.Message, want) {
		tb.Errorf("message %q, want it to contain %q", e.Message, want)
	}
}
