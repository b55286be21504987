package graph_test

import (
	"context"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"learningapi/admission"
	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/middleware"
	"learningapi/graph/model"
	"learningapi/store"
)

// startBlockedRead sends a read of the regions from a's client, which the
// lock of lockTable holds up, and returns once it waits on the lock in
// PostgreSQL (so it holds its admission); its answer arrives on the channel.
func startBlockedRead(tb testing.TB, a *api) <-chan *response {
	tb.Helper()
	done := make(chan *response, 1)
	go func() {
		w := httptest.NewRecorder()
		a.h.ServeHTTP(w, backgroundRequest(`{ regions { name } }`, nil))
		done <- &response{Status: w.Code, Body: w.Body.String()}
	}()
	for {
		var waiting int
		if err := a.db.Get(&waiting, `SELECT count(*) FROM pg_stat_activity
			WHERE datname = current_database() AND wait_event_type = 'Lock'`); err != nil {
			tb.Fatal(err)
		}
		if waiting > 0 {
			return done
		}
		select {
		case r := <-done:
			tb.Fatalf("the read that should wait on the lock finished: %d %s", r.Status, r.Body)
		case <-time.After(5 * time.Millisecond):
		}
	}
}

// wantRefused checks a refusal made before the operation ran: its status,
// its code, a Retry-After of at least a second, no data at all, and no SQL
// run (the last request a logged).
func wantRefused(tb testing.TB, a *api, r *response, status int, code model.ErrorCode, mentions ...string) {
	tb.Helper()
	if n := a.statementsOfLast(tb); n != 0 {
		tb.Errorf("the refused request ran %d SQL statements, want none", n)
	}
	if r.Status != status {
		tb.Errorf("status %d, want %d: %s", r.Status, status, r.Body)
	}
	wantCode(tb, r, code, mentions...)
	if s, err := strconv.Atoi(r.Header.Get("Retry-After")); err != nil || s < 1 {
		tb.Errorf("Retry-After %q, want whole seconds, at least 1", r.Header.Get("Retry-After"))
	}
	var keys map[string]json.RawMessage
	if json.Unmarshal([]byte(r.Body), &keys) == nil {
		if _, ok := keys["data"]; ok {
			tb.Errorf("a refused request's answer has a data entry: %s", r.Body)
		}
	}
}

func TestOverloadIsRefusedAtOnceAndRecovers(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db, withMetrics, func(c *graph.HandlerConfig) {
		c.Admission = admission.Options{Connections: 1, Queue: 0, Wait: 0}
		c.RateLimits = graph.RateLimits{Budget: 1_000, Window: time.Minute}
	})
	unblock := lockTable(t, db, "region")
	blocked := startBlockedRead(t, a)

	// Every connection the gate gives out is taken and nobody may queue:
	// the next reader, another client, is told at once, in either media
	// type.
	other := a.from("198.51.100.7:5000")
	wantRefused(t, other, other.post(t, `{ funds { name } }`, nil), http.StatusServiceUnavailable, model.ErrorCodeOverloaded, "too busy")
	wantRefused(t, other, other.post(t, `{ funds { name } }`, nil, "Accept", "application/graphql-response+json"),
		http.StatusServiceUnavailable, model.ErrorCodeOverloaded)
	// What needs no database is still answered.
	typename := other.post(t, `{ __typename }`, nil)
	if typename.Status != http.StatusOK || len(typename.Errors) != 0 {
		t.Errorf("{ __typename } during overload: %d %s", typename.Status, typename.Body)
	}

	// Operators see the refusals, and the request holding the connection.
	m := a.scrape(t)
	if got := metricValue(t, m, "scie_api_refusals_total", "limit", "queue_full"); got != 2 {
		t.Errorf("scie_api_refusals_total{limit=queue_full} = %v, want 2", got)
	}
	if got := metricValue(t, m, "scie_api_graphql_errors_total", "code", "OVERLOADED"); got != 2 {
		t.Errorf("scie_api_graphql_errors_total{code=OVERLOADED} = %v, want 2", got)
	}
	if got := metricValue(t, m, "scie_api_admission_connections"); got != 1 {
		t.Errorf("scie_api_admission_connections = %v, want 1", got)
	}

	unblock()
	if r := <-blocked; r.Status != http.StatusOK || strings.Contains(r.Body, `"errors"`) {
		t.Errorf("the admitted read: %d %s", r.Status, r.Body)
	}
	// Recovery is immediate: the next request is admitted. The refused
	// ones cost the client nothing: its budget has paid for this one and
	// the __typename only.
	r := other.post(t, `{ funds { name } }`, nil)
	if r.Status != http.StatusOK || len(r.Errors) != 0 {
		t.Errorf("after the load went: %d %s", r.Status, r.Body)
	}
	if got, want := r.Header.Get("RateLimit"), `"anonymous";r=`+strconv.Itoa(1_000-costOf(t, typename)-costOf(t, r))+`;`; !strings.HasPrefix(got, want) {
		t.Errorf("RateLimit %q after two refusals and one answer, want it to start %q", got, want)
	}
}

