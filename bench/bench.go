// Package bench measures the website's reads: it loads the sample data
// scaled by seed -scale into a database of its own, starts the API (and,
// if asked, a hand-written one-statement server as a yardstick) as separate
// processes limited to one CPU, sends each read at several levels of
// concurrency with the response cache off and on, checks every answer, and
// prints requests per second, latency percentiles, SQL statements per
// request and CPU per request. Other servers already running (another
// GraphQL server over the same database, an older build) can be measured in
// the same run, interleaved, with their own version of the reads.
package bench

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"reflect"
	"slices"
	"strconv"
	"time"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// Options say what to measure.
type Options struct {
	// ServerURL is a postgres:// URL of any database on the PostgreSQL
	// server to make the benchmark's database on.
	ServerURL string
	// Scale is the number of scaled copies of the illustrative data (0 for
	// the plain sample data).
	Scale int
	// Fresh rebuilds the benchmark database even if it exists.
	Fresh bool
	// Clients are the levels of concurrency to measure.
	Clients []int
	// Warmup and Duration are how long each measurement warms up and runs.
	Warmup, Duration time.Duration
	// Rounds repeats the whole matrix, interleaving every server in each
	// round; the summary shows the median round.
	Rounds int
	// Reads names the reads to send; all of WebsiteReads if empty.
	Reads []string
	// Modes are the API configurations to start: "uncached" (the response
	// cache off) and "cached".
	Modes []string
	// Baseline also starts the one-statement server.
	Baseline bool
	// External are servers already running, measured alongside.
	External []External
	// Out receives the results; Log, progress.
	Out, Log io.Writer
}

// External is a server the benchmark does not start.
type External struct {
	Name  string
	URL   string
	Reads []Read
}

// modeEnv is the API's configuration in each mode.
var modeEnv = map[string][]string{
	"uncached": {"RESPONSE_CACHE_BYTES=0"},
	"cached":   {},
}

// row is one measurement.
type row struct {
	read, target string
	clients      int
	result
	statements float64
	hasStmts   bool
}

// Run measures and prints the results.
func Run(ctx context.Context, opts Options) error {
	dbURL, err := prepareDatabase(ctx, opts.ServerURL, opts.Scale, opts.Fresh, opts.Log)
	if err != nil {
		return err
	}
	reads := WebsiteReads
	if len(opts.Reads) > 0 {
		reads = nil
		for _, r := range WebsiteReads {
			if slices.Contains(opts.Reads, r.Name) {
				reads = append(reads, r)
			}
		}
		if len(reads) == 0 {
			return fmt.Errorf("no read is named %q", opts.Reads)
		}
	}
	targets, stop, err := startTargets(ctx, opts, dbURL, reads)
	defer stop()
	if err != nil {
		return err
	}
	client := &http.Client{Transport: &http.Transport{
		MaxIdleConnsPerHost: slices.Max(opts.Clients) + 4,
		DisableCompression:  true,
	}, Timeout: 30 * time.Second}
	if err := sameAnswers(ctx, client, targets, reads); err != nil {
		return err
	}
	var rows []row
	for round := 1; round <= opts.Rounds; round++ {
		for _, rd := range reads {
			for _, n := range opts.Clients {
				for _, t := range targets {
					r, ok := t.reads[rd.Name]
					if !ok {
						continue
					}
					fmt.Fprintf(opts.Log, "round %d: %s, %d clients, %s\n", round, rd.Name, n, t.name)
					res, prefix := drive(ctx, client, t, r.body(), n, opts.Warmup, opts.Duration)
					if res.failure != nil {
						return fmt.Errorf("%s on %s: %w", rd.Name, t.name, res.failure)
					}
					m := row{read: rd.Name, target: t.name, clients: n, result: res}
					if t.statements != nil {
						m.statements, m.hasStmts = t.statements(prefix)
					}
					rows = append(rows, m)
				}
			}
		}
	}
	printRows(opts.Out, median(rows))
	return nil
}

