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

// config is every setting, read from flags that default to the
// environment.
type config struct {
	addr             string
	databaseURL      string
	dataDir          string
	embeddedPort     uint
	migrateOnStart   bool
	allowedOrigins   string
	logLevel         string
	logFormat        string
	maxBodyBytes     int64
	maxQueryBytes    int
	maxDepth         int
	maxAliases       int
	maxCost          int
	requestTimeout   time.Duration
	statementTimeout time.Duration
	dbMaxConns       int
	cacheMaxAge      time.Duration
	stmtsPerRequest  int
	cacheBytes       int64
	preparedStmts    int
	introspection    bool
	shutdownTimeout  time.Duration
	scale            int
	bench            benchConfig
}

// benchConfig is the bench command's own flags.
type benchConfig struct {
	scale         int
	clients       string
	duration      time.Duration
	warmup        time.Duration
	rounds        int
	reads         string
	modes         string
	baseline      bool
	fresh         bool
	compare       listFlag
	serveBaseline bool
}

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, " ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

// parseConfig reads the flags of one command; each flag's default comes
// from its environment variable.
func parseConfig(name string, args []string, getenv func(string) string, stderr io.Writer) (*config, []string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	env := envReader{getenv: getenv}
	c := &config{}
	fs.StringVar(&c.addr, "addr", env.str("ADDR", ":8080"), "address to listen on (ADDR)")
	fs.StringVar(&c.databaseURL, "database-url", env.str("DATABASE_URL", ""), "PostgreSQL URL; empty starts a private server (DATABASE_URL)")
	fs.StringVar(&c.dataDir, "data-dir", env.str("DATA_DIR", ""), "where the private server keeps its data (DATA_DIR)")
	fs.UintVar(&c.embeddedPort, "embedded-pg-port", uint(env.int("EMBEDDED_PG_PORT", 54329)), "port of the private server (EMBEDDED_PG_PORT)")
	fs.BoolVar(&c.migrateOnStart, "migrate-on-start", env.bool("MIGRATE_ON_START", true), "apply pending migrations when serving (MIGRATE_ON_START)")
	fs.StringVar(&c.allowedOrigins, "cors-allowed-origins", env.str("CORS_ALLOWED_ORIGINS", "*"), "comma-separated browser origins allowed to call the API, or * (CORS_ALLOWED_ORIGINS)")
	fs.StringVar(&c.logLevel, "log-level", env.str("LOG_LEVEL", "info"), "debug, info, warn or error (LOG_LEVEL)")
	fs.StringVar(&c.logFormat, "log-format", env.str("LOG_FORMAT", "json"), "json or text (LOG_FORMAT)")
	fs.Int64Var(&c.maxBodyBytes, "max-body-bytes", int64(env.int("MAX_BODY_BYTES", 1<<20)), "largest request body accepted (MAX_BODY_BYTES)")
	fs.IntVar(&c.maxQueryBytes, "max-query-bytes", env.int("MAX_QUERY_BYTES", 20_000), "longest query text accepted (MAX_QUERY_BYTES)")
	fs.IntVar(&c.maxDepth, "max-depth", env.int("MAX_DEPTH", 12), "deepest field nesting accepted (MAX_DEPTH)")
	fs.IntVar(&c.maxAliases, "max-aliases", env.int("MAX_ALIASES", 30), "most aliases in one operation (MAX_ALIASES)")
	fs.IntVar(&c.maxCost, "max-cost", env.int("MAX_COST", 25_000), "highest operation cost accepted (MAX_COST)")
	fs.DurationVar(&c.requestTimeout, "request-timeout", env.duration("REQUEST_TIMEOUT", 10*time.Second), "longest time one request may take (REQUEST_TIMEOUT)")
	fs.DurationVar(&c.statementTimeout, "statement-timeout", env.duration("STATEMENT_TIMEOUT", 5*time.Second), "longest time one SQL statement may take (STATEMENT_TIMEOUT)")
	fs.IntVar(&c.dbMaxConns, "db-max-conns", env.int("DB_MAX_CONNS", 20), "most open database connections (DB_MAX_CONNS)")
	fs.DurationVar(&c.cacheMaxAge, "cache-max-age", env.duration("CACHE_MAX_AGE", 60*time.Second), "how long caches may keep a successful GET query; 0 disables (CACHE_MAX_AGE)")
	fs.IntVar(&c.stmtsPerRequest, "db-statements-per-request", env.int("DB_STATEMENTS_PER_REQUEST", 4), "most SQL statements one request runs at once (DB_STATEMENTS_PER_REQUEST)")
	fs.Int64Var(&c.cacheBytes, "response-cache-bytes", int64(env.int("RESPONSE_CACHE_BYTES", 64<<20)), "memory for cached answers to public reads; 0 turns the cache off (RESPONSE_CACHE_BYTES)")
	fs.IntVar(&c.preparedStmts, "db-prepared-statements", env.int("DB_PREPARED_STATEMENTS", 500), "how many distinct read statements to keep prepared on each connection; 0 prepares none (DB_PREPARED_STATEMENTS)")
	fs.BoolVar(&c.introspection, "introspection", env.bool("INTROSPECTION", true), "allow schema introspection (INTROSPECTION)")
	fs.DurationVar(&c.shutdownTimeout, "shutdown-timeout", env.duration("SHUTDOWN_TIMEOUT", 15*time.Second), "how long to let requests finish on shutdown (SHUTDOWN_TIMEOUT)")
	switch name {
	case "seed":
		fs.IntVar(&c.scale, "scale", 0, "also add N scaled copies of the illustrative data, 1 to 1000")
	case "bench":
		b := &c.bench
		fs.IntVar(&b.scale, "scale", 100, "scaled copies of the illustrative data in the benchmark's database, 0 to 1000")
		fs.StringVar(&b.clients, "clients", "1,16", "comma-separated numbers of concurrent clients")
		fs.DurationVar(&b.duration, "duration", 5*time.Second, "how long each measurement runs")
		fs.DurationVar(&b.warmup, "warmup", time.Second, "how long each measurement warms up first")
		fs.IntVar(&b.rounds, "rounds", 1, "how many times to repeat the whole run, interleaved; the median is shown")
		fs.StringVar(&b.reads, "reads", "", "comma-separated names of the reads to send (default: all)")
		fs.StringVar(&b.modes, "modes", "uncached,cached", "API configurations to measure: uncached, cached")
		fs.BoolVar(&b.baseline, "baseline", false, "also measure the one-statement server, the yardstick")
		fs.BoolVar(&b.fresh, "fresh", false, "rebuild the benchmark's database")
		fs.Var(&b.compare, "compare", "also measure a running server: name=URL, or name=URL=reads.json for another schema (may be repeated)")
		fs.BoolVar(&b.serveBaseline, "serve-baseline", false, "serve the one-statement server on ADDR (the benchmark starts it so)")
	}
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	if env.err != nil {
		return nil, nil, env.err
	}
	for name, n := range map[string]int64{"RESPONSE_CACHE_BYTES": c.cacheBytes,
		"DB_PREPARED_STATEMENTS": int64(c.preparedStmts), "DB_STATEMENTS_PER_REQUEST": int64(c.stmtsPerRequest)} {
		if n < 0 {
			return nil, nil, fmt.Errorf("%s must be 0 or more (got %d)", name, n)
		}
	}
	return c, fs.Args(), nil
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
	default:
		return fmt.Errorf("unknown command %q: use serve, migrate up|down|status, seed or bench", command)
	}
	cfg, rest, err := parseConfig(command, args, getenv, stderr)
	if err != nil {
		return err
	}
	logger, err := newLogger(cfg, stderr)
	if err != nil {
		return err
	}
	if command != "migrate" && len(rest) > 0 {
		return fmt.Errorf("unexpected arguments %q: flags go before any other words, e.g. `%s -addr :9090`", rest, command)
	}
	if command == "bench" {
		return runBench(ctx, cfg, logger, stdout, stderr)
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
		return loadSample(ctx, db, cfg.scale, logger)
	}
	return serve(ctx, cfg, db, logger)
}