func TestOneClientCannotHoldEveryConnection(t *testing.T) {
	db := dbtest.New(t)
	trusted, err := middleware.ParseNetworks("203.0.113.0/24")
	if err != nil {
		t.Fatal(err)
	}
	a := newAPI(t, db, func(c *graph.HandlerConfig) {
		c.Admission = admission.Options{Connections: 4, PerClient: 1, Queue: 10, Wait: 0}
		c.TrustedClients = trusted
	})
	unblock := lockTable(t, db, "region")
	blocked := startBlockedRead(t, a) // from 192.0.2.1

	wantRefused(t, a, a.post(t, `{ funds { name } }`, nil), http.StatusTooManyRequests, model.ErrorCodeRateLimited, "as many requests reading the database as one client may (1 connections)")
	for _, other := range []string{"198.51.100.7:5000", "203.0.113.5:443"} {
		if r := a.from(other).post(t, `{ funds { name } }`, nil); r.Status != http.StatusOK || len(r.Errors) != 0 {
			t.Errorf("another client (%s) while the first holds its share: %d %s", other, r.Status, r.Body)
		}
	}
	unblock()
	<-blocked
	if r := a.post(t, `{ funds { name } }`, nil); r.Status != http.StatusOK {
		t.Errorf("the first client after its request ended: %d %s", r.Status, r.Body)
	}
}

// costOf reads what an answer says its query costs.
func costOf(tb testing.TB, r *response) int {
	tb.Helper()
	var env struct {
		Extensions struct {
			Cost struct{ Requested, Limit int } `json:"cost"`
		} `json:"extensions"`
	}
	if err := json.Unmarshal([]byte(r.Body), &env); err != nil || env.Extensions.Cost.Requested == 0 || env.Extensions.Cost.Limit != defaultLimits.MaxCost {
		tb.Fatalf("no cost in the answer's extensions: %s", r.Body)
	}
	return env.Extensions.Cost.Requested
}

