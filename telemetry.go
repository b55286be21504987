package main

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"time"

	"go.opentelemetry.io/otel"
	"go.opentelemetry.io/otel/trace"

	"learningapi/cache"
	"learningapi/store"
	"learningapi/telemetry"
)

// startTracing turns tracing on if the OTEL_* variables ask for it (see
// telemetry.StartTracing); stop sends the spans left and stops it.
func startTracing(ctx context.Context, getenv func(string) string, logger *slog.Logger) (tp trace.TracerProvider, stop func(), err error) {
	tp, stopProvider, err := telemetry.StartTracing(ctx, getenv)
	if err != nil || tp == nil {
		return nil, func() {}, err
	}
	// The SDK reports failures to export through OpenTelemetry's global
	// handler; they belong in the log.
	otel.SetErrorHandler(otel.ErrorHandlerFunc(func(err error) {
		logger.Warn("tracing", "error", err.Error())
	}))
	logger.Info("tracing on")
	return tp, func() {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		if err := stopProvider(ctx); err != nil {
			logger.Warn("sending the last spans", "error", err.Error())
		}
	}, nil
}

// newMetrics makes the server's metrics, watching the connection pool and
// the response cache (nil when it is off).
func newMetrics(db *store.DB, answers *cache.Cache) *telemetry.Metrics {
	m := telemetry.NewMetrics()
	m.WatchDB(db.Stats)
	if answers != nil {
		m.WatchCache(func() (int64, int64) {
			s := answers.Stats()
			return s.Hits, s.Misses
		})
	}
	return m
}

// serveMetrics serves GET /metrics on a listener of its own at addr
// (METRICS_ADDR), if one is given; stop closes it. If serving fails, the
// error is sent on errc.
func serveMetrics(addr string, metrics *telemetry.Metrics, logger *slog.Logger, errc chan<- error) (stop func(), err error) {
	if addr == "" {
		return func() {}, nil
	}
	listener, err := net.Listen("tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("cannot listen on %s for metrics: %w", addr, err)
	}
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", metrics.Handler())
	srv := &http.Server{Handler: mux, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 30 * time.Second}
	logger.Info("serving metrics", "addr", listener.Addr().String(), "path", "/metrics")
	go func() { errc <- srv.Serve(listener) }()
	return func() { _ = srv.Close() }, nil
}
