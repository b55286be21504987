package main

import (
	"flag"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"learningapi/graph"
	"learningapi/graph/middleware"
	"learningapi/store"
)

// config is every setting, read from flags and, for a flag not given, its
// environment variable. The handler's and the store's settings go straight
// into their own configuration.
type config struct {
	addr            string
	databaseURL     string
	dataDir         string
	embeddedPort    uint
	migrateOnStart  bool
	logLevel        string
	logFormat       string
	cacheBytes      int64
	shutdownTimeout time.Duration
	metricsAddr     string
	handler         graph.HandlerConfig
	store           store.Options
	scale           int
	reload          bool
	keyName         string
	keyRole         string
	bench           benchConfig
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
	overload      bool
}

// settings declares every setting all commands share, each once: its flag,
// its environment variable, where its value goes with its default, and its
// help. A new setting is a line here and a row in README.md's
// configuration table (TestREADMEListsEverySetting holds them together).
func (c *config) settings() []setting {
	h, db := &c.handler, &c.store
	return []setting{
		{"addr", "ADDR", def(&c.addr, ":8080"), "address to listen on"},
		{"database-url", "DATABASE_URL", def(&c.databaseURL, ""), "PostgreSQL URL; empty starts a private server"},
		{"data-dir", "DATA_DIR", def(&c.dataDir, ""), "where the private server keeps its data"},
		{"embedded-pg-port", "EMBEDDED_PG_PORT", def(&c.embeddedPort, 54329), "port of the private server"},
		{"migrate-on-start", "MIGRATE_ON_START", def(&c.migrateOnStart, true), "apply pending migrations when serving"},
		{"cors-allowed-origins", "CORS_ALLOWED_ORIGINS", list(&h.AllowedOrigins, "*"), "comma-separated browser `origins` allowed to call the API, or *"},
		{"log-level", "LOG_LEVEL", def(&c.logLevel, "info"), "debug, info, warn or error"},
		{"log-format", "LOG_FORMAT", def(&c.logFormat, "json"), "json or text"},
		{"max-body-bytes", "MAX_BODY_BYTES", def(&h.MaxBodyBytes, 1<<20), "largest request body accepted"},
		{"max-query-bytes", "MAX_QUERY_BYTES", def(&h.Limits.MaxQueryBytes, 20_000), "longest query text accepted"},
		{"max-depth", "MAX_DEPTH", def(&h.Limits.MaxDepth, 12), "deepest field nesting accepted"},
		{"max-aliases", "MAX_ALIASES", def(&h.Limits.MaxAliases, 30), "most aliases in one operation"},
		{"max-cost", "MAX_COST", def(&h.Limits.MaxCost, 25_000), "highest operation cost accepted"},
		{"request-timeout", "REQUEST_TIMEOUT", def(&h.RequestTimeout, 10*time.Second), "longest time one request may take"},
		{"statement-timeout", "STATEMENT_TIMEOUT", def(&db.StatementTimeout, 5*time.Second), "longest time one SQL statement may take"},
		{"db-max-conns", "DB_MAX_CONNS", def(&db.MaxOpenConns, 20), "most open database connections"},
		{"cache-max-age", "CACHE_MAX_AGE", def(&h.CacheMaxAge, 60*time.Second), "how long caches may keep a successful GET query; 0 disables"},
		{"db-statements-per-request", "DB_STATEMENTS_PER_REQUEST", atLeast(0, &h.StatementsPerRequest, 4), "most SQL statements one request runs at once"},
		{"db-queue", "DB_QUEUE", atLeast(0, &h.Admission.Queue, 100), "most requests waiting for database connections; one more is refused with 503"},
		{"db-queue-wait", "DB_QUEUE_WAIT", def(&h.Admission.Wait, 2*time.Second), "longest wait for database connections before a 503"},
		{"db-client-conns", "DB_CLIENT_CONNS", atLeast(1, &h.Admission.PerClient, 5), "most database connections one client's requests hold at once (trusted clients: all)"},
		{"rate-limit", "RATE_LIMIT", atLeast(0, &h.RateLimits.Budget, 60_000), "query cost one client may spend per minute; 0 turns the limit off"},
		{"rate-limit-trusted", "RATE_LIMIT_TRUSTED", atLeast(0, &h.RateLimits.TrustedBudget, 6_000_000), "query cost a trusted client may spend per minute; 0 turns the limit off"},
		{"trusted-proxies", "TRUSTED_PROXIES", value{p: &h.TrustedProxies}, "comma-separated `addresses` or CIDR ranges of the proxies whose X-Forwarded-For names the client"},
		{"trusted-clients", "TRUSTED_CLIENTS", value{p: &h.TrustedClients}, "comma-separated `addresses` or CIDR ranges of trusted clients (the website's servers), with their own budget"},
		{"max-response-bytes", "MAX_RESPONSE_BYTES", atLeast(0, &h.MaxResponseBytes, 4<<20), "largest answer sent; 0 is no bound"},
		{"response-cache-bytes", "RESPONSE_CACHE_BYTES", atLeast(0, &c.cacheBytes, 64<<20), "memory for cached answers to public reads; 0 turns the cache off"},
		{"db-prepared-statements", "DB_PREPARED_STATEMENTS", atLeast(0, &db.PreparedStatements, 500), "how many distinct read statements to keep prepared on each connection; 0 prepares none"},
		{"introspection", "INTROSPECTION", def(&h.Introspection, true), "allow schema introspection"},
		{"shutdown-timeout", "SHUTDOWN_TIMEOUT", def(&c.shutdownTimeout, 15*time.Second), "how long to let requests finish on shutdown"},
		{"metrics-addr", "METRICS_ADDR", def(&c.metricsAddr, ""), "address of a separate listener for /metrics; empty serves them on ADDR"},
		{"slow-request", "SLOW_REQUEST", def(&h.SlowRequest, time.Second), "log requests that take longer again, at WARN; 0 turns it off"},
	}
}

