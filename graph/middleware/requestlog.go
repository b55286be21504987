package middleware

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"log/slog"
	"net/http"
	"regexp"
	"time"

	"go.opentelemetry.io/otel/trace"

	"learningapi/graph/model"
	"learningapi/store"
	"learningapi/telemetry"
)

type requestIDKey struct{}

// RequestID returns the ID of the request ctx belongs to, or "-".
func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey{}).(string); ok {
		return id
	}
	return "-"
}

// validRequestID accepts a caller's X-Request-ID only if it is short and
// plain, so that logs cannot be forged through it.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// LogOptions are what RequestLog reports to besides its line per request.
type LogOptions struct {
	// SlowRequest: a request that takes longer is also logged at WARN as
	// "slow request"; zero turns that off.
	SlowRequest time.Duration
	// TracerProvider starts a span for every request (and, through it, a
	// child span for every SQL statement); nil starts none.
	TracerProvider trace.TracerProvider
}

// RequestLog gives every request an ID, counts its SQL statements and
// logs one structured line when it ends, naming the GraphQL operation if
// the executor saw one (telemetry.Request). A panic outside the GraphQL
// executor becomes a logged 500 with the request ID.
func RequestLog(logger *slog.Logger, opts LogOptions) Middleware {
	tracer := newRequestTracer(opts.TracerProvider)
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			id := r.Header.Get("X-Request-ID")
			if !validRequestID.MatchString(id) {
				var b [8]byte
				_, _ = rand.Read(b[:])
				id = hex.EncodeToString(b[:])
			}
			w.Header().Set("X-Request-ID", id)
			counter := &store.Counter{}
			ctx, info := telemetry.WithRequest(store.WithCounter(context.WithValue(r.Context(), requestIDKey{}, id), counter))
			ctx, span := tracer.start(ctx, r)
			r = r.WithContext(ctx)
			sw := &statusWriter{ResponseWriter: w}
			start := time.Now()
			defer func() {
				if p := recover(); p != nil {
					logger.Error("panic in handler", "request_id", id, "panic", fmt.Sprint(p))
					if sw.status == 0 {
						writeError(sw, http.StatusInternalServerError, model.ErrorCodeInternal, "internal error; quote request ID "+id+" when reporting it")
					}
				}
				took, op := time.Since(start), info.Operation()
				logger.Info("request", "request_id", id, "method", r.Method, "path", r.URL.Path, "operation", op,
					"status", sw.status, "duration_ms", took.Milliseconds(), "sql_statements", counter.Count(),
					"sql_prepared", counter.Prepared())
				if opts.SlowRequest > 0 && took > opts.SlowRequest {
					logger.Warn("slow request", "request_id", id, "method", r.Method, "path", r.URL.Path, "operation", op,
						"status", sw.status, "duration_ms", took.Milliseconds(), "sql_statements", counter.Count())
				}
				tracer.end(span, r, id, op, sw.status, counter.Count())
			}()
			next.ServeHTTP(sw, r)
		})
	}
}

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}
