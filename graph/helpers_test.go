package graph_test

// The graph package's test helpers, one set for every test file.
//
// Each helper takes the testing.TB it reports to as its first argument and
// keeps none, so a failure inside a subtest is reported as that subtest and
// its siblings still run. An *api holds only the handler, its database and
// its log.
//
// Every response a test sees passes through checkResponse, which fails the
// test on anything a client must never get: a 5xx, a body that is not a
// GraphQL response, an error without one of the schema's codes, SQL or
// driver text, or a stack trace.

import (
	"bufio"
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/lib/pq"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
	"learningapi/store"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// api is the real handler over a real PostgreSQL database, with its log.
type api struct {
	db   *store.DB
	h    http.Handler
	logs *syncLog
}

// defaultLimits are the limits the tests run with: the server's defaults
// (settings.go), which the refusal messages the tests check name.
var defaultLimits = graph.Limits{MaxQueryBytes: 20_000, MaxDepth: 12, MaxAliases: 30, MaxCost: 25_000}

// testConfig is the handler's configuration the tests run with, over db,
// writing its log to logs: the server's defaults (settings.go), except one
// allowed origin, so the CORS tests can tell allowed from refused.
func testConfig(db *store.DB, logs io.Writer) graph.HandlerConfig {
	return graph.HandlerConfig{
		DB:                   db,
		Logger:               slog.New(slog.NewJSONHandler(logs, nil)),
		Limits:               defaultLimits,
		MaxBodyBytes:         1 << 20,
		RequestTimeout:       10 * time.Second,
		AllowedOrigins:       []string{"https://www.scie.org.uk"},
		CacheMaxAge:          time.Minute,
		Introspection:        true,
		StatementsPerRequest: 4,
	}
}

// newAPI builds the handler over db as server.go does; each adjust changes
// the configuration first.
func newAPI(tb testing.TB, db *store.DB, adjust ...func(*graph.HandlerConfig)) *api {
	tb.Helper()
	logs := &syncLog{}
	cfg := testConfig(db, logs)
	for _, f := range adjust {
		if f != nil {
			f(&cfg)
		}
	}
	// The cost model reads the tables' sizes, as the server does on start.
	// Some tests hand over a database that is closed or that times every
	// statement out on purpose; without sizes, scans are priced at nothing,
	// as on a server that could not read them.
	_ = db.RefreshTableSizes(context.Background())
	return &api{db: db, h: graph.NewHandler(cfg), logs: logs}
}

// sampleAPI is the API over a fresh copy of the sample data, with the
// server's default limits.
func sampleAPI(tb testing.TB) *api {
	tb.Helper()
	return newAPI(tb, dbtest.New(tb))
}

// roomyLimits raises the cost, depth and alias limits, for tests that read
// whole relations in one query (the limits have their own tests).
func roomyLimits(c *graph.HandlerConfig) {
	c.Limits.MaxCost = 50_000_000
	c.Limits.MaxDepth = 30
	c.Limits.MaxAliases = 500
	c.Limits.MaxQueryBytes = 200_000
}

// roomyAPI is the API over a fresh copy of the sample data with roomyLimits.
func roomyAPI(tb testing.TB) *api {
	tb.Helper()
	return newAPI(tb, dbtest.New(tb), roomyLimits)
}

// resolversOnly turns off answers shaped by PostgreSQL.
func resolversOnly(c *graph.HandlerConfig) { c.ResolversOnly = true }

// syncLog keeps the handler's log; requests write it from many goroutines
// while a test reads it.
type syncLog struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (l *syncLog) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.Write(p)
}

func (l *syncLog) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.buf.String()
}

// logLines returns the log lines that mention id.
func (a *api) logLines(id string) []string {
	var out []string
	for _, l := range strings.Split(a.logs.String(), "\n") {
		if id != "" && strings.Contains(l, id) {
			out = append(out, l)
		}
	}
	return out
}

// requestLog is the line the handler logs for each request.
type requestLog struct {
	Msg           string `json:"msg"`
	RequestID     string `json:"request_id"`
	Status        int    `json:"status"`
	Operation     string `json:"operation"`
	SQLStatements int64  `json:"sql_statements"`
}