// openDatabase connects to DATABASE_URL, or starts the private server and
// connects to that. The cleanup closes the pool and stops the server.
func openDatabase(ctx context.Context, cfg *config, logger *slog.Logger) (*store.DB, func(), error) {
	opts := store.Options{StatementTimeout: cfg.statementTimeout, MaxOpenConns: cfg.dbMaxConns, PreparedStatements: cfg.preparedStmts}
	dsn, stopServer, err := databaseURL(cfg, logger)
	if err != nil {
		return nil, nil, err
	}
	db, err := store.Open(ctx, dsn, opts)
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
func loadSample(ctx context.Context, db *store.DB, scale int, logger *slog.Logger) error {
	if scale < 0 || scale > 1000 {
		return fmt.Errorf("-scale must be between 1 and 1000 (got %d)", scale)
	}
	if _, err := db.Migrate(ctx, logger); err != nil {
		return err
	}
	if err := seedIfEmpty(ctx, db, logger); err != nil {
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

func seedIfEmpty(ctx context.Context, db *store.DB, logger *slog.Logger) error {
	seeded, err := seed.Seeded(ctx, db.DB)
	if err != nil || seeded {
		return err
	}
	started := time.Now()
	if err := seed.Sample(ctx, db.DB); err != nil {
		return err
	}
	logger.Info("loaded sample data", "duration_ms", time.Since(started).Milliseconds())
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
		if err := seedIfEmpty(ctx, db, logger); err != nil {
			return err
		}
	}
	var answers *cache.Cache
	if cfg.cacheBytes > 0 {
		answers = cache.New(cfg.cacheBytes)
		watchCtx, stopWatching := context.WithCancel(context.Background())
		defer stopWatching()
		go db.WatchChanges(watchCtx, answers, 10*time.Second)
	}
	h := graph.NewHandler(graph.HandlerConfig{
		Cache:  answers,
		DB:     db,
		Logger: logger,
		Limits: graph.Limits{
			MaxQueryBytes: cfg.maxQueryBytes,
			MaxDepth:      cfg.maxDepth,
			MaxAliases:    cfg.maxAliases,
			MaxCost:       cfg.maxCost,
		},
		MaxBodyBytes:         cfg.maxBodyBytes,
		RequestTimeout:       cfg.requestTimeout,
		AllowedOrigins:       splitList(cfg.allowedOrigins),
		CacheMaxAge:          cfg.cacheMaxAge,
		StatementsPerRequest: cfg.stmtsPerRequest,
		Introspection:        cfg.introspection,
		Playground:           playground.Handler("/graphql"),
	})
	srv := &http.Server{
		Addr:              cfg.addr,
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       30 * time.Second,
		WriteTimeout:      cfg.requestTimeout + 5*time.Second,
		IdleTimeout:       120 * time.Second,
		// Requests get their own context, not ctx: SIGTERM must let the
		// requests in flight finish (Shutdown waits for them), not cancel them.
	}
	listener, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		return fmt.Errorf("cannot listen on %s: %w", cfg.addr, err)
	}
	logger.Info("serving", "addr", listener.Addr().String(), "graphql", "/graphql", "playground", "/")
	errc := make(chan error, 1)
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

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}

// envReader reads typed defaults from the environment, keeping the first
// malformed value as an error.
type envReader struct {
	getenv func(string) string
	err    error
}

func (e *envReader) str(key, def string) string {
	if v := e.getenv(key); v != "" {
		return v
	}
	return def
}

func (e *envReader) int(key string, def int) int {
	v := e.getenv(key)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s must be a whole number (got %q)", key, v)
	}
	return n
}

func (e *envReader) bool(key string, def bool) bool {
	v := e.getenv(key)
	if v == "" {
		return def
	}
	b, err := strconv.ParseBool(v)
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s must be true or false (got %q)", key, v)
	}
	return b
}

func (e *envReader) duration(key string, def time.Duration) time.Duration {
	v := e.getenv(key)
	if v == "" {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil && e.err == nil {
		e.err = fmt.Errorf("%s must be a duration such as 10s or 1m (got %q)", key, v)
	}
	return d
}
