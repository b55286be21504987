package graph_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/99designs/gqlgen/client"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
	"learningapi/store"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// api drives the real handler, over real PostgreSQL, with gqlgen's client.
type api struct {
	t      testing.TB
	db     *store.DB
	h      http.Handler
	client *client.Client
	logs   *strings.Builder
}

// defaultLimits are the server's defaults (see server.go).
var defaultLimits = graph.Limits{MaxQueryBytes: 20_000, MaxDepth: 12, MaxAliases: 30, MaxCost: 25_000}

func newAPI(t testing.TB, db *store.DB) *api {
	return newAPIWith(t, db, func(*graph.HandlerConfig) {})
}

// testConfig is the handler's configuration with server.go's defaults,
// over db, writing its log to logs.
func testConfig(db *store.DB, logs *strings.Builder) graph.HandlerConfig {
	return graph.HandlerConfig{
		DB:                   db,
		Logger:               slog.New(slog.NewJSONHandler(&syncWriter{w: logs}, nil)),
		Limits:               defaultLimits,
		MaxBodyBytes:         1 << 20,
		RequestTimeout:       10 * time.Second,
		AllowedOrigins:       []string{"https://www.scie.org.uk"},
		CacheMaxAge:          time.Minute,
		Introspection:        true,
		StatementsPerRequest: 4,
	}
}

func newAPIWith(t testing.TB, db *store.DB, adjust func(*graph.HandlerConfig)) *api {
	t.Helper()
	logs := &strings.Builder{}
	cfg := testConfig(db, logs)
	adjust(&cfg)
	h := graph.NewHandler(cfg)
	return &api{t: t, db: db, h: h, client: client.New(h, client.Path("/graphql")), logs: logs}
}

// gqlError is one entry of errors[].
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() model.ErrorCode {
	s, _ := e.Extensions["code"].(string)
	return model.ErrorCode(s)
}

// query runs q and decodes data into out, failing the test on any error.
func (a *api) query(q string, vars map[string]any, out any) {
	a.t.Helper()
	resp, err := a.client.RawPost(q, withVars(vars))
	if err != nil {
		a.t.Fatalf("query failed: %v", err)
	}
	if len(resp.Errors) > 0 {
		a.t.Fatalf("query returned errors: %s", resp.Errors)
	}
	raw, _ := json.Marshal(resp.Data)
	if err := json.Unmarshal(raw, out); err != nil {
		a.t.Fatalf("decoding data: %v\n%s", err, raw)
	}
}

// queryErrors runs q and returns its errors, failing if there are none.
// Data is returned as raw JSON for checks on partial results.
func (a *api) queryErrors(q string, vars map[string]any) ([]gqlError, string) {
	a.t.Helper()
	resp, err := a.client.RawPost(q, withVars(vars))
	if err != nil {
		a.t.Fatalf("request failed: %v", err)
	}
	var errs []gqlError
	if len(resp.Errors) == 0 || json.Unmarshal(resp.Errors, &errs) != nil {
		a.t.Fatalf("expected errors, got none; data: %v", resp.Data)
	}
	data, _ := json.Marshal(resp.Data)
	return errs, string(data)
}

// do sends a raw HTTP request to the handler.
func (a *api) do(method, target, contentType, body string, headers ...string) *httptest.ResponseRecorder {
	a.t.Helper()
	var r io.Reader
	if body != "" {
		r = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, r)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	w := httptest.NewRecorder()
	a.h.ServeHTTP(w, req)
	return w
}

func withVars(vars map[string]any) client.Option {
	return func(r *client.Request) { r.Variables = vars }
}

// syncWriter lets the logger write from many goroutines.
type syncWriter struct {
	mu sync.Mutex
	w  *strings.Builder
}

func (s *syncWriter) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.w.Write(p)
}
