package middleware

import (
	"context"
	"net/http"
	"strings"

	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/propagation"
	"go.opentelemetry.io/otel/trace"
)

// requestTracer starts RequestLog's span for each request; its zero value
// (tracing off) starts none.
type requestTracer struct{ tracer trace.Tracer }

func newRequestTracer(tp trace.TracerProvider) requestTracer {
	if tp == nil {
		return requestTracer{}
	}
	return requestTracer{tp.Tracer("learningapi/graph/middleware")}
}

// start starts the request's span, continuing the caller's trace if its
// W3C traceparent header names one. The span is named for the method until
// the route is known.
func (t requestTracer) start(ctx context.Context, r *http.Request) (context.Context, trace.Span) {
	if t.tracer == nil {
		return ctx, nil
	}
	ctx = propagation.TraceContext{}.Extract(ctx, propagation.HeaderCarrier(r.Header))
	return t.tracer.Start(ctx, r.Method, trace.WithSpanKind(trace.SpanKindServer),
		trace.WithAttributes(attribute.String("http.request.method", r.Method), attribute.String("url.path", r.URL.Path)))
}

// end names the span for the route served ("POST /graphql"), as the router
// matched it into r.Pattern, adds what the request log knows and ends it.
func (t requestTracer) end(span trace.Span, r *http.Request, id, operation string, status int, statements int64) {
	if span == nil {
		return
	}
	if status == 0 {
		status = http.StatusOK // nothing written: net/http answers 200
	}
	if route := r.Pattern; route != "" {
		if _, path, ok := strings.Cut(route, " "); ok {
			route = path
		}
		route = strings.TrimSuffix(route, "{$}")
		span.SetName(r.Method + " " + route)
		span.SetAttributes(attribute.String("http.route", route))
	}
	span.SetAttributes(attribute.String("request_id", id), attribute.Int("http.response.status_code", status),
		attribute.Int64("sql_statements", statements))
	if operation != "" {
		span.SetAttributes(attribute.String("graphql.operation.name", operation))
	}
	if status >= 500 {
		span.SetStatus(codes.Error, http.StatusText(status))
	}
	span.End()
}