// requestLogs reads the request lines of the handler's log.
func (a *api) requestLogs() []requestLog {
	var out []requestLog
	sc := bufio.NewScanner(strings.NewReader(a.logs.String()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var l requestLog
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Msg == "request" {
			out = append(out, l)
		}
	}
	return out
}

// statementsOfLast is the number of SQL statements the last request ran,
// from the request log.
func (a *api) statementsOfLast(tb testing.TB) int64 {
	tb.Helper()
	logs := a.requestLogs()
	if len(logs) == 0 {
		tb.Fatal("no request logged")
	}
	return logs[len(logs)-1].SQLStatements
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

// response is one HTTP response as the client receives it. Header is the
// header as it was sent (fields set after the status was written are not
// in it).
type response struct {
	Status int
	Header http.Header
	Body   string
	Data   json.RawMessage
	Errors []gqlError
	isJSON bool
}

// codes lists the error codes in r.
func (r *response) codes() []model.ErrorCode {
	var out []model.ErrorCode
	for _, e := range r.Errors {
		out = append(out, e.code())
	}
	return out
}

// retryable reports whether r is the 503 of a busy server or an
// unreachable database: a GraphQL answer whose errors all say so, which
// the client may retry, unlike any other 5xx.
func (r *response) retryable() bool {
	for _, c := range r.codes() {
		if c != model.ErrorCodeOverloaded && c != model.ErrorCodeServiceUnavailable {
			return false
		}
	}
	return len(r.Errors) > 0 && r.Header.Get("Retry-After") != ""
}

// serve sends req to the handler and checks the response.
func (a *api) serve(tb testing.TB, req *http.Request) *response {
	tb.Helper()
	w := httptest.NewRecorder()
	a.h.ServeHTTP(w, req)
	res := w.Result()
	r := &response{Status: res.StatusCode, Header: res.Header, Body: w.Body.String()}
	var env struct {
		Data   json.RawMessage `json:"data"`
		Errors []gqlError      `json:"errors"`
	}
	trimmed := bytes.TrimSpace(w.Body.Bytes())
	if len(trimmed) > 0 && trimmed[0] == '{' && json.Unmarshal(trimmed, &env) == nil {
		var keys map[string]json.RawMessage
		_ = json.Unmarshal(trimmed, &keys)
		_, hasData := keys["data"]
		_, hasErrors := keys["errors"]
		r.isJSON = hasData || hasErrors
		r.Data, r.Errors = env.Data, env.Errors
	}
	checkResponse(tb, req.URL.Path, r)
	return r
}

// do sends a raw request; headers are name, value pairs.
func (a *api) do(tb testing.TB, method, target, contentType, body string, headers ...string) *response {
	tb.Helper()
	var rd io.Reader
	if body != "" {
		rd = strings.NewReader(body)
	}
	req := httptest.NewRequest(method, target, rd)
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return a.serve(tb, req)
}

// post sends a GraphQL request as POST application/json.
func (a *api) post(tb testing.TB, query string, vars map[string]any, headers ...string) *response {
	tb.Helper()
	body := map[string]any{"query": query}
	if vars != nil {
		body["variables"] = vars
	}
	b, err := json.Marshal(body)
	if err != nil {
		tb.Fatal(err)
	}
	return a.do(tb, http.MethodPost, "/graphql", "application/json", string(b), headers...)
}

// get sends a GraphQL request as GET with the given URL parameters.
func (a *api) get(tb testing.TB, params url.Values, headers ...string) *response {
	tb.Helper()
	return a.do(tb, http.MethodGet, "/graphql?"+params.Encode(), "", "", headers...)
}

// getParams is the URL parameters of a GET for query with variables.
func getParams(query string, vars map[string]any) url.Values {
	v := url.Values{"query": {query}}
	if vars != nil {
		b, _ := json.Marshal(vars)
		v.Set("variables", string(b))
	}
	return v
}

// query runs q, which must succeed, and decodes its data into out.
func (a *api) query(tb testing.TB, q string, vars map[string]any, out any) {
	tb.Helper()
	r := a.post(tb, q, vars)
	if r.Status != http.StatusOK || len(r.Errors) > 0 || !r.isJSON {
		tb.Fatalf("query failed: status %d: %.2000s\n%s", r.Status, r.Body, q)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		tb.Fatalf("decoding data: %v\n%.2000s", err, r.Data)
	}
}

// raw runs q, which must succeed, and returns its data as JSON.
func (a *api) raw(tb testing.TB, q string, vars map[string]any) json.RawMessage {
	tb.Helper()
	var raw json.RawMessage
	a.query(tb, q, vars, &raw)
	return raw
}

// data runs q, which must succeed, and returns its data decoded.
func (a *api) data(tb testing.TB, q string, vars map[string]any) any {
	tb.Helper()
	var out any
	a.query(tb, q, vars, &out)
	return out
}

// recording is a with every statement its requests run recorded in s.
func (a *api) recording(s *store.Statements) *api {
	c := *a
	c.h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		a.h.ServeHTTP(w, r.WithContext(store.WithStatements(r.Context(), s)))
	})
	return &c
}

