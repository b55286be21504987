// Package telemetry is how the API reports on itself beyond its log:
// Prometheus metrics (Metrics, served at /metrics) and OpenTelemetry
// traces (StartTracing), plus Request, what one request's log line,
// metrics and span learn while it is served.
//
// It imports neither graph nor store: they report to it, and server.go
// wires it up. Everything here is safe to use when turned off: a nil
// *Metrics or *Request does nothing, and a nil trace.TracerProvider starts
// no spans.
package telemetry

import (
	"context"
	"net/http"
	"sync"
)

// Outcome is how a request ended, as the metrics count it. The set is
// small and fixed, so it can be a label.
type Outcome string

const (
	// OK: answered, with no errors.
	OK Outcome = "ok"
	// Error: answered with errors, or with a 4xx or 5xx status.
	Error Outcome = "error"
	// Refused: a limit turned it away (413, 429, 503, or an error such as
	// QUERY_TOO_COMPLEX); nothing, or not all of it, ran.
	Refused Outcome = "refused"
	// Timeout: it ran out of time, or its client went away first.
	Timeout Outcome = "timeout"
)

// gravity orders outcomes: a request that met several is counted under
// the gravest.
func (o Outcome) gravity() int {
	switch o {
	case Refused:
		return 3
	case Timeout:
		return 2
	case Error:
		return 1
	}
	return 0
}

// Request is what the telemetry of one HTTP request learns while it is
// served: the GraphQL operation it named and how it went. The request log
// puts one in each request's context; the executor fills it in. Its
// methods are safe for concurrent use, and do nothing on a nil Request.
type Request struct {
	mu        sync.Mutex
	operation string
	outcome   Outcome
}

type requestKey struct{}

// WithRequest returns a context carrying a new Request, and the Request.
func WithRequest(ctx context.Context) (context.Context, *Request) {
	r := &Request{outcome: OK}
	return context.WithValue(ctx, requestKey{}, r), r
}

// RequestOf returns the Request ctx carries, or nil.
func RequestOf(ctx context.Context) *Request {
	r, _ := ctx.Value(requestKey{}).(*Request)
	return r
}

// maxOperationName bounds the operation name kept for logs and spans.
const maxOperationName = 128

// SetOperation records the name of the GraphQL operation the request
// runs ("" for an unnamed one).
func (r *Request) SetOperation(name string) {
	if r == nil {
		return
	}
	if len(name) > maxOperationName {
		name = name[:maxOperationName]
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	r.operation = name
}

// Operation is the operation name recorded, or "".
func (r *Request) Operation() string {
	if r == nil {
		return ""
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.operation
}

// Note records an outcome the request met (an error in its answer, say);
// the gravest noted is kept.
func (r *Request) Note(o Outcome) {
	if r == nil {
		return
	}
	r.mu.Lock()
	defer r.mu.Unlock()
	if o.gravity() > r.outcome.gravity() {
		r.outcome = o
	}
}

// Outcome is how the request ended, given the status it was answered
// with: the gravest of what was noted and what the status says.
func (r *Request) Outcome(status int) Outcome {
	o := OK
	if r != nil {
		r.mu.Lock()
		o = r.outcome
		r.mu.Unlock()
	}
	byStatus := OK
	switch {
	case status == http.StatusRequestEntityTooLarge, status == http.StatusTooManyRequests, status == http.StatusServiceUnavailable:
		byStatus = Refused
	case status == http.StatusGatewayTimeout:
		byStatus = Timeout
	case status >= 400:
		byStatus = Error
	}
	if byStatus.gravity() > o.gravity() {
		return byStatus
	}
	return o
}
