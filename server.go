// Command scie-learning-api serves the SCIE learning API: the projects,
// resources and events of England's Accelerating Reform Fund, over GraphQL.
//
//	go run .                      serve on :8080 (the default command)
//	go run . migrate up|down|status
//	go run . seed [-scale N]
//
// With no DATABASE_URL it starts a private PostgreSQL server that keeps its
// data between runs, migrates it and loads the sample data on first run.
// Every setting is an environment variable with a matching flag; see
// README.md or `go run . -help`.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"
	"time"

	"learningapi/bench"
	"learningapi/cache"
	"learningapi/graph"
	"learningapi/localdb"
	"learningapi/playground"
	"learningapi/seed"
	"learningapi/store"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Getenv, os.Stdout, os.Stderr); err != nil {
		if !errors.Is(err, flag.ErrHelp) {
			fmt.Fprintln(os.Stderr, "error:", err)
		}
		os.Exit(1)
	}
}

// run is the whole program: main only supplies the process's arguments,
// environment and output.
func run(ctx context.Context, args []string, getenv func(string) string, stdout, stderr io.Writer) error {
	command := "serve"
	if len(args) > 0 && !strings.HasPrefix(args[0], "-") {
		command, args = args[0], args[1:]
	}
	switch command {
	case "serve", "migrate", "seed", "bench":
	case "apikey":
		// apikey create|list|revoke, then its flags.
		if len(args) == 0 || strings.HasPrefix(args[0], "-") {
			return errors.New("usage: apikey create -name NAME -role editor|admin, apikey list, or apikey revoke -name NAME")
		}
		args = append(args[1:], args[0])
	default:
		return fmt.Errorf("unknown command %q: use serve, migrate up|down|status, seed, bench or apikey create|list|revoke", command)
	}
	cfg, rest, err := parseConfig(command, args, getenv, stderr)
	if err != nil {
		return err
	}
	logger, err := newLogger(cfg, stderr)
	if err != nil {
		return err
	}
	if command != "migrate" && command != "apikey" && len(rest) > 0 {
		return fmt.Errorf("unexpected arguments %q: flags go before any other words, e.g. `%s -addr :9090`", rest, command)
	}
	if command == "bench" {
		return runBench(ctx, cfg, logger, stdout, stderr)
	}
	if command != "serve" {
		// STATEMENT_TIMEOUT protects the serving path from one slow read;
		// migrations and bulk loads (seed -scale 1000) run as long as they
		// need.
		cfg.store.StatementTimeout = 0
	}
	if command == "serve" {
		tracing, stopTracing, err := startTracing(ctx, getenv, logger)
		if err != nil {
			return err
		}
		defer stopTracing()
		cfg.handler.TracerProvider = tracing
	}
	db, cleanup, err := openDatabase(ctx, cfg, logger)
	if err != nil {
		return err
	}
	defer cleanup()
	switch command {
	case "migrate":
		return migrate(ctx, db, rest, logger, stdout)
	case "seed":
		return loadSample(ctx, db, cfg.scale, cfg.reload, logger)
	case "apikey":
		return apikey(ctx, db, cfg, rest, logger, stdout)
	}
	return serve(ctx, cfg, db, logger)
}

// openDatabase connects to DATABASE_URL, or starts the private server and
// connects to that. The cleanup closes the pool and stops the server.
func openDatabase(ctx context.Context, cfg *config, logger *slog.Logger) (*store.DB, func(), error) {
	dsn, stopServer, err := databaseURL(cfg, logger)
	if err != nil {
		return nil, nil, err
	}
	db, err := store.Open(ctx, dsn, cfg.store)
	if err != nil {
		stopServer()
		return nil, nil, err
	}
	return db, func() { db.Close(); stopServer() }, nil
}

// databaseURL is DATABASE_URL, or the URL of the private server, started
// for the purpose; stop stops it.
func databaseURL(cfg *config, logger *slog.Logger) (dsn string, stop func(), err error) {
	dsn = cfg.databaseURL
	stopServer := func() {}
	if dsn == "" {
		dir := cfg.dataDir
		if dir == "" {
			var err error
			if dir, err = localdb.DefaultDir(); err != nil {
				return "", nil, err
			}
		}
		started := time.Now()
		srv, err := localdb.Start(localdb.Options{Dir: dir, Port: uint32(cfg.embeddedPort), Database: "learning"})
		if err != nil {
			return "", nil, err
		}
		logger.Info("started private PostgreSQL", "data_dir", dir, "port", cfg.embeddedPort, "binaries", srv.Binaries,
			"duration_ms", time.Since(started).Milliseconds())
		dsn = srv.URL
		stopServer = func() {
			if err := srv.Stop(); err != nil {
				logger.Error("stopping private PostgreSQL", "error", err.Error())
			}
		}
	}
	return dsn, stopServer, nil
}

