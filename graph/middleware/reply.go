package middleware

import (
	"context"
	"net/http"
	"sync"
)

// Reply carries what code inside the GraphQL executor decides about the
// HTTP answer it cannot write itself: a status that refuses the request
// (429, 503) and headers (RateLimit, Retry-After). OKForJSON puts one in
// each request's context and applies it when the answer is written.
type Reply struct {
	mu      sync.Mutex
	status  int
	refused bool // the operation never ran
	header  http.Header
}

type replyKey struct{}

// ReplyOf returns the request's Reply; nil (whose methods do nothing)
// outside OKForJSON.
func ReplyOf(ctx context.Context) *Reply {
	r, _ := ctx.Value(replyKey{}).(*Reply)
	return r
}

// Refuse answers the request with status instead of the executor's: the
// operation never ran, so the answer has no data entry.
func (r *Reply) Refuse(status int) { r.set(status, true) }

// Fail answers the request with status instead of the executor's, for an
// operation that ran but could not be served (the database was
// unreachable); the answer keeps its data, null or partial.
func (r *Reply) Fail(status int) { r.set(status, false) }

func (r *Reply) set(status int, refused bool) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.status == 0 {
		r.status, r.refused = status, refused
	}
}

// SetHeader sets a header of the answer.
func (r *Reply) SetHeader(name, value string) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.header == nil {
		r.header = http.Header{}
	}
	r.header.Set(name, value)
}

// apply writes the headers into h and returns the status set, or 0, and
// whether the operation never ran.
func (r *Reply) apply(h http.Header) (status int, refused bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for name, values := range r.header {
		h[name] = values
	}
	return r.status, r.refused
}
