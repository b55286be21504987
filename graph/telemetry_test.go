package graph_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/prometheus/client_golang/prometheus/testutil/promlint"
	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	promodel "github.com/prometheus/common/model"
	sdktrace "go.opentelemetry.io/otel/sdk/trace"
	"go.opentelemetry.io/otel/sdk/trace/tracetest"
	"go.opentelemetry.io/otel/trace"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
	"learningapi/telemetry"
)

// withMetrics counts the API's requests and serves them at /metrics,
// watching the API's connection pool.
func withMetrics(c *graph.HandlerConfig) {
	c.Metrics, c.ServeMetrics = telemetry.NewMetrics(), true
	c.Metrics.WatchDB(c.DB.Stats)
}

// scrape reads /metrics as Prometheus does, fails on anything promlint
// objects to, and returns the metric families by name.
func (a *api) scrape(tb testing.TB) map[string]*dto.MetricFamily {
	tb.Helper()
	w := httptest.NewRecorder()
	a.h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	if w.Code != http.StatusOK {
		tb.Fatalf("GET /metrics: status %d: %.300s", w.Code, w.Body)
	}
	problems, err := promlint.New(bytes.NewReader(w.Body.Bytes())).Lint()
	if err != nil {
		tb.Fatal(err)
	}
	for _, p := range problems {
		tb.Errorf("promlint: %s: %s", p.Metric, p.Text)
	}
	parser := expfmt.NewTextParser(promodel.UTF8Validation)
	families, err := parser.TextToMetricFamilies(bytes.NewReader(w.Body.Bytes()))
	if err != nil {
		tb.Fatalf("GET /metrics is not the Prometheus text format: %v", err)
	}
	return families
}

// metricValue is the value of the series of the family name with exactly
// the labels given (name, value pairs): a counter's or gauge's value, a
// histogram's count of observations. A series missing is a failure.
func metricValue(tb testing.TB, families map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	tb.Helper()
	f, ok := families[name]
	if !ok {
		tb.Fatalf("no metric %s", name)
	}
	if f.GetHelp() == "" {
		tb.Errorf("%s has no HELP text", name)
	}
	want := map[string]string{}
	for i := 0; i+1 < len(labels); i += 2 {
		want[labels[i]] = labels[i+1]
	}
	for _, m := range f.Metric {
		got := map[string]string{}
		for _, l := range m.Label {
			got[l.GetName()] = l.GetValue()
		}
		if !maps.Equal(got, want) {
			continue
		}
		switch {
		case m.Counter != nil:
			return m.Counter.GetValue()
		case m.Gauge != nil:
			return m.Gauge.GetValue()
		case m.Histogram != nil:
			return float64(m.Histogram.GetSampleCount())
		}
	}
	tb.Fatalf("no series %s%v", name, labels)
	return 0
}