// apikey makes, lists and revokes API keys. A new key is printed once, on
// standard output; only its hash is kept.
func apikey(ctx context.Context, db *store.DB, cfg *config, args []string, logger *slog.Logger, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("usage: apikey create -name NAME -role editor|admin, apikey list, or apikey revoke -name NAME")
	}
	if _, err := db.Migrate(ctx, logger); err != nil {
		return err
	}
	if (args[0] == "create" || args[0] == "revoke") && cfg.keyName == "" {
		return fmt.Errorf("apikey %s needs -name NAME", args[0])
	}
	switch args[0] {
	case "create":
		role, err := store.ParseRole(cfg.keyRole)
		if err != nil {
			return err
		}
		key, k, err := db.CreateAPIKey(ctx, cfg.keyName, role)
		var conflict *store.ConstraintError
		switch {
		case errors.As(err, &conflict) && errors.Is(err, store.ErrConflict):
			return fmt.Errorf("a live key named %q exists already; revoke it first (apikey revoke -name ...) or choose another name", cfg.keyName)
		case errors.As(err, &conflict):
			return fmt.Errorf("a key's name is 1 to 80 letters, digits, spaces and . _ @ -, starting with a letter or digit (got %q)", cfg.keyName)
		case err != nil:
			return err
		}
		fmt.Fprintf(stdout, "%s\n", key)
		logger.Info("API key created; it is shown once, above", "name", k.Name, "role", string(k.Role), "prefix", k.Prefix)
	case "list":
		keys, err := db.APIKeys(ctx)
		if err != nil {
			return err
		}
		fmt.Fprintln(stdout, "NAME\tROLE\tPREFIX\tCREATED\tLAST USED\tREVOKED")
		for _, k := range keys {
			fmt.Fprintf(stdout, "%s\t%s\t%s…\t%s\t%s\t%s\n", k.Name, k.Role, k.Prefix, k.CreatedAt.UTC().Format(time.RFC3339),
				orDash(k.LastUsedAt), orDash(k.RevokedAt))
		}
	case "revoke":
		k, err := db.RevokeAPIKey(ctx, cfg.keyName)
		if errors.Is(err, store.ErrNoSuchKey) {
			return fmt.Errorf("no live API key is named %q (apikey list shows them)", cfg.keyName)
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "revoked %s (%s…) at %s\n", k.Name, k.Prefix, k.RevokedAt.UTC().Format(time.RFC3339))
	default:
		return fmt.Errorf("unknown apikey command %q: use create, list or revoke", args[0])
	}
	return nil
}

func orDash(t *time.Time) string {
	if t == nil {
		return "-"
	}
	return t.UTC().Format(time.RFC3339)
}

func migrate(ctx context.Context, db *store.DB, args []string, logger *slog.Logger, stdout io.Writer) error {
	if len(args) != 1 {
		return errors.New("usage: migrate up|down|status")
	}
	switch args[0] {
	case "up":
		n, err := db.Migrate(ctx, logger)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "applied %d migrations\n", n)
	case "down":
		v, err := db.MigrateDown(ctx, logger)
		if err != nil {
			return err
		}
		if v == 0 {
			fmt.Fprintln(stdout, "nothing to roll back")
		} else {
			fmt.Fprintf(stdout, "rolled back migration %d\n", v)
		}
	case "status":
		statuses, err := db.MigrationStatuses(ctx)
		if err != nil {
			return err
		}
		for _, s := range statuses {
			state := "pending"
			if s.Applied {
				state = "applied"
			}
			fmt.Fprintf(stdout, "%05d  %-8s %s\n", s.Version, state, s.Name)
		}
	default:
		return fmt.Errorf("unknown migrate command %q: use up, down or status", args[0])
	}
	return nil
}

