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

	"learningapi/cache"
	"learningapi/graph/middleware"
	"learningapi/store"
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
	// Playground serves the in-browser explorer at / and under /playground,
	// when Introspection is on (it needs it, and its examples name fields).
	Playground http.Handler
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
	if cfg.Playground != nil && cfg.Introspection {
		// The page at / and /playground; its assets and examples below
		// /playground/. It needs introspection, and its examples name most
		// fields, so it is not served when introspection is off.
		mux.Handle("GET /{$}", cfg.Playground)
		mux.Handle("GET /playground", cfg.Playground)
		mux.Handle("GET /playground/", cfg.Playground)
	}
	return middleware.Chain(middleware.RequestLog(cfg.Logger), middleware.NoSniff())(mux)
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
	// Limits first, so an over-long query is refused before it is stored
	// as a persisted query.
	srv.Use(limitExtension{cfg.Limits})
	persisted := lru.New[string](1000)
	srv.Use(extension.AutomaticPersistedQuery{Cache: persisted})
	if cfg.RequestTimeout > 0 {
		srv.AroundResponses(deadline(cfg.RequestTimeout))
	}
	srv.AroundResponses(reportSupersededCodes)
	srv.AroundRootFields(resolver.shapeRoot)
	srv.SetErrorPresenter(presentError(cfg.Logger, cfg.Introspection))
	srv.SetRecoverFunc(recoverPanic(cfg.Logger))

	// In the order a request passes through them; gqlgen answers last.
	return middleware.Chain(
		cors.New(cors.Options{
			AllowedOrigins: cfg.AllowedOrigins,
			AllowedMethods: []string{http.MethodGet, http.MethodPost},
			AllowedHeaders: []string{"Content-Type", "Accept", "Authorization", "X-Request-ID"},
			ExposedHeaders: []string{"X-Request-ID"},
			MaxAge:         600,
		}).Handler,
		middleware.CheckRequest(persisted, cfg.Limits.MaxQueryBytes),
		middleware.ReadBody(cfg.MaxBodyBytes),
		middleware.CacheFor(cfg.CacheMaxAge),
		cfg.Cache.Handler,
		middleware.StatementLimit(cfg.StatementsPerRequest),
		middleware.OKForJSON(),
	)(srv)
}

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