// startTargets starts the API in each mode and the baseline, and adds the
// external servers.
func startTargets(ctx context.Context, opts Options, dbURL string, reads []Read) ([]target, func(), error) {
	var children []*child
	stop := func() {
		for _, c := range children {
			c.stop()
		}
	}
	byName := func(rs []Read) map[string]Read {
		m := map[string]Read{}
		for _, r := range rs {
			m[r.Name] = r
		}
		return m
	}
	var targets []target
	start := func(name string, args, env []string, rs []Read) error {
		addr, err := freeAddr()
		if err != nil {
			return err
		}
		// The benchmark's clients stand for the website's servers, which
		// are trusted clients with no budget to run out of: it measures
		// speed, not the limits (bench -overload measures those).
		env = append([]string{"GOMAXPROCS=1", "DATABASE_URL=" + dbURL, "ADDR=" + addr, "DB_MAX_CONNS=20",
			"MIGRATE_ON_START=false", "LOG_LEVEL=info", "LOG_FORMAT=json",
			"TRUSTED_CLIENTS=127.0.0.1,::1", "RATE_LIMIT_TRUSTED=0"}, env...)
		fmt.Fprintf(opts.Log, "starting %s on %s\n", name, addr)
		c, err := startChild(ctx, args, env, addr)
		if err != nil {
			return err
		}
		children = append(children, c)
		targets = append(targets, target{name: name, url: "http://" + addr + "/graphql", reads: byName(rs),
			statements: func(prefix string) (float64, bool) {
				return c.logs.statements(prefix, 1)
			}, cpu: c.cpu})
		return nil
	}
	for _, mode := range opts.Modes {
		env, ok := modeEnv[mode]
		if !ok {
			return nil, stop, fmt.Errorf("unknown mode %q: use uncached or cached", mode)
		}
		if err := start("api "+mode, []string{"serve"}, env, reads); err != nil {
			return nil, stop, err
		}
	}
	if opts.Baseline {
		if err := start("one-statement", []string{"bench", "-serve-baseline"}, nil, reads); err != nil {
			return nil, stop, err
		}
	}
	for _, e := range opts.External {
		targets = append(targets, target{name: e.Name, url: e.URL, reads: byName(e.Reads)})
	}
	return targets, stop, nil
}

// median keeps, for each read, target and concurrency, the round with the
// median throughput.
func median(rows []row) []row {
	type key struct {
		read, target string
		clients      int
	}
	groups := map[key][]row{}
	var order []key
	for _, r := range rows {
		k := key{r.read, r.target, r.clients}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], r)
	}
	out := make([]row, 0, len(order))
	for _, k := range order {
		g := groups[k]
		slices.SortFunc(g, func(a, b row) int { return cmp.Compare(a.perSecond(), b.perSecond()) })
		out = append(out, g[len(g)/2])
	}
	return out
}

func printRows(w io.Writer, rows []row) {
	fmt.Fprintln(w, "| read | server | clients | req/s | p50 ms | p99 ms | SQL statements/request | server CPU ms/request | PostgreSQL CPU ms/request |")
	fmt.Fprintln(w, "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	for _, r := range rows {
		stmts := "-"
		if r.hasStmts {
			stmts = strconv.FormatFloat(r.statements, 'f', -1, 64)
			if len(stmts) > 5 {
				stmts = fmt.Sprintf("%.2f", r.statements)
			}
		}
		perRequest := func(d time.Duration) time.Duration { return d / time.Duration(max(r.requests, 1)) }
		serverCPU := "-"
		if r.serverCPU > 0 {
			serverCPU = ms(perRequest(r.serverCPU))
		}
		fmt.Fprintf(w, "| %s | %s | %d | %s | %s | %s | %s | %s | %s |\n", r.read, r.target, r.clients,
			thousands(r.perSecond()), ms(r.percentile(0.5)), ms(r.percentile(0.99)), stmts, serverCPU, ms(perRequest(r.postgresCPU)))
	}
}

func ms(d time.Duration) string {
	return strconv.FormatFloat(float64(d.Microseconds())/1000, 'f', 2, 64)
}

// thousands writes a rate with thousands separators.
func thousands(f float64) string { return english.Sprintf("%d", int64(f+0.5)) }

var english = message.NewPrinter(language.English)

// sameAnswers checks that the servers the benchmark started (the API in
// each mode and the one-statement server) answer every read alike, so that
// they are measured doing the same work.
func sameAnswers(ctx context.Context, client *http.Client, targets []target, reads []Read) error {
	for _, rd := range reads {
		var first any
		var firstName string
		for _, t := range targets {
			if t.cpu == nil {
				continue // not started here: its own schema
			}
			got, err := fetch(ctx, client, t.url, rd.body())
			if err != nil {
				return fmt.Errorf("%s on %s: %w", rd.Name, t.name, err)
			}
			if first == nil {
				first, firstName = got, t.name
			} else if !reflect.DeepEqual(first, got) {
				return fmt.Errorf("%s: %s and %s answer differently", rd.Name, firstName, t.name)
			}
		}
	}
	return nil
}

func fetch(ctx context.Context, client *http.Client, url string, body []byte) (any, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := client.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v any
	if err := json.NewDecoder(resp.Body).Decode(&v); err != nil {
		return nil, err
	}
	return v, nil
}
