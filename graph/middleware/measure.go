package middleware

import (
	"net/http"
	"time"

	"learningapi/store"
	"learningapi/telemetry"
)

// Measure counts every request to the GraphQL endpoint in metrics (nil
// counts nothing): its operation name, its outcome (what was noted in its
// telemetry.Request, and what its status says), the time it took and the
// SQL statements it ran. It goes first in the endpoint's chain, so that
// requests refused by any middleware after it are counted too; RequestLog,
// in front of every route, gives it the request's telemetry.Request and
// statement Counter.
func Measure(metrics *telemetry.Metrics) Middleware {
	return func(next http.Handler) http.Handler {
		if metrics == nil {
			return next
		}
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			sw := &statusWriter{ResponseWriter: w}
			start := time.Now()
			next.ServeHTTP(sw, r)
			info, statements := telemetry.RequestOf(r.Context()), int64(0)
			if c := store.CounterOf(r.Context()); c != nil {
				statements = c.Count()
			}
			metrics.Request(info.Operation(), info.Outcome(sw.status), time.Since(start), statements)
		})
	}
}