// TestMetricsCountWhatRequestsDid sends requests of every outcome over
// real PostgreSQL and checks /metrics counted each under its operation,
// outcome, error code and refused limit, with the statements run and the
// state of the connection pool.
func TestMetricsCountWhatRequestsDid(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	a := newAPI(t, db, withMetrics)
	const named = `query ProjectCount { projects(first: 1) { totalCount } }`
	wantNoErrors(t, a.post(t, named, nil))
	wantNoErrors(t, a.get(t, getParams(named, nil)))
	wantNoErrors(t, a.post(t, `{ projects(first: 1) { totalCount } }`, nil))
	wantCode(t, a.post(t, `query Broken { noSuchField }`, nil), model.ErrorCodeGraphqlValidationFailed)
	wantCode(t, a.post(t, `query TooDeep `+topicChain(11), nil), model.ErrorCodeQueryTooComplex, "nests")
	huge := a.do(t, http.MethodPost, "/graphql", "application/json", `{"query":"{ __typename }","padding":"`+strings.Repeat("x", 1<<20)+`"}`)
	if huge.Status != http.StatusRequestEntityTooLarge {
		t.Fatalf("a body over the limit: status %d, want 413", huge.Status)
	}
	timeouts := newAPI(t, db, withMetrics, func(c *graph.HandlerConfig) { c.RequestTimeout = time.Nanosecond })
	wantCode(t, timeouts.post(t, `query Hurried { projects { totalCount } }`, nil), model.ErrorCodeTimeout)
	wantNoErrors(t, a.do(t, http.MethodGet, "/healthz", "", ""))

	m := a.scrape(t)
	for _, c := range []struct {
		operation, outcome string
		want               float64
	}{
		{"ProjectCount", "ok", 2}, {"anonymous", "ok", 1}, {"anonymous", "error", 1},
		{"TooDeep", "refused", 1}, {"anonymous", "refused", 1},
	} {
		if got := metricValue(t, m, "scie_api_requests_total", "operation", c.operation, "outcome", c.outcome); got != c.want {
			t.Errorf("requests_total{operation=%q,outcome=%q} = %v, want %v", c.operation, c.outcome, got, c.want)
		}
		if got := metricValue(t, m, "scie_api_request_duration_seconds", "operation", c.operation, "outcome", c.outcome); got != c.want {
			t.Errorf("request_duration_seconds{operation=%q,outcome=%q} has %v observations, want %v", c.operation, c.outcome, got, c.want)
		}
	}
	if n := len(m["scie_api_requests_total"].GetMetric()); n != 5 {
		t.Errorf("requests_total has %d series, want the 5 above (/healthz is not a GraphQL request)", n)
	}
	for code, want := range map[string]float64{"GRAPHQL_VALIDATION_FAILED": 1, "QUERY_TOO_COMPLEX": 1} {
		if got := metricValue(t, m, "scie_api_graphql_errors_total", "code", code); got != want {
			t.Errorf("graphql_errors_total{code=%q} = %v, want %v", code, got, want)
		}
	}
	for limit, want := range map[string]float64{"depth": 1, "body_bytes": 1, "cost": 0, "aliases": 0, "query_bytes": 0} {
		if got := metricValue(t, m, "scie_api_refusals_total", "limit", limit); got != want {
			t.Errorf("refusals_total{limit=%q} = %v, want %v", limit, got, want)
		}
	}
	requests := metricValue(t, m, "scie_api_sql_statements_per_request")
	if sum := m["scie_api_sql_statements_per_request"].GetMetric()[0].GetHistogram().GetSampleSum(); requests != 6 || sum < 3 {
		t.Errorf("sql_statements_per_request: %v requests, %v statements; want 6 requests, at least one statement for each of the 3 that read", requests, sum)
	}
	if open := metricValue(t, m, "scie_api_db_connections_open"); open < 1 {
		t.Errorf("db_connections_open = %v, want at least 1 after reading", open)
	}
	if max := metricValue(t, m, "scie_api_db_connections_max"); max != float64(db.Stats().MaxOpenConnections) {
		t.Errorf("db_connections_max = %v, want the pool's %d", max, db.Stats().MaxOpenConnections)
	}
	for _, name := range []string{"scie_api_db_connections_in_use", "scie_api_db_connections_idle", "scie_api_db_connection_waits_total", "scie_api_db_connection_wait_seconds_total"} {
		metricValue(t, m, name)
	}
	if got := metricValue(t, timeouts.scrape(t), "scie_api_requests_total", "operation", "Hurried", "outcome", "timeout"); got != 1 {
		t.Errorf("requests_total{operation=\"Hurried\",outcome=\"timeout\"} = %v, want 1", got)
	}
}

// TestMetricsCountCacheHitsUnderTheirOperation checks an answer from the
// response cache is counted under the operation it answers, and in the
// cache's hits and misses.
func TestMetricsCountCacheHitsUnderTheirOperation(t *testing.T) {
	t.Parallel()
	s, c := cachedServer(t, dbtest.New(t), withMetrics, func(cfg *graph.HandlerConfig) {
		cfg.Metrics.WatchCache(func() (int64, int64) { st := cfg.Cache.Stats(); return st.Hits, st.Misses })
	})
	const q = `query CachedCount { projects(first: 1) { totalCount } }`
	for range 3 {
		wantNoErrors(t, s.post(t, q, nil))
	}
	if st := c.Stats(); st.Hits != 2 {
		t.Fatalf("cache hits %d, want 2", st.Hits)
	}
	m := s.scrape(t)
	if got := metricValue(t, m, "scie_api_requests_total", "operation", "CachedCount", "outcome", "ok"); got != 3 {
		t.Errorf("requests_total{operation=\"CachedCount\"} = %v, want 3, answers from the cache included", got)
	}
	if hits, misses := metricValue(t, m, "scie_api_response_cache_hits_total"), metricValue(t, m, "scie_api_response_cache_misses_total"); hits != 2 || misses != 1 {
		t.Errorf("response cache: %v hits, %v misses; want 2 and 1", hits, misses)
	}
	if logs := s.requestLogs(); len(logs) < 3 || logs[2].Operation != "CachedCount" {
		t.Errorf("request log %+v, want the answer from the cache logged under CachedCount", logs)
	}
}

