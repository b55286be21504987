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
	mu     sync.Mutex
	status int
	header http.Header
}

type replyKey struct{}

// ReplyOf returns the request's Reply; nil (whose methods do nothing)
// outside OKForJSON.
func ReplyOf(ctx context.Context) *Reply {
	r, _ := ctx.Value(replyKey{}).(*Reply)
	return r
}

// Refuse answers the request with status instead of the executor's: the
// operation never ran, so the answer has no data.
func (r *Reply) Refuse(status int) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.status == 0 {
		r.status = status
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

// apply writes the headers into h and returns the refusal status, or 0.
func (r *Reply) apply(h http.Header) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	for name, values := range r.header {
		h[name] = values
	}
	return r.status
}