// commandSettings declares the flags of one command only. They have no
// environment variable: they describe one run, not a deployment.
func (c *config) commandSettings(command string) []setting {
	switch command {
	case "seed":
		return []setting{
			{"scale", "", def(&c.scale, 0), "also add N scaled copies of the illustrative data, 1 to 1000"},
			{"reload", "", def(&c.reload, false), "delete every row in the database and load this build's sample data again"},
		}
	case "apikey":
		return []setting{
			{"name", "", def(&c.keyName, ""), "the key's name: who or what uses it (create, revoke)"},
			{"role", "", def(&c.keyRole, "editor"), "editor or admin (create)"},
		}
	case "bench":
		b := &c.bench
		return []setting{
			{"scale", "", def(&b.scale, 100), "scaled copies of the illustrative data in the benchmark's database, 0 to 1000"},
			{"clients", "", def(&b.clients, "1,16"), "comma-separated numbers of concurrent clients"},
			{"duration", "", def(&b.duration, 5*time.Second), "how long each measurement runs"},
			{"warmup", "", def(&b.warmup, time.Second), "how long each measurement warms up first"},
			{"rounds", "", def(&b.rounds, 1), "how many times to repeat the whole run, interleaved; the median is shown"},
			{"reads", "", def(&b.reads, ""), "comma-separated names of the reads to send (default: all)"},
			{"modes", "", def(&b.modes, "uncached,cached"), "API configurations to measure: uncached, cached"},
			{"baseline", "", def(&b.baseline, false), "also measure the one-statement server, the yardstick"},
			{"fresh", "", def(&b.fresh, false), "rebuild the benchmark's database"},
			{"compare", "", value{p: &b.compare}, "also measure a running server: name=URL, or name=URL=reads.json for another schema (may be repeated)"},
			{"serve-baseline", "", def(&b.serveBaseline, false), "serve the one-statement server on ADDR (the benchmark starts it so)"},
			{"overload", "", def(&b.overload, false), "instead of the reads, measure overload (goodput at 10x what the pool serves) and the expensive-alias attack"},
		}
	}
	return nil
}

// setting is one setting: a flag, the environment variable read when the
// flag is not given (none for a command's own flags), where the value goes
// with its default, and the help shown by -help.
type setting struct {
	flag, env string
	value     value
	help      string
}

// value is where a setting's value goes, holding its default until the
// flags and the environment are read, and any rule the value must keep.
type value struct {
	p     any          // *string, *bool, *int, *int64, *uint, *time.Duration or a flag.Value
	check func() error // nil, or whether the value keeps the rule
}

// def is a setting of a type the flag package knows, with its default.
func def[T string | bool | int | int64 | uint | time.Duration](p *T, d T) value {
	*p = d
	return value{p: p}
}

// atLeast is a whole-number setting that may not be below least. Only
// settings with an environment variable take a rule (errors name it).
func atLeast[T int | int64](least T, p *T, d T) value {
	v := def(p, d)
	v.check = func() error {
		if *p < least {
			return fmt.Errorf("must be %d or more (got %d)", least, *p)
		}
		return nil
	}
	return v
}