// TestTracesFollowARequestIntoItsStatements sends a request that carries a
// W3C traceparent over real PostgreSQL and checks its span continues the
// caller's trace, names the route, operation, request ID, status and
// statement count, and has a child span for each SQL statement, holding
// its text but no parameter values.
func TestTracesFollowARequestIntoItsStatements(t *testing.T) {
	t.Parallel()
	spans := tracetest.NewInMemoryExporter()
	tp := sdktrace.NewTracerProvider(sdktrace.WithSyncer(spans))
	a := newAPI(t, dbtest.New(t), func(c *graph.HandlerConfig) { c.TracerProvider = tp })
	const slug = "north-west-london-carers-card"
	const parent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
	r := a.post(t, `query OneProject($slug: String!) { project(slug: $slug) { title resources(first: 2) { totalCount } } regions { code } }`,
		map[string]any{"slug": slug}, "traceparent", parent, "X-Request-ID", "traced-1")
	wantNoErrors(t, r)

	var request tracetest.SpanStub
	var statements []tracetest.SpanStub
	for _, s := range spans.GetSpans() {
		switch s.SpanKind {
		case trace.SpanKindServer:
			request = s
		case trace.SpanKindClient:
			statements = append(statements, s)
		}
	}
	if request.Name != "POST /graphql" {
		t.Fatalf("request span named %q, want POST /graphql; spans: %v", request.Name, spanNames(spans.GetSpans()))
	}
	if got := request.SpanContext.TraceID().String(); got != "4bf92f3577b34da6a3ce929d0e0e4736" || request.Parent.SpanID().String() != "00f067aa0ba902b7" {
		t.Errorf("request span in trace %s under span %s, want the caller's trace and span", got, request.Parent.SpanID())
	}
	attrs := map[string]string{}
	for _, kv := range request.Attributes {
		attrs[string(kv.Key)] = kv.Value.String()
	}
	want := map[string]string{"graphql.operation.name": "OneProject", "request_id": "traced-1", "http.response.status_code": "200",
		"http.request.method": "POST", "http.route": "/graphql", "sql_statements": jsonOf(a.statementsOfLast(t))}
	for k, v := range want {
		if attrs[k] != v {
			t.Errorf("request span attribute %s = %q, want %q", k, attrs[k], v)
		}
	}
	if len(statements) < 2 || jsonOf(len(statements)) != attrs["sql_statements"] {
		t.Errorf("%d statement spans, want one for each of the %s statements run", len(statements), attrs["sql_statements"])
	}
	for _, s := range statements {
		if s.Parent.SpanID() != request.SpanContext.SpanID() || s.SpanContext.TraceID() != request.SpanContext.TraceID() {
			t.Errorf("statement span %q is not a child of the request span", s.Name)
		}
		sattrs := map[string]string{}
		for _, kv := range s.Attributes {
			sattrs[string(kv.Key)] = kv.Value.String()
		}
		if sattrs["db.system"] != "postgresql" || !strings.Contains(sattrs["db.statement"], "SELECT") || s.Name != "SELECT" {
			t.Errorf("statement span %q: attributes %v, want db.system postgresql and the statement's text", s.Name, sattrs)
		}
	}
	all, _ := json.Marshal(spans.GetSpans())
	if bytes.Contains(all, []byte(slug)) {
		t.Errorf("a span holds the parameter value %q", slug)
	}
}

func spanNames(spans tracetest.SpanStubs) []string {
	var out []string
	for _, s := range spans {
		out = append(out, s.Name)
	}
	return out
}

// TestSlowRequestsAreLoggedWithTheirOperation checks the request log names
// the operation, and that a request over SLOW_REQUEST is logged again at
// WARN with its ID, operation, time and statements.
func TestSlowRequestsAreLoggedWithTheirOperation(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	slow := newAPI(t, db, func(c *graph.HandlerConfig) { c.SlowRequest = time.Nanosecond })
	wantNoErrors(t, slow.post(t, `query SlowCount { projects { totalCount } }`, nil, "X-Request-ID", "slow-count"))
	var warning struct {
		Level         string `json:"level"`
		Msg           string `json:"msg"`
		RequestID     string `json:"request_id"`
		Operation     string `json:"operation"`
		DurationMS    *int64 `json:"duration_ms"`
		SQLStatements int64  `json:"sql_statements"`
	}
	for _, line := range slow.logLines("slow-count") {
		if strings.Contains(line, `"slow request"`) {
			if err := json.Unmarshal([]byte(line), &warning); err != nil {
				t.Fatal(err)
			}
		}
	}
	if warning.Level != "WARN" || warning.Operation != "SlowCount" || warning.DurationMS == nil || warning.SQLStatements < 1 {
		t.Errorf("slow request line %+v, want WARN naming SlowCount, its duration and its statements", warning)
	}
	if logs := slow.requestLogs(); len(logs) != 1 || logs[0].Operation != "SlowCount" {
		t.Errorf("request log %+v, want one line naming SlowCount", logs)
	}

	quick := newAPI(t, db, func(c *graph.HandlerConfig) { c.SlowRequest = time.Hour })
	wantNoErrors(t, quick.post(t, `query QuickCount { projects { totalCount } }`, nil))
	if strings.Contains(quick.logs.String(), "slow request") {
		t.Errorf("a request well under SLOW_REQUEST was logged as slow: %s", quick.logs.String())
	}
}