// loadSample migrates, loads the sample data if it is not there yet, and
// adds scale copies of the illustrative data.
func loadSample(ctx context.Context, db *store.DB, scale int, reload bool, logger *slog.Logger) error {
	if scale < 0 || scale > 1000 {
		return fmt.Errorf("-scale must be between 1 and 1000 (got %d)", scale)
	}
	if _, err := db.Migrate(ctx, logger); err != nil {
		return err
	}
	if reload {
		if err := reloadSample(ctx, db, logger, "asked for with -reload"); err != nil {
			return err
		}
	} else if err := seedIfEmpty(ctx, db, logger, false); err != nil {
		return err
	}
	if scale > 0 {
		started := time.Now()
		if err := seed.Scale(ctx, db.DB, scale); err != nil {
			return err
		}
		logger.Info("added scaled sample data", "scale", scale, "duration_ms", time.Since(started).Milliseconds())
	}
	return nil
}

// seedIfEmpty loads the sample data into an empty database. Where the
// database holds sample data from an older build (migrations correct the
// schema, not the rows), it reloads it if private (the private server only
// ever holds sample data) and otherwise says how to.
func seedIfEmpty(ctx context.Context, db *store.DB, logger *slog.Logger, private bool) error {
	seeded, err := seed.Seeded(ctx, db.DB)
	if err != nil {
		return err
	}
	if !seeded {
		started := time.Now()
		if err := seed.Sample(ctx, db.DB); err != nil {
			return err
		}
		logger.Info("loaded sample data", "version", seed.Version, "duration_ms", time.Since(started).Milliseconds())
		return nil
	}
	return replaceOlderSample(ctx, db, logger, private)
}

// warnOfOlderSample says so when a DATABASE_URL database holds an older
// build's sample data.
func warnOfOlderSample(ctx context.Context, db *store.DB, logger *slog.Logger) error {
	seeded, err := seed.Seeded(ctx, db.DB)
	if err != nil || !seeded {
		return err
	}
	return replaceOlderSample(ctx, db, logger, false)
}

// replaceOlderSample acts on sample data loaded by an older build:
// reloads it when private, and otherwise says how to.
func replaceOlderSample(ctx context.Context, db *store.DB, logger *slog.Logger, private bool) error {
	version, err := seed.SampleVersion(ctx, db.DB)
	if err != nil || version >= seed.Version {
		return err
	}
	if private {
		return reloadSample(ctx, db, logger, "the private database holds an older build's sample data")
	}
	logger.Warn("the database holds data this build's seed did not load: if it is an older build's sample data "+
		"(version 0 means one from before versions were recorded), it has since been corrected, and "+
		"`seed -reload` replaces it, deleting everything else in the database", "version", version, "current", seed.Version)
	return nil
}

func reloadSample(ctx context.Context, db *store.DB, logger *slog.Logger, why string) error {
	started := time.Now()
	if err := seed.Reload(ctx, db.DB); err != nil {
		return err
	}
	logger.Info("reloaded sample data", "why", why, "version", seed.Version, "duration_ms", time.Since(started).Milliseconds())
	return nil
}

func serve(ctx context.Context, cfg *config, db *store.DB, logger *slog.Logger) error {
	if cfg.migrateOnStart {
		n, err := db.Migrate(ctx, logger)
		if err != nil {
			return err
		}
		logger.Info("migrations applied", "count", n)
	}
	if cfg.databaseURL == "" {
		if err := seedIfEmpty(ctx, db, logger, true); err != nil {
			return err
		}
	} else if err := warnOfOlderSample(ctx, db, logger); err != nil {
		// A check, not a condition of serving (the migrations may be
		// pending with MIGRATE_ON_START=false).
		logger.Warn("could not check the sample data's version", "error", err.Error())
	}
	var answers *cache.Cache
	if cfg.cacheBytes > 0 {
		answers = cache.New(cfg.cacheBytes)
		watchCtx, stopWatching := context.WithCancel(context.Background())
		defer stopWatching()
		go db.WatchChanges(watchCtx, answers, 10*time.Second)
	}
	// The query cost model prices scans by the tables' sizes, which grow
	// as content is added.
	if err := db.RefreshTableSizes(ctx); err != nil {
		// Scans are priced at nothing until the next reading succeeds.
		logger.Warn("could not read the tables' sizes", "error", err.Error())
	}
	sizesCtx, stopSizes := context.WithCancel(context.Background())
	defer stopSizes()
	go db.WatchTableSizes(sizesCtx, time.Minute, logger)
	hc := cfg.handler
	hc.Cache, hc.DB, hc.Logger = answers, db, logger
	hc.Admission.Connections = db.Stats().MaxOpenConnections
	hc.Playground = playground.Handler("/graphql")
	hc.Metrics, hc.ServeMetrics = newMetrics(db, answers), cfg.metricsAddr == ""
	h := graph.NewHandler(hc)
	srv := &http.Server{
		Addr:              cfg.addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.handler.RequestTimeout + 5*time.Second,
		IdleTimeout:       120 * time.Second,
		// Requests get their own context, not ctx: SIGTERM must let the
		// requests in flight finish (Shutdown waits for them), not cancel them.
	}
	errc := make(chan error, 2)
	stopMetrics, err := serveMetrics(cfg.metricsAddr, hc.Metrics, logger, errc)
	if err != nil {
		return err
	}
	defer stopMetrics()
	listener, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", cfg.addr, err)
	}
	playgroundAt := "/"
	if !hc.Introspection {
		playgroundAt = "off (introspection is off)"
	}
	logger.Info("serving", "addr", listener.Addr().String(), "graphql", "/graphql", "playground", playgroundAt)
	go func() { errc <- srv.Serve(listener) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	return srv.Shutdown(shutdownCtx)
}

