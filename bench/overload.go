package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
)

// OverloadOptions say how to run the overload and attack measurements.
type OverloadOptions struct {
	// ServerURL, Scale and Fresh choose the database, as for Run.
	ServerURL string
	Scale     int
	Fresh     bool
	// Duration is how long each phase runs.
	Duration time.Duration
	// Out receives the results; Log, progress.
	Out, Log io.Writer
}

// heavyField is one filtered count of resources: at scale 1000 it reads
// about half a million rows and takes about a second.
const heavyField = `resources(first: 1, filter: {topics: ["unpaid-carers", "short-breaks", "community-based-care"], aboutUnpaidCarerProjects: true}) { totalCount }`

// simpleRead is what another client reads meanwhile, readerRate times a
// second, as a visitor's browser or a page render might.
const (
	simpleRead = `{ regions { name } }`
	readerRate = 20
)

// aliased asks for field n times under aliases.
func aliased(field string, n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

// outcome is one request's fate.
type outcome struct {
	status     int
	code       string // the first error's code, "" for a success
	latency    time.Duration
	retryAfter time.Duration
}

func (o outcome) ok() bool { return o.status == http.StatusOK && o.code == "" }

// client sends GraphQL requests as one client address (the API is started
// trusting the loopback proxy, so X-Forwarded-For names the client).
type client struct {
	http *http.Client
	url  string
	addr string
}

func (c client) send(ctx context.Context, query string) outcome {
	body, _ := json.Marshal(map[string]string{"query": query})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.url, bytes.NewReader(body))
	if err != nil {
		return outcome{code: "CLIENT"}
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Forwarded-For", c.addr)
	start := time.Now()
	resp, err := c.http.Do(req)
	if err != nil {
		return outcome{code: "NETWORK", latency: time.Since(start)}
	}
	got, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	o := outcome{status: resp.StatusCode, latency: time.Since(start)}
	if s, err := strconv.Atoi(resp.Header.Get("Retry-After")); err == nil {
		o.retryAfter = time.Duration(s) * time.Second
	}
	var env struct {
		Errors []struct {
			Extensions struct{ Code string } `json:"extensions"`
		} `json:"errors"`
	}
	if json.Unmarshal(got, &env) == nil && len(env.Errors) > 0 {
		o.code = env.Errors[0].Extensions.Code
		if o.code == "" {
			o.code = "ERROR"
		}
	}
	return o
}

// tally counts outcomes.
type tally struct {
	mu       sync.Mutex
	all      []outcome
	started  time.Time
	finished time.Time
}

func (t *tally) add(o outcome) {
	t.mu.Lock()
	t.all = append(t.all, o)
	t.mu.Unlock()
}

func (t *tally) successes() (n int, latencies []time.Duration) {
	for _, o := range t.all {
		if o.ok() {
			n++
			latencies = append(latencies, o.latency)
		}
	}
	return n, latencies
}

func (t *tally) perSecond() float64 {
	n, _ := t.successes()
	return float64(n) / t.finished.Sub(t.started).Seconds()
}

// refusals summarises the failures by status and code, with how fast
// each kind was answered.
func (t *tally) refusals() string {
	type kind struct {
		status int
		code   string
	}
	counts := map[kind][]time.Duration{}
	for _, o := range t.all {
		if !o.ok() {
			k := kind{o.status, o.code}
			counts[k] = append(counts[k], o.latency)
		}
	}
	var parts []string
	for k, lat := range counts {
		parts = append(parts, fmt.Sprintf("%d × %d %s (p50 %s)", len(lat), k.status, k.code, ms(quantile(lat, 0.5))))
	}
	slices.Sort(parts)
	if len(parts) == 0 {
		return "none"
	}
	return strings.Join(parts, ", ")
}

func quantile(d []time.Duration, q float64) time.Duration {
	if len(d) == 0 {
		return 0
	}
	s := slices.Clone(d)
	slices.Sort(s)
	return s[min(len(s)-1, int(float64(len(s))*q))]
}

// closedLoop runs n clients, each sending query again as soon as it is
// answered, until d passes. A refused client waits as long as the
// refusal's Retry-After says, or 100 ms when it says nothing (a client
// that retried a refusal at once would measure a flood of HTTP requests,
// which a proxy in front of the API meets, not the API's protections).
func closedLoop(ctx context.Context, clients []client, query string, d time.Duration) *tally {
	t := &tally{started: time.Now()}
	until := t.started.Add(d)
	var wg sync.WaitGroup
	for _, c := range clients {
		wg.Go(func() {
			for time.Now().Before(until) && ctx.Err() == nil {
				o := c.send(ctx, query)
				t.add(o)
				if !o.ok() {
					pause := min(max(o.retryAfter, 100*time.Millisecond), time.Until(until))
					select {
					case <-time.After(pause):
					case <-ctx.Done():
					}
				}
			}
		})
	}
	wg.Wait()
	t.finished = time.Now()
	return t
}

// openLoop sends query at rate requests a second, each from the next of
// clients, whatever the answers, for d; it waits for the last answer.
func openLoop(ctx context.Context, clients []client, query string, rate float64, d time.Duration) *tally {
	t := &tally{started: time.Now()}
	every := time.Duration(float64(time.Second) / rate)
	tick := time.NewTicker(every)
	defer tick.Stop()
	var wg sync.WaitGroup
	for i := 0; time.Since(t.started) < d && ctx.Err() == nil; i++ {
		c := clients[i%len(clients)]
		wg.Go(func() { t.add(c.send(ctx, query)) })
		<-tick.C
	}
	wg.Wait()
	t.finished = time.Now()
	return t
}

// clientsFrom makes n clients with addresses in 198.51.100.0/24 from
// first on.
func clientsFrom(hc *http.Client, url string, first, n int) []client {
	out := make([]client, n)
	for i := range out {
		out[i] = client{http: hc, url: url, addr: "198.51.100." + strconv.Itoa(first+i)}
	}
	return out
}

// Overload measures the API started as a separate process against the
// two failures it must survive: load beyond what its database pool can
// serve, and one client's expensive queries. It prints goodput, refusals
// and the latency other clients see.
func Overload(ctx context.Context, opts OverloadOptions) error {
	dbURL, err := prepareDatabase(ctx, opts.ServerURL, opts.Scale, opts.Fresh, opts.Log)
	if err != nil {
		return err
	}
	hc := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 512, DisableCompression: true}, Timeout: time.Minute}
	start := func(env ...string) (*child, string, error) {
		addr, err := freeAddr()
		if err != nil {
			return nil, "", err
		}
		env = append([]string{"DATABASE_URL=" + dbURL, "ADDR=" + addr, "MIGRATE_ON_START=false", "RESPONSE_CACHE_BYTES=0",
			"LOG_LEVEL=warn", "TRUSTED_PROXIES=127.0.0.1,::1"}, env...)
		fmt.Fprintf(opts.Log, "starting the API with %s\n", strings.Join(env[6:], " "))
		c, err := startChild(ctx, []string{"serve"}, env, addr)
		return c, "http://" + addr + "/graphql", err
	}
	d := opts.Duration

	// 1. Overload: a pool of two connections, requests that each hold one
	// for a while, and ten times the requests it can serve.
	fmt.Fprintf(opts.Out, "## Overload: DB_MAX_CONNS=2, each request one filtered count of resources (scale %d)\n\n", opts.Scale)
	fmt.Fprintln(opts.Out, "| admission | capacity (req/s, 2 clients) | offered (req/s) | goodput (req/s) | goodput / capacity | p50 / p99 of successes | refusals |")
	fmt.Fprintln(opts.Out, "|---|---|---|---|---|---|---|")
	for _, mode := range []struct {
		name string
		env  []string
	}{
		{"on (defaults: DB_QUEUE=100, DB_QUEUE_WAIT=2s)", nil},
		{"off (unbounded queue, wait until the deadline)", []string{"DB_QUEUE=100000", "DB_QUEUE_WAIT=1h"}},
	} {
		env := append([]string{"DB_MAX_CONNS=2", "RATE_LIMIT=0", "DB_CLIENT_CONNS=2"}, mode.env...)
		c, url, err := start(env...)
		if err != nil {
			return err
		}
		query := "{ " + heavyField + " }"
		capacity := closedLoop(ctx, clientsFrom(hc, url, 1, 2), query, d)
		rate := 10 * capacity.perSecond()
		fmt.Fprintf(opts.Log, "capacity %.2f req/s; offering %.1f req/s for %s\n", capacity.perSecond(), rate, d)
		over := openLoop(ctx, clientsFrom(hc, url, 10, 200), query, rate, d)
		good, lat := over.successes()
		fmt.Fprintf(opts.Out, "| %s | %.2f | %.1f | %.2f | %.0f%% | %s / %s ms | %s |\n", mode.name, capacity.perSecond(), rate,
			over.perSecond(), 100*over.perSecond()/capacity.perSecond(), ms(quantile(lat, 0.5)), ms(quantile(lat, 0.99)), over.refusals())
		_ = good
		after := clientsFrom(hc, url, 250, 1)[0].send(ctx, query)
		fmt.Fprintf(opts.Log, "first request after the load: status %d in %s ms\n", after.status, ms(after.latency))
		c.stop()
	}

	// 2. The expensive-alias attack: one client sends 25 aliases of the
	// filtered count (and then the largest variant the cost limit lets
	// through) from 8 connections at once, while another client reads.
	fmt.Fprintf(opts.Out, "\n## Expensive-alias attack (defaults, scale %d): one attacking client on 8 connections, one reader at %d req/s\n\n", opts.Scale, readerRate)
	fmt.Fprintln(opts.Out, "| phase | reader p50 / p99 ms | reader errors | attack requests | attack outcomes |")
	fmt.Fprintln(opts.Out, "|---|---|---|---|---|")
	c, url, err := start()
	if err != nil {
		return err
	}
	defer c.stop()
	reader := clientsFrom(hc, url, 100, 1)
	attacker := make([]client, 8)
	for i := range attacker {
		attacker[i] = client{http: hc, url: url, addr: "198.51.100.200"}
	}
	quiet := openLoop(ctx, reader, simpleRead, readerRate, d)
	printReader(opts.Out, "reader alone", quiet, nil)
	for _, attack := range []struct{ name, query string }{
		{"25 aliases of the filtered count", aliased(heavyField, 25)},
		{"2 aliases (the most the cost limit allows)", aliased(heavyField, 2)},
	} {
		var attackTally *tally
		done := make(chan struct{})
		go func() { attackTally = closedLoop(ctx, attacker, attack.query, d); close(done) }()
		read := openLoop(ctx, reader, simpleRead, readerRate, d)
		<-done
		printReader(opts.Out, attack.name, read, attackTally)
	}
	return nil
}

func printReader(w io.Writer, phase string, read, attack *tally) {
	_, lat := read.successes()
	failures := len(read.all) - len(lat)
	attackCol, outcomes := "-", "-"
	if attack != nil {
		attackCol = strconv.Itoa(len(attack.all))
		ok, _ := attack.successes()
		outcomes = fmt.Sprintf("%d answered; refused: %s", ok, attack.refusals())
	}
	fmt.Fprintf(w, "| %s | %s / %s | %d | %s | %s |\n", phase, ms(quantile(lat, 0.5)), ms(quantile(lat, 0.99)), failures, attackCol, outcomes)
}
