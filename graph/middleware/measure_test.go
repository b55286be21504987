package middleware_test

import (
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"learningapi/graph/middleware"
	"learningapi/telemetry"
)

// TestMeasureCountsRequestsByOutcome checks Measure counts each request
// under the operation recorded while it was served and under the outcome
// its status gives: a refusal answered 429 by a middleware after it, say.
func TestMeasureCountsRequestsByOutcome(t *testing.T) {
	m := telemetry.NewMetrics()
	named := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		telemetry.RequestOf(r.Context()).SetOperation("Named")
		(&reached{}).ServeHTTP(w, r)
	})
	measured := middleware.Chain(middleware.RequestLog(slog.New(slog.DiscardHandler), middleware.LogOptions{}), middleware.Measure(m))
	for _, next := range []http.Handler{named, named, answering(http.StatusTooManyRequests, "slow down")} {
		serve(t, measured, next, httptest.NewRequest(http.MethodPost, "/graphql", nil))
	}
	scraped := httptest.NewRecorder()
	m.Handler().ServeHTTP(scraped, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, want := range []string{
		`scie_api_requests_total{operation="Named",outcome="ok"} 2`,
		`scie_api_requests_total{operation="anonymous",outcome="refused"} 1`,
		"scie_api_sql_statements_per_request_count 3",
	} {
		if !strings.Contains(scraped.Body.String(), want) {
			t.Errorf("/metrics has no %q:\n%s", want, scraped.Body)
		}
	}
}