// runBench measures the website's reads (see package bench).
func runBench(ctx context.Context, cfg *config, logger *slog.Logger, stdout, stderr io.Writer) error {
	b := cfg.bench
	if b.scale < 0 || b.scale > 1000 {
		return fmt.Errorf("-scale must be between 0 and 1000 (got %d)", b.scale)
	}
	if b.duration <= 0 || b.warmup < 0 || b.rounds < 1 {
		return fmt.Errorf("-duration must be positive, -warmup not negative and -rounds at least 1")
	}
	for _, mode := range splitList(b.modes) {
		if mode != "uncached" && mode != "cached" {
			return fmt.Errorf("-modes takes uncached and cached (got %q)", mode)
		}
	}
	opts := bench.Options{Scale: b.scale, Fresh: b.fresh, Warmup: b.warmup, Duration: b.duration,
		Rounds: b.rounds, Reads: splitList(b.reads), Modes: splitList(b.modes), Baseline: b.baseline,
		Out: stdout, Log: stderr}
	for _, n := range splitList(b.clients) {
		c, err := strconv.Atoi(n)
		if err != nil || c < 1 {
			return fmt.Errorf("-clients must be whole numbers from 1 (got %q)", n)
		}
		opts.Clients = append(opts.Clients, c)
	}
	for _, spec := range b.compare {
		name, rest, ok := strings.Cut(spec, "=")
		url, file, withFile := strings.Cut(rest, "=")
		if !ok || url == "" {
			return fmt.Errorf("-compare takes name=URL or name=URL=reads.json (got %q)", spec)
		}
		reads := bench.WebsiteReads
		if withFile {
			var err error
			if reads, err = bench.LoadReads(file); err != nil {
				return err
			}
		}
		opts.External = append(opts.External, bench.External{Name: name, URL: url, Reads: reads})
	}
	dsn, stop, err := databaseURL(cfg, logger)
	if err != nil {
		return err
	}
	defer stop()
	if b.serveBaseline {
		return bench.ServeBaseline(ctx, cfg.addr, dsn)
	}
	if b.overload {
		return bench.Overload(ctx, bench.OverloadOptions{ServerURL: dsn, Scale: b.scale, Fresh: b.fresh,
			Duration: b.duration, Out: stdout, Log: stderr})
	}
	opts.ServerURL = dsn
	return bench.Run(ctx, opts)
}

func newLogger(cfg *config, w io.Writer) (*slog.Logger, error) {
	var level slog.Level
	if err := level.UnmarshalText([]byte(cfg.logLevel)); err != nil {
		return nil, fmt.Errorf("LOG_LEVEL must be debug, info, warn or error (got %q)", cfg.logLevel)
	}
	opts := &slog.HandlerOptions{Level: level}
	switch cfg.logFormat {
	case "json":
		return slog.New(slog.NewJSONHandler(w, opts)), nil
	case "text":
		return slog.New(slog.NewTextHandler(w, opts)), nil
	}
	return nil, fmt.Errorf("LOG_FORMAT must be json or text (got %q)", cfg.logFormat)
}