func TestRateLimitsChargeEachClientsCost(t *testing.T) {
	proxies, err := middleware.ParseNetworks("10.0.0.0/8")
	if err != nil {
		t.Fatal(err)
	}
	trusted, err := middleware.ParseNetworks("203.0.113.7")
	if err != nil {
		t.Fatal(err)
	}
	a := newAPI(t, dbtest.New(t), withMetrics, func(c *graph.HandlerConfig) {
		c.RateLimits = graph.RateLimits{Budget: 100, TrustedBudget: 1_000, Window: time.Minute}
		c.TrustedProxies, c.TrustedClients = proxies, trusted
	})
	const q = `{ regions { name } }`

	first := a.post(t, q, nil)
	cost := costOf(t, first)
	if got := first.Header.Get("RateLimit-Policy"); got != `"anonymous";q=100;w=60` {
		t.Errorf("RateLimit-Policy %q", got)
	}
	if got, want := first.Header.Get("RateLimit"), `"anonymous";r=`+strconv.Itoa(100-cost)+`;t=`; !strings.HasPrefix(got, want) {
		t.Errorf("RateLimit %q, want it to start %q", got, want)
	}
	// Spend the rest of the budget; the request that cannot be paid for is
	// refused, with nothing run.
	var refused *response
	for i := 0; i < 100 && refused == nil; i++ {
		if r := a.post(t, q, nil); r.Status != http.StatusOK {
			refused = r
		}
	}
	if refused == nil {
		t.Fatal("a budget of 100 paid for 100 requests")
	}
	wantRefused(t, a, refused, http.StatusTooManyRequests, model.ErrorCodeRateLimited, "budget of 100 cost points a minute", "the query costs "+strconv.Itoa(cost))

	// An answer shared caches may keep carries no client's budget.
	public := a.from("198.51.100.60:1").get(t, getParams(q, nil))
	if cc := public.Header.Get("Cache-Control"); !strings.HasPrefix(cc, "public") || public.Header.Get("RateLimit") != "" || public.Header.Get("RateLimit-Policy") != "" {
		t.Errorf("a cacheable GET: Cache-Control %q with RateLimit %q, RateLimit-Policy %q; want public and neither",
			cc, public.Header.Get("RateLimit"), public.Header.Get("RateLimit-Policy"))
	}
	// X-Forwarded-For is not believed from a client...
	spoofed := a.post(t, q, nil, "X-Forwarded-For", "198.51.100.1")
	wantRefused(t, a, spoofed, http.StatusTooManyRequests, model.ErrorCodeRateLimited)
	// ...but is from a trusted proxy, which relays many clients: each has
	// its own budget, and the spent one stays spent through the proxy.
	viaProxy := a.from("10.1.2.3:40000")
	if r := viaProxy.post(t, q, nil, "X-Forwarded-For", "198.51.100.1, 10.9.9.9"); r.Status != http.StatusOK {
		t.Errorf("a fresh client through the proxy: %d %s", r.Status, r.Body)
	}
	wantRefused(t, a, viaProxy.post(t, q, nil, "X-Forwarded-For", "192.0.2.1"), http.StatusTooManyRequests, model.ErrorCodeRateLimited)
	// The website's servers have their own, larger budget.
	web := a.from("203.0.113.7:443").post(t, q, nil)
	if web.Status != http.StatusOK || web.Header.Get("RateLimit-Policy") != `"trusted";q=1000;w=60` {
		t.Errorf("a trusted client: %d, RateLimit-Policy %q", web.Status, web.Header.Get("RateLimit-Policy"))
	}
	// A query dearer than the whole budget says so.
	costly := a.from("198.51.100.50:1").post(t, `{ projects(first: 100) { nodes { title resources(first: 100) { nodes { title } } } } }`, nil)
	wantRefused(t, a, costly, http.StatusTooManyRequests, model.ErrorCodeRateLimited, "more than the whole budget")
	if got := metricValue(t, a.scrape(t), "scie_api_refusals_total", "limit", "rate"); got != 4 {
		t.Errorf("scie_api_refusals_total{limit=rate} = %v, want 4", got)
	}
}

func TestResponseSizeIsBounded(t *testing.T) {
	a := newAPI(t, dbtest.New(t), func(c *graph.HandlerConfig) { c.MaxResponseBytes = 300 })
	if r := a.post(t, `{ funds { name } }`, nil); len(r.Errors) != 0 {
		t.Fatalf("a small answer was refused: %s", r.Body)
	}
	r := a.post(t, `{ regions { name code } }`, nil)
	wantCode(t, r, model.ErrorCodeResponseTooLarge, "over the limit of 300 bytes")
	if strings.Contains(r.Body, "London") {
		t.Errorf("the refused answer was sent: %s", r.Body)
	}
}

func TestScansArePricedByTableSize(t *testing.T) {
	a := sampleAPI(t)
	var resources int64
	if err := a.db.Get(&resources, `SELECT reltuples::bigint FROM pg_class WHERE relname = 'resource'`); err != nil || resources <= 0 {
		t.Fatalf("resource has %d rows by PostgreSQL's estimate (%v); the sample should have been analysed", resources, err)
	}
	page := costOf(t, a.post(t, `{ resources(first: 1) { nodes { title } } }`, nil))
	counted := costOf(t, a.post(t, `{ resources(first: 1) { totalCount nodes { title } } }`, nil))
	filtered := costOf(t, a.post(t, `{ resources(first: 1, filter: {types: [CASE_STUDY], topics: ["unpaid-carers"]}) { nodes { title } } }`, nil))
	// totalCount reads every row once; two filter conditions, three passes.
	if want := page + 1 + int(resources)/50; counted != want {
		t.Errorf("a page with totalCount costs %d, want %d (the page %d, the field, %d rows / 50)", counted, want, page, resources)
	}
	if want := page + int(resources)*3/50; filtered != want {
		t.Errorf("a filtered page costs %d, want %d", filtered, want)
	}
}

// cuttable is a TCP relay to PostgreSQL that a test can cut, as an outage
// would, and restore on the same address.
type cuttable struct {
	addr, target string
	mu           sync.Mutex
	ln           net.Listener
	conns        []net.Conn
}

