package telemetry

import (
	"database/sql"
	"net/http"
	"regexp"
	"sync"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promauto"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Metrics are the API's Prometheus metrics, on a registry of their own
// (not the client library's global one, so that two servers in one process,
// as in tests, count separately). Every method does nothing on a nil
// *Metrics, so code that reports need not check whether metrics are on.
type Metrics struct {
	registry   *prometheus.Registry
	requests   *prometheus.CounterVec
	duration   *prometheus.HistogramVec
	errors     *prometheus.CounterVec
	statements prometheus.Histogram
	refusals   *prometheus.CounterVec
	operations operationLabels
}

// knownLimits names the limits Refused is called with. Each is exported
// from the start at zero, so that a rate over it is defined before the
// first refusal; a new limit adds its name here.
var knownLimits = []string{"body_bytes", "query_bytes", "schemas", "depth", "aliases", "cost",
	"response_bytes", "rate", "client_share", "queue_full", "queue_wait"}

// NewMetrics makes the metrics, with the Go runtime's and the process's
// own (go_*, process_*) beside them.
func NewMetrics() *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	f := promauto.With(reg)
	m := &Metrics{
		registry: reg,
		requests: f.NewCounterVec(prometheus.CounterOpts{
			Name: "scie_api_requests_total",
			Help: "GraphQL requests answered, by operation name and outcome (ok, error, refused, timeout).",
		}, []string{"operation", "outcome"}),
		duration: f.NewHistogramVec(prometheus.HistogramOpts{
			Name:    "scie_api_request_duration_seconds",
			Help:    "Time taken to answer GraphQL requests, by operation name and outcome.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10},
		}, []string{"operation", "outcome"}),
		errors: f.NewCounterVec(prometheus.CounterOpts{
			Name: "scie_api_graphql_errors_total",
			Help: "Errors in GraphQL answers, by their extensions.code.",
		}, []string{"code"}),
		statements: f.NewHistogram(prometheus.HistogramOpts{
			Name:    "scie_api_sql_statements_per_request",
			Help:    "SQL statements run to answer each GraphQL request (0 for an answer from the cache).",
			Buckets: []float64{0, 1, 2, 3, 4, 6, 8, 12, 16, 32, 64},
		}),
		refusals: f.NewCounterVec(prometheus.CounterOpts{
			Name: "scie_api_refusals_total",
			Help: "Requests refused by a limit, by the limit's name.",
		}, []string{"limit"}),
		operations: operationLabels{seen: map[string]bool{}},
	}
	for _, limit := range knownLimits {
		m.refusals.WithLabelValues(limit)
	}
	return m
}

// Handler serves the metrics in Prometheus's exposition formats.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

// Request counts one GraphQL request answered: its operation name (as the
// client named it; see operationLabels), outcome, time taken and SQL
// statements run.
func (m *Metrics) Request(operation string, outcome Outcome, took time.Duration, statements int64) {
	if m == nil {
		return
	}
	op := m.operations.label(operation)
	m.requests.WithLabelValues(op, string(outcome)).Inc()
	m.duration.WithLabelValues(op, string(outcome)).Observe(took.Seconds())
	m.statements.Observe(float64(statements))
}

// GraphQLError counts one error in an answer, by its code (a value of the
// schema's ErrorCode enum).
func (m *Metrics) GraphQLError(code string) {
	if m == nil {
		return
	}
	m.errors.WithLabelValues(code).Inc()
}

// Refused counts one request refused by the limit named: a short,
// fixed, snake_case name such as "body_bytes" or "cost" (see knownLimits),
// never anything taken from the request. Call it once per refusal,
// wherever the refusal is decided.
func (m *Metrics) Refused(limit string) {
	if m == nil {
		return
	}
	m.refusals.WithLabelValues(limit).Inc()
}

// WatchDB exports the connection pool's state, read from stats (a
// *sql.DB's Stats) at each scrape.
func (m *Metrics) WatchDB(stats func() sql.DBStats) {
	if m == nil {
		return
	}
	gauge := func(name, help string, v func(sql.DBStats) float64) {
		m.registry.MustRegister(prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: name, Help: help}, func() float64 { return v(stats()) }))
	}
	counter := func(name, help string, v func(sql.DBStats) float64) {
		m.registry.MustRegister(prometheus.NewCounterFunc(prometheus.CounterOpts{Name: name, Help: help}, func() float64 { return v(stats()) }))
	}
	gauge("scie_api_db_connections_in_use", "Database connections in use now.", func(s sql.DBStats) float64 { return float64(s.InUse) })
	gauge("scie_api_db_connections_idle", "Database connections open and idle now.", func(s sql.DBStats) float64 { return float64(s.Idle) })
	gauge("scie_api_db_connections_open", "Database connections open now, in use or idle.", func(s sql.DBStats) float64 { return float64(s.OpenConnections) })
	gauge("scie_api_db_connections_max", "Most database connections the pool may open (DB_MAX_CONNS).", func(s sql.DBStats) float64 { return float64(s.MaxOpenConnections) })
	counter("scie_api_db_connection_waits_total", "Times a caller had to wait for a database connection because all were in use.",
		func(s sql.DBStats) float64 { return float64(s.WaitCount) })
	counter("scie_api_db_connection_wait_seconds_total", "Total time callers spent waiting for a database connection.",
		func(s sql.DBStats) float64 { return s.WaitDuration.Seconds() })
}

// WatchAdmission exports the admission gate's state, read at each scrape:
// the requests waiting for database connections, and the connections
// admitted requests hold.
func (m *Metrics) WatchAdmission(waiting, admitted func() int) {
	if m == nil {
		return
	}
	m.registry.MustRegister(
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "scie_api_admission_waiting", Help: "Requests waiting now for database connections (DB_QUEUE bounds them)."},
			func() float64 { return float64(waiting()) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "scie_api_admission_connections", Help: "Database connections admitted requests hold now (DB_MAX_CONNS bounds them)."},
			func() float64 { return float64(admitted()) }),
	)
}

// WatchCache exports the response cache's hits and misses, read from
// stats at each scrape.
func (m *Metrics) WatchCache(stats func() (hits, misses int64)) {
	if m == nil {
		return
	}
	m.registry.MustRegister(
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "scie_api_response_cache_hits_total", Help: "Requests answered from the response cache."},
			func() float64 { h, _ := stats(); return float64(h) }),
		prometheus.NewCounterFunc(prometheus.CounterOpts{Name: "scie_api_response_cache_misses_total", Help: "Cacheable requests the response cache could not answer."},
			func() float64 { _, m := stats(); return float64(m) }),
	)
}

// operationLabels bounds the operation label: clients choose operation
// names, and every distinct name would be a new series. An unnamed
// operation is "anonymous"; a name that is not a plain GraphQL name of at
// most 64 characters, or arrives once maxOperations names are in use, is
// "other".
type operationLabels struct {
	mu   sync.Mutex
	seen map[string]bool
}

const maxOperations = 200

var plainName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]{0,63}$`)

func (o *operationLabels) label(name string) string {
	if name == "" {
		return "anonymous"
	}
	if !plainName.MatchString(name) {
		return "other"
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	if !o.seen[name] {
		if len(o.seen) >= maxOperations {
			return "other"
		}
		o.seen[name] = true
	}
	return name
}