// list is a comma-separated list setting.
func list(p *[]string, d ...string) value {
	*p = d
	return value{p: (*commaList)(p)}
}

// declare adds the setting's flag to fs; the flag package's own types show
// their type and default in -help.
func (v value) declare(fs *flag.FlagSet, name, usage string) {
	switch p := v.p.(type) {
	case *string:
		fs.StringVar(p, name, *p, usage)
	case *bool:
		fs.BoolVar(p, name, *p, usage)
	case *int:
		fs.IntVar(p, name, *p, usage)
	case *int64:
		fs.Int64Var(p, name, *p, usage)
	case *uint:
		fs.UintVar(p, name, *p, usage)
	case *time.Duration:
		fs.DurationVar(p, name, *p, usage)
	case flag.Value:
		fs.Var(p, name, usage)
	default:
		panic(fmt.Sprintf("setting -%s: unsupported type %T", name, v.p))
	}
}

// want says what a value the setting takes looks like, for errors.
func (v value) want() string {
	switch v.p.(type) {
	case *bool:
		return "true or false"
	case *time.Duration:
		return "a duration such as 10s or 1m"
	case *middleware.Networks:
		return "a comma-separated list of addresses or CIDR ranges such as 10.0.0.0/8"
	}
	return "a whole number"
}

// canonical checks an environment variable's text and writes it as the
// flag package reads it. Whole numbers are decimal, as people write them:
// the flag package would read 010 as octal 8 and accept 0x10.
func (v value) canonical(text string) (string, error) {
	switch v.p.(type) {
	case *int, *int64:
		n, err := strconv.ParseInt(text, 10, 64)
		return strconv.FormatInt(n, 10), err
	case *uint:
		n, err := strconv.ParseUint(text, 10, 64)
		return strconv.FormatUint(n, 10), err
	case *bool:
		b, err := strconv.ParseBool(text)
		return strconv.FormatBool(b), err
	case *time.Duration:
		_, err := time.ParseDuration(text)
		return text, err
	}
	return text, nil
}

// declareSettings makes the flag set of one command, holding every shared
// setting and the command's own flags, with their defaults in c.
func declareSettings(command string, c *config) (*flag.FlagSet, []setting) {
	fs := flag.NewFlagSet(command, flag.ContinueOnError)
	all := append(c.settings(), c.commandSettings(command)...)
	for _, s := range all {
		usage := s.help
		if s.env != "" {
			usage += " (" + s.env + ")"
		}
		s.value.declare(fs, s.flag, usage)
	}
	return fs, all
}

// parseConfig reads the flags of one command, then for every flag not given
// the environment variable of its setting, if set; then checks the rules
// settings declare.
func parseConfig(command string, args []string, getenv func(string) string, stderr io.Writer) (*config, []string, error) {
	c := &config{}
	fs, all := declareSettings(command, c)
	fs.SetOutput(stderr)
	if err := fs.Parse(args); err != nil {
		return nil, nil, err
	}
	given := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { given[f.Name] = true })
	for _, s := range all {
		v := ""
		if s.env != "" {
			v = getenv(s.env)
		}
		if v == "" {
			continue
		}
		// A malformed variable is an error even when its flag wins: it is
		// wrong wherever the deployment runs without the flag.
		v, err := s.value.canonical(v)
		if err != nil || (!given[s.flag] && fs.Set(s.flag, v) != nil) {
			return nil, nil, fmt.Errorf("%s must be %s (got %q)", s.env, s.value.want(), getenv(s.env))
		}
	}
	for _, s := range all {
		if s.value.check == nil {
			continue
		}
		if err := s.value.check(); err != nil {
			return nil, nil, fmt.Errorf("%s %w", s.env, err)
		}
	}
	return c, fs.Args(), nil
}

// commaList is a flag holding a comma-separated list; setting it replaces
// the list.
type commaList []string

func (l *commaList) String() string     { return strings.Join(*l, ",") }
func (l *commaList) Set(v string) error { *l = splitList(v); return nil }

// listFlag is a flag that may be given several times.
type listFlag []string

func (l *listFlag) String() string     { return strings.Join(*l, " ") }
func (l *listFlag) Set(v string) error { *l = append(*l, v); return nil }

func splitList(s string) []string {
	var out []string
	for _, part := range strings.Split(s, ",") {
		if part = strings.TrimSpace(part); part != "" {
			out = append(out, part)
		}
	}
	return out
}