func relay(tb testing.TB, target string) *cuttable {
	tb.Helper()
	c := &cuttable{addr: "127.0.0.1:0", target: target}
	if err := c.listen(); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(c.cut)
	return c
}

func (c *cuttable) listen() error {
	ln, err := net.Listen("tcp", c.addr)
	if err != nil {
		return err
	}
	c.mu.Lock()
	c.ln, c.addr = ln, ln.Addr().String()
	c.mu.Unlock()
	go func() {
		for {
			in, err := ln.Accept()
			if err != nil {
				return
			}
			out, err := net.Dial("tcp", c.target)
			if err != nil {
				in.Close()
				continue
			}
			c.mu.Lock()
			c.conns = append(c.conns, in, out)
			c.mu.Unlock()
			go func() { _, _ = io.Copy(out, in); out.Close() }()
			go func() { _, _ = io.Copy(in, out); in.Close() }()
		}
	}()
	return nil
}

func (c *cuttable) cut() {
	c.mu.Lock()
	defer c.mu.Unlock()
	_ = c.ln.Close()
	for _, conn := range c.conns {
		_ = conn.Close()
	}
	c.conns = nil
}

func TestDatabaseOutageIsServiceUnavailable(t *testing.T) {
	var name string
	if err := dbtest.New(t).Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	u, err := url.Parse(dbtest.URL(t, name))
	if err != nil {
		t.Fatal(err)
	}
	link := relay(t, u.Host)
	u.Host = link.addr
	db, err := store.Open(context.Background(), u.String(), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	a := newAPI(t, db)
	const q = `{ regions { name } }`
	if r := a.post(t, q, nil); len(r.Errors) != 0 {
		t.Fatalf("before the outage: %s", r.Body)
	}

	link.cut()
	r := a.post(t, q, nil)
	if r.Status != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" {
		t.Errorf("during the outage: status %d, Retry-After %q; want 503 and a Retry-After", r.Status, r.Header.Get("Retry-After"))
	}
	wantCode(t, r, model.ErrorCodeServiceUnavailable, "cannot be reached")
	if ready := a.do(t, http.MethodGet, "/readyz", "", ""); ready.Status != http.StatusServiceUnavailable {
		t.Errorf("/readyz during the outage: %d", ready.Status)
	}

	if err := link.listen(); err != nil {
		t.Fatal(err)
	}
	if r := a.post(t, q, nil); r.Status != http.StatusOK || len(r.Errors) != 0 {
		t.Errorf("once the database is back: %d %s", r.Status, r.Body)
	}
}

// lockWaiters counts the statements of a's database waiting on a lock.
func lockWaiters(tb testing.TB, a *api) int {
	tb.Helper()
	var n int
	if err := a.db.Get(&n, `SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'`); err != nil {
		tb.Fatal(err)
	}
	return n
}

func TestARequestRunsOnlyItsShareOfStatementsAtOnce(t *testing.T) {
	const threeFields = `{ a: regions { name } b: regions { code } c: regions { name code } }`
	for _, c := range []struct {
		name   string
		adjust func(*graph.HandlerConfig)
		want   int
	}{
		{"DB_STATEMENTS_PER_REQUEST", func(c *graph.HandlerConfig) { c.StatementsPerRequest = 2 }, 2},
		{"the connections admission gave it", func(c *graph.HandlerConfig) {
			c.StatementsPerRequest = 4
			c.Admission = admission.Options{Connections: 4, PerClient: 1, Queue: 10, Wait: time.Minute}
		}, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			db := dbtest.New(t)
			a := newAPI(t, db, c.adjust)
			unlock := lockTable(t, db, "region")
			done := make(chan *httptest.ResponseRecorder, 1)
			go func() {
				w := httptest.NewRecorder()
				a.h.ServeHTTP(w, backgroundRequest(threeFields, nil))
				done <- w
			}()
			for lockWaiters(t, a) < c.want {
				time.Sleep(5 * time.Millisecond)
			}
			// Held at the lock, the request's other fields must wait their
			// turn rather than take more connections.
			for range 20 {
				if n := lockWaiters(t, a); n != c.want {
					t.Fatalf("%d statements of one request at once, want %d", n, c.want)
				}
				time.Sleep(5 * time.Millisecond)
			}
			unlock()
			if w := <-done; w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
				t.Errorf("the request: %d %s", w.Code, w.Body)
			}
			if n := a.statementsOfLast(t); n != 3 {
				t.Errorf("%d statements run, want one for each of the three fields", n)
			}
		})
	}
}