// backgroundRequest is a POST of query with vars (headers are name,
// value pairs) for a request served from a goroutine, which the checked
// helpers may not use (they fail the test); the caller checks the answer.
func backgroundRequest(query string, vars map[string]any, headers ...string) *http.Request {
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	for i := 0; i+1 < len(headers); i += 2 {
		req.Header.Set(headers[i], headers[i+1])
	}
	return req
}

// lockTable holds an ACCESS EXCLUSIVE lock on table of db until unlock is
// called or the test ends, so every statement that reads the table waits,
// holding its connection, for as long as a test needs.
func lockTable(tb testing.TB, db *store.DB, table string) (unlock func()) {
	tb.Helper()
	tx, err := db.BeginTxx(context.Background(), nil)
	if err != nil {
		tb.Fatal(err)
	}
	if _, err := tx.Exec(`LOCK TABLE ` + table + ` IN ACCESS EXCLUSIVE MODE`); err != nil {
		tb.Fatal(err)
	}
	var once sync.Once
	unlock = func() { once.Do(func() { _ = tx.Rollback() }) }
	tb.Cleanup(unlock)
	return unlock
}

// adminOnly are the top-level fields only an admin's key may read. The
// tests that walk every public field of the schema leave them out;
// TestAuditLogIsForAdmins covers them.
var adminOnly = map[string]bool{"auditLog": true}

// from is a whose requests come from the network address addr
// ("198.51.100.7:5000").
func (a *api) from(addr string) *api {
	c := *a
	c.h = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		r.RemoteAddr = addr
		a.h.ServeHTTP(w, r)
	})
	return &c
}

// queryErrors runs q, which must fail, and returns its errors and its data
// as JSON, for checks on partial results.
func (a *api) queryErrors(tb testing.TB, q string, vars map[string]any) ([]gqlError, string) {
	tb.Helper()
	r := a.post(tb, q, vars)
	if len(r.Errors) == 0 {
		tb.Fatalf("expected errors, got none: %.500s", r.Body)
	}
	data := "null"
	if len(r.Data) > 0 {
		data = string(r.Data)
	}
	return r.Errors, data
}

// errCode runs q, which must fail, and returns the first error's code and
// message.
func (a *api) errCode(tb testing.TB, q string, vars map[string]any) (model.ErrorCode, string) {
	tb.Helper()
	errs, _ := a.queryErrors(tb, q, vars)
	return errs[0].code(), errs[0].Message
}

// leaks are fragments of SQL, driver text and stack traces that must never
// reach a client.
var leaks = []string{
	"pq: ", "sql: ", "SQLSTATE", "goroutine ", "runtime/debug", ".go:", "panic",
	"SELECT ", " FROM ", " WHERE ", "published_", `relation "`, `column "`,
	"out of range for type", "time zone displacement", "invalid byte sequence",
	"syntax error at", "canceling statement", "context deadline exceeded", "goose",
}

