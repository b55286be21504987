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

	"learningapi/graph/model"
	"learningapi/store"
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

// RequestLog gives every request an ID, counts its SQL statements and
// logs one structured line when it ends. A panic outside the GraphQL
// executor becomes a logged 500 with the request ID.
func RequestLog(logger *slog.Logger) Middleware {
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
			ctx := store.WithCounter(context.WithValue(r.Context(), requestIDKey{}, id), counter)
			sw := &statusWriter{ResponseWriter: w}
			start := time.Now()
			defer func() {
				if p := recover(); p != nil {
					logger.Error("panic in handler", "request_id", id, "panic", fmt.Sprint(p))
					if sw.status == 0 {
						writeError(sw, http.StatusInternalServerError, model.ErrorCodeInternal, "internal error; quote request ID "+id+" when reporting it")
					}
				}
				logger.Info("request", "request_id", id, "method", r.Method, "path", r.URL.Path,
					"status", sw.status, "duration_ms", time.Since(start).Milliseconds(), "sql_statements", counter.Count(),
					"sql_prepared", counter.Prepared())
			}()
			next.ServeHTTP(sw, r.WithContext(ctx))
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
