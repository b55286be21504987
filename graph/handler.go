package graph

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/rs/cors"
	"github.com/vektah/gqlparser/v2/ast"
	"go.opentelemetry.io/otel/trace"

	"learningapi/admission"
	"learningapi/cache"
	"learningapi/graph/middleware"
	"learningapi/ratelimit"
	"learningapi/store"
	"learningapi/telemetry"
)

// HandlerConfig is everything the HTTP handler needs.
type HandlerConfig struct {
	DB     *store.DB
	Logger *slog.Logger
	Limits Limits
	// MaxBodyBytes bounds a request body; a larger one is answered 413.
	MaxBodyBytes int64
	// RequestTimeout bounds the time one request may take.
	RequestTimeout time.Duration
	// AllowedOrigins lists the web origins that may call the API from a
	// browser; "*" allows any.
	AllowedOrigins []string
	// CacheMaxAge is how long caches may keep a successful GET query.
	CacheMaxAge time.Duration
	// Introspection lets clients ask for the schema (the playground needs
	// it) and serves it as SDL at /schema.graphql.
	Introspection bool
	// StatementsPerRequest bounds how many SQL statements one request runs
	// at once (its top-level fields are resolved in parallel); zero means
	// no bound.
	StatementsPerRequest int
	// Cache answers public reads from memory; nil caches nothing (answers
	// still carry ETags and tags).
	Cache *cache.Cache
	// ResolversOnly turns off answers shaped whole by PostgreSQL, so that
	// every field goes through its resolver (tests compare the two).
	ResolversOnly bool
	// Admission bounds how many requests use the database at once and how
	// long the rest may wait (see package admission); its Connections are
	// the pool's size. Zero Connections admit every request at once.
	Admission admission.Options
	// RateLimits give each client a budget of query cost.
	RateLimits RateLimits
	// TrustedProxies are the addresses whose X-Forwarded-For names the
	// client; TrustedClients are the clients with the trusted budget.
	TrustedProxies, TrustedClients middleware.Networks
	// MaxResponseBytes bounds an answer's size; zero is no bound.
	MaxResponseBytes int
	// Playground serves the in-browser explorer at / and under /playground,
	// when Introspection is on (it needs it, and its examples name fields).
	Playground http.Handler
	// Metrics counts requests, errors and refusals; nil counts nothing.
	// ServeMetrics also serves them at GET /metrics (off when they have a
	// listener of their own).
	Metrics      *telemetry.Metrics
	ServeMetrics bool
	// TracerProvider traces every request and its SQL statements; nil
	// traces nothing.
	TracerProvider trace.TracerProvider
	// SlowRequest: a request taking longer is logged again at WARN; zero
	// turns that off.
	SlowRequest time.Duration
}

// NewHandler builds the API's HTTP handler. Every route is listed here.
func NewHandler(cfg HandlerConfig) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/graphql", graphqlEndpoint(cfg))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := cfg.DB.Ready(ctx); err != nil {
			cfg.Logger.Warn("not ready", "request_id", middleware.RequestID(r.Context()), "error", err.Error())
			writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "reason": "database unreachable or migrations pending"})
			return
		}
		writeJSON(w, http.StatusOK, map[string]string{"status": "ready"})
	})
	if cfg.Introspection {
		sdl := SchemaSDL()
		mux.HandleFunc("GET /schema.graphql", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/plain; charset=utf-8")
			w.Header().Set("Content-Disposition", `inline; filename="schema.graphql"`)
			w.Header().Set("Cache-Control", "public, max-age=300")
			_, _ = w.Write([]byte(sdl))
		})
	}
	if cfg.Metrics != nil && cfg.ServeMetrics {
		mux.Handle("GET /metrics", cfg.Metrics.Handler())
	}
	if cfg.Playground != nil && cfg.Introspection {
		// The page at / and /playground; its assets and examples below
		// /playground/. It needs introspection, and its examples name most
		// fields, so it is not served when introspection is off.
		mux.Handle("GET /{$}", cfg.Playground)
		mux.Handle("GET /playground", cfg.Playground)
		mux.Handle("GET /playground/", cfg.Playground)
	}
	logOpts := middleware.LogOptions{SlowRequest: cfg.SlowRequest, TracerProvider: cfg.TracerProvider}
	return middleware.Chain(middleware.RequestLog(cfg.Logger, logOpts), middleware.NoSniff())(mux)
}

// graphqlEndpoint is the /graphql route: GET (queries only), POST and
// OPTIONS, as GraphQL over HTTP describes.
func graphqlEndpoint(cfg HandlerConfig) http.Handler {
	resolver := &Resolver{DB: cfg.DB, shaped: !cfg.ResolversOnly, rendered: newRenderedCache()}
	schema := NewExecutableSchema(Config{Resolvers: resolver})
	resolver.schema = schema.(*executableSchema)
	srv := handler.New(schema)
	srv.AddTransport(transport.Options{AllowedMethods: []string{"GET", "POST", "OPTIONS"}})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.SetParserTokenLimit(20_000)
	if cfg.Introspection {
		srv.Use(extension.Introspection{})
	} else {
		// Validation errors would otherwise name real fields, arguments
		// and values ("Did you mean ...?"), telling the schema anyway.
		srv.SetDisableSuggestion(true)
	}
	srv.Use(operationName{})
	// Limits first, so an over-long query is refused before it is stored
	// as a persisted query.
	srv.Use(limitExtension{Limits: cfg.Limits, rows: cfg.DB.TableRows, metrics: cfg.Metrics})
	persisted := lru.New[string](1000)
	srv.Use(extension.AutomaticPersistedQuery{Cache: persisted})
	// The deadline covers the wait for database connections too.
	if cfg.RequestTimeout > 0 {
		srv.AroundResponses(deadline(cfg.RequestTimeout))
	}
	srv.Use(newProtection(cfg))
	srv.AroundResponses(reportSupersededCodes)
	srv.AroundRootFields(resolver.shapeRoot)
	srv.SetErrorPresenter(countErrors(cfg.Metrics, presentError(cfg.Logger, cfg.Introspection)))
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))

	// In the order a request passes through them; gqlgen answers last.
	return middleware.Chain(
		middleware.Measure(cfg.Metrics),
		cors.New(cors.Options{
			AllowedOrigins: cfg.AllowedOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodPost},
			AllowedHeaders: []string{"Content-Type", "Accept", "Authorization", "X-Request-ID"},
			ExposedHeaders: []string{"X-Request-ID"},
			MaxAge:         600,
		}).Handler,
		middleware.ClientAddress(cfg.TrustedProxies, cfg.TrustedClients),
		middleware.CheckRequest(persisted, cfg.Limits.MaxQueryBytes),
		middleware.ReadBody(cfg.MaxBodyBytes, cfg.Metrics),
		middleware.Authenticate(cfg.DB, cfg.Logger, &ratelimit.Memory{}, keyFailures),
		middleware.CacheFor(cfg.CacheMaxAge),
		cfg.Cache.Handler,
		middleware.OKForJSON(),
	)(srv)
}

// keyFailures is how many requests with a key that is not valid one
// client may send before it must wait: enough for a person fixing a typo.
var keyFailures = ratelimit.Policy{Name: "key-failures", Budget: 10, Window: time.Minute}

// deadline bounds the time an operation's resolvers may take; the
// database stops their statements when it passes, and they answer TIMEOUT.
// It wraps execution rather than the whole request, so a late deadline
// never turns into an empty response.
func deadline(d time.Duration) graphql.ResponseMiddleware {
	return func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return next(ctx)
	}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(v)
}