// checkResponse applies the rules every response must follow. GraphQL
// rules (JSON body, codes) apply to /graphql only; /readyz alone may
// answer 503.
func checkResponse(tb testing.TB, path string, r *response) {
	tb.Helper()
	if r.Status >= 500 && !(r.Status == http.StatusServiceUnavailable && (path == "/readyz" || r.retryable())) {
		tb.Errorf("status %d (a 5xx) for %s; body: %.300s", r.Status, path, r.Body)
	}
	// Data holds published content, so only the errors of a GraphQL
	// response are searched; any other body is searched whole.
	text := r.Body
	if r.isJSON {
		b, _ := json.Marshal(r.Errors)
		text = string(b)
	}
	for _, leak := range leaks {
		if strings.Contains(text, leak) {
			tb.Errorf("response leaks %q: %.400s", leak, text)
		}
	}
	if path != "/graphql" || r.Status == http.StatusNoContent || r.Body == "" {
		return
	}
	ct := r.Header.Get("Content-Type")
	if !strings.HasPrefix(ct, "application/json") && !strings.HasPrefix(ct, "application/graphql-response+json") {
		tb.Errorf("Content-Type %q, want application/json or application/graphql-response+json; body: %.200s", ct, r.Body)
	}
	if !r.isJSON {
		tb.Errorf("body is not a GraphQL response (a JSON object with data or errors): %.300s", r.Body)
		return
	}
	for _, e := range r.Errors {
		switch code := e.code(); {
		case code == "":
			tb.Errorf("error without extensions.code: %q", e.Message)
		case !code.IsValid():
			tb.Errorf("error code %q is not one of the schema's ErrorCode values (message %q)", code, e.Message)
		}
	}
}

// wantCode fails unless r has an error with code whose message contains
// every one of parts.
func wantCode(tb testing.TB, r *response, code model.ErrorCode, parts ...string) {
	tb.Helper()
	for _, e := range r.Errors {
		if e.code() != code {
			continue
		}
		ok := true
		for _, p := range parts {
			if !strings.Contains(e.Message, p) {
				ok = false
			}
		}
		if ok {
			return
		}
	}
	tb.Errorf("want an error with code %s mentioning %q; got status %d, body %.500s", code, parts, r.Status, r.Body)
}

// wantAnyCode fails unless r has at least one error and every error has
// one of codes.
func wantAnyCode(tb testing.TB, r *response, codes ...model.ErrorCode) {
	tb.Helper()
	if len(r.Errors) == 0 {
		tb.Errorf("want an error with a code in %v; got none: %.300s", codes, r.Body)
		return
	}
	for _, e := range r.Errors {
		if !slices.Contains(codes, e.code()) {
			tb.Errorf("error %q has code %q, want one of %v", e.Message, e.code(), codes)
		}
	}
}

// wantNoErrors fails if r carries any error.
func wantNoErrors(tb testing.TB, r *response) {
	tb.Helper()
	if len(r.Errors) > 0 || r.Status != http.StatusOK {
		tb.Errorf("want success; got status %d, body %.500s", r.Status, r.Body)
	}
}

// wantNoInternal fails if r carries an INTERNAL or TIMEOUT error: the input
// was the client's fault, and the answer must say so.
func wantNoInternal(tb testing.TB, label string, r *response) {
	tb.Helper()
	for _, e := range r.Errors {
		if e.code() == model.ErrorCodeInternal || e.code() == model.ErrorCodeTimeout {
			tb.Errorf("%s: answered %s (%q) for bad client input; want BAD_USER_INPUT, a validation error or null", label, e.code(), e.Message)
		}
	}
}

// decodeData decodes r's data into out.
func decodeData(tb testing.TB, r *response, out any) {
	tb.Helper()
	if err := json.Unmarshal(r.Data, out); err != nil {
		tb.Fatalf("decoding data: %v; body %.300s", err, r.Body)
	}
}

// b64 is base64 as the API writes IDs and cursors (unpadded, URL-safe).
func b64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// gid builds a global ID the way the API does: b64 of "Type:id".
func gid(typeName string, id int64) string {
	return b64(typeName + ":" + strconv.FormatInt(id, 10))
}

// ungid reads a global ID back: "Type:id".
func ungid(tb testing.TB, id string) string {
	tb.Helper()
	raw, err := base64.RawURLEncoding.DecodeString(id)
	if err != nil {
		tb.Fatalf("%q is not a global ID: %v", id, err)
	}
	return string(raw)
}

// gqlString writes s as a GraphQL string literal (JSON escapes are valid
// GraphQL escapes).
func gqlString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// jsonOf renders a value for messages.
func jsonOf(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// strOrNull prints a decoded optional string for messages.
func strOrNull(p *string) string {
	if p == nil {
		return "<null>"
	}
	return fmt.Sprintf("%q", *p)
}

// Ground truth: what the database says, read with SQL the test writes.

// sqlArray passes a list of strings to SQL as one array parameter.
func sqlArray(s ...string) any { return pq.StringArray(s) }

// sqlStrings runs a ground-truth query returning one text column.
func (a *api) sqlStrings(tb testing.TB, query string, args ...any) []string {
	tb.Helper()
	out := []string{}
	if err := a.db.Select(&out, query, args...); err != nil {
		tb.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	return out
}

// sqlString runs a ground-truth query returning one text value.
func (a *api) sqlString(tb testing.TB, query string, args ...any) string {
	tb.Helper()
	var out string
	if err := a.db.Get(&out, query, args...); err != nil {
		tb.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	return out
}

// sqlInt runs a ground-truth query returning one integer.
func (a *api) sqlInt(tb testing.TB, query string, args ...any) int64 {
	tb.Helper()
	var out int64
	if err := a.db.Get(&out, query, args...); err != nil {
		tb.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	return out
}

// sqlPairs runs a ground-truth query returning two text columns, a and b,
// joined as "a|b", for comparing the edges of a relation.
func (a *api) sqlPairs(tb testing.TB, query string, args ...any) []string {
	tb.Helper()
	var rows []struct {
		A string `db:"a"`
		B string `db:"b"`
	}
	if err := a.db.Select(&rows, query, args...); err != nil {
		tb.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.A+"|"+r.B)
	}
	return out
}

// sqlExec changes the test's own database.
func (a *api) sqlExec(tb testing.TB, query string, args ...any) {
	tb.Helper()
	if _, err := a.db.Exec(query, args...); err != nil {
		tb.Fatalf("exec failed: %v\n%s", err, query)
	}
}

// published counts the published records of a table, through the view the
// API reads: the sample data's sizes, derived rather than written down.
func (a *api) published(tb testing.TB, table string) int {
	tb.Helper()
	return int(a.sqlInt(tb, `SELECT count(*) FROM `+pq.QuoteIdentifier("published_"+table)))
}

// JSON documents and connections.

// at follows a dot-separated path of object keys into a JSON document.
func at(tb testing.TB, raw json.RawMessage, path string) json.RawMessage {
	tb.Helper()
	cur := raw
	if path == "" {
		return cur
	}
	for _, key := range strings.Split(path, ".") {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(cur, &obj); err != nil || obj == nil {
			tb.Fatalf("path %q: %q is not inside an object: %s", path, key, trimmed(cur))
		}
		next, ok := obj[key]
		if !ok {
			tb.Fatalf("path %q: no key %q in %s", path, key, trimmed(cur))
		}
		cur = next
	}
	return cur
}

func trimmed(raw json.RawMessage) string {
	s := string(raw)
	if len(s) > 600 {
		s = s[:600] + "..."
	}
	return s
}

// conn is a decoded connection page.
type conn struct {
	TotalCount *int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage     bool    `json:"hasNextPage"`
		HasPreviousPage bool    `json:"hasPreviousPage"`
		StartCursor     *string `json:"startCursor"`
		EndCursor       *string `json:"endCursor"`
	} `json:"pageInfo"`
	Nodes []map[string]any `json:"nodes"`
}

// pageAll pages through the connection at path in query until its end and
// returns every node and the totalCount. The query must declare $after:
// String (forwards) or $before: String (backward, with last:) and select
// totalCount, pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
// and nodes. It checks that totalCount is the same on every page and equals
// the number of nodes seen.
func (a *api) pageAll(tb testing.TB, query string, vars map[string]any, path string, backward bool) ([]map[string]any, int) {
	tb.Helper()
	v := map[string]any{}
	for k, x := range vars {
		v[k] = x
	}
	var all []map[string]any
	total := -1
	for page := 0; ; page++ {
		if page > 500 {
			tb.Fatalf("%s: more than 500 pages; paging does not end", path)
		}
		var c conn
		if err := json.Unmarshal(at(tb, a.raw(tb, query, v), path), &c); err != nil {
			tb.Fatalf("%s: decoding connection: %v", path, err)
		}
		if c.TotalCount == nil {
			tb.Fatalf("%s: the query must select totalCount", path)
		}
		if total >= 0 && *c.TotalCount != total {
			tb.Errorf("%s: totalCount changed between pages: %d then %d", path, total, *c.TotalCount)
		}
		total = *c.TotalCount
		more, cursor, key := c.PageInfo.HasNextPage, c.PageInfo.EndCursor, "after"
		if backward {
			all = append(slices.Clone(c.Nodes), all...)
			more, cursor, key = c.PageInfo.HasPreviousPage, c.PageInfo.StartCursor, "before"
		} else {
			all = append(all, c.Nodes...)
		}
		if !more {
			break
		}
		if len(c.Nodes) == 0 || cursor == nil {
			tb.Fatalf("%s: another page is announced after an empty page or without a cursor", path)
		}
		v[key] = *cursor
	}
	if len(all) != total {
		tb.Errorf("%s: paging through returned %d nodes but totalCount is %d", path, len(all), total)
	}
	return all, total
}

// pageAllAs pages through a connection and decodes its nodes into T.
func pageAllAs[T any](tb testing.TB, a *api, query string, path string) []T {
	tb.Helper()
	nodes, _ := a.pageAll(tb, query, nil, path, false)
	out := make([]T, len(nodes))
	for i, n := range nodes {
		b, _ := json.Marshal(n)
		if err := json.Unmarshal(b, &out[i]); err != nil {
			tb.Fatalf("decoding node: %v\n%s", err, b)
		}
	}
	return out
}

// slugsOf pages through a connection and returns the values of one field
// of its nodes (usually slug), in order.
func (a *api) slugsOf(tb testing.TB, query string, vars map[string]any, path, field string) ([]string, int) {
	tb.Helper()
	nodes, total := a.pageAll(tb, query, vars, path, false)
	return fieldOf(tb, nodes, field), total
}

// fieldOf picks one string field from decoded nodes.
func fieldOf(tb testing.TB, nodes []map[string]any, field string) []string {
	tb.Helper()
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		s, ok := n[field].(string)
		if !ok {
			tb.Fatalf("node has no string %q: %v", field, n)
		}
		out = append(out, s)
	}
	return out
}

// Comparisons that print what differs.

// sameSet reports the difference between two multisets of strings.
func sameSet(tb testing.TB, what string, got, want []string) bool {
	tb.Helper()
	g, w := counted(got), counted(want)
	var missing, extra []string
	for k, n := range w {
		if g[k] < n {
			missing = append(missing, k)
		}
	}
	for k, n := range g {
		if w[k] < n {
			extra = append(extra, k)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return true
	}
	sort.Strings(missing)
	sort.Strings(extra)
	tb.Errorf("%s: got %d, want %d\n  missing (in ground truth, not in API): %v\n  extra (in API, not in ground truth): %v",
		what, len(got), len(want), short(missing), short(extra))
	return false
}

// short keeps a printed list readable.
func short(s []string) string {
	if len(s) > 12 {
		return fmt.Sprintf("%v ... (%d in all)", s[:12], len(s))
	}
	return fmt.Sprint(s)
}

func counted(s []string) map[string]int {
	m := make(map[string]int, len(s))
	for _, x := range s {
		m[x]++
	}
	return m
}

// sameList reports where two ordered lists first differ.
func sameList(tb testing.TB, what string, got, want []string) bool {
	tb.Helper()
	if slices.Equal(got, want) {
		return true
	}
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo, hi := max(0, i-2), i+3
	tb.Errorf("%s: lists differ at position %d (got %d items, want %d)\n  got  [%d:]: %v\n  want [%d:]: %v",
		what, i, len(got), len(want), lo, window(got, lo, hi), lo, window(want, lo, hi))
	return false
}

func window(s []string, lo, hi int) []string {
	if lo > len(s) {
		return nil
	}
	return s[lo:min(hi, len(s))]
}

// eventually polls cond until it holds or the time is up; for what happens
// in another goroutine, such as a change notification reaching the cache.
func eventually(tb testing.TB, within time.Duration, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(within)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("%s: not within %s", what, within)
		}
		time.Sleep(5 * time.Millisecond)
	}
}
