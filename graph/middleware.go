package graph

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"learningapi/graph/model"
	"learningapi/store"
)

type requestIDKey struct{}

// RequestID returns the ID of the request ctx belongs to, or "-".
func RequestID(ctx context.Context) string {
	if id, ok := ctx.Value(requestIDKey{}).(string); ok {
		return id
	}
	return "-"
}

// validRequestID accepts a caller's X-Request-ID only if it is short and
// plain, so that logs cannot be forged through it.
var validRequestID = regexp.MustCompile(`^[A-Za-z0-9._-]{1,64}$`)

// statusWriter remembers the status code written.
type statusWriter struct {
	http.ResponseWriter
	status int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.status == 0 {
		w.status = http.StatusOK
	}
	return w.ResponseWriter.Write(b)
}

// logRequests gives every request an ID, counts its SQL statements and
// logs one structured line when it ends. A panic outside the GraphQL
// executor becomes a logged 500 with the request ID.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := r.Header.Get("X-Request-ID")
		if !validRequestID.MatchString(id) {
			var b [8]byte
			_, _ = rand.Read(b[:])
			id = hex.EncodeToString(b[:])
		}
		w.Header().Set("X-Request-ID", id)
		counter := &store.Counter{}
		ctx := store.WithCounter(context.WithValue(r.Context(), requestIDKey{}, id), counter)
		sw := &statusWriter{ResponseWriter: w}
		start := time.Now()
		defer func() {
			if p := recover(); p != nil {
				logger.Error("panic in handler", "request_id", id, "panic", fmt.Sprint(p))
				if sw.status == 0 {
					writeError(sw, http.StatusInternalServerError, model.ErrorCodeInternal, "internal error; quote request ID "+id+" when reporting it")
				}
			}
			logger.Info("request", "request_id", id, "method", r.Method, "path", r.URL.Path,
				"status", sw.status, "duration_ms", time.Since(start).Milliseconds(), "sql_statements", counter.Count())
		}()
		next.ServeHTTP(sw, r.WithContext(ctx))
	})
}

// readBody reads a POST body once, refusing it with 413 if it is larger
// than max and with 400 if it is not one JSON value, before anything
// parses it further.
func readBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			next.ServeHTTP(w, r)
			return
		}
		if max > 0 && r.ContentLength > max {
			tooLarge(w, max)
			return
		}
		reader := io.Reader(r.Body)
		if max > 0 {
			reader = io.LimitReader(r.Body, max+1)
		}
		body, err := io.ReadAll(reader)
		if err != nil {
			writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request body could not be read")
			return
		}
		if max > 0 && int64(len(body)) > max {
			tooLarge(w, max)
			return
		}
		if !json.Valid(body) {
			writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the request body is not valid JSON for a GraphQL request")
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, max int64) {
	writeError(w, http.StatusRequestEntityTooLarge, model.ErrorCodeBadRequest,
		fmt.Sprintf("the request body is over the limit of %s bytes", thousands(int(max))))
}

// checkRequest answers what the GraphQL endpoint does not serve before
// gqlgen sees it: methods other than GET, POST and OPTIONS (405), POST
// bodies that are not application/json (415), malformed GET parameters
// (400), and mutations sent with GET (405), including persisted ones
// named only by their hash, as GraphQL over HTTP requires.
func checkRequest(persisted graphql.Cache[string], maxQueryBytes int, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodOptions:
		case http.MethodPost:
			if mediaType, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mediaType != "application/json" {
				writeError(w, http.StatusUnsupportedMediaType, model.ErrorCodeBadRequest, "send the request body as application/json")
				return
			}
		case http.MethodGet:
			params, err := url.ParseQuery(r.URL.RawQuery)
			if err != nil {
				writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the query string could not be read")
				return
			}
			query := params.Get("query")
			if query == "" {
				query = persistedQuery(r.Context(), persisted, params.Get("extensions"))
			}
			// An over-long query is left to the limits, which refuse it
			// without parsing it.
			tooLong := maxQueryBytes > 0 && len(query) > maxQueryBytes
			if !tooLong && isMutation(query, params.Get("operationName")) {
				w.Header().Set("Allow", "POST")
				writeError(w, http.StatusMethodNotAllowed, model.ErrorCodeBadRequest, "mutations must be sent with POST, not GET")
				return
			}
			for _, name := range []string{"variables", "extensions"} {
				var object map[string]any
				if v := params.Get(name); v != "" && json.Unmarshal([]byte(v), &object) != nil {
					writeError(w, http.StatusBadRequest, model.ErrorCodeBadRequest, "the "+name+" parameter must be a JSON object")
					return
				}
			}
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeError(w, http.StatusMethodNotAllowed, model.ErrorCodeBadRequest, "the GraphQL endpoint accepts GET (queries only) and POST")
			return
		}
		next.ServeHTTP(w, r)
	})
}

// persistedQuery returns the stored text of a persisted query named by
// its hash in a GET request's extensions, if the server knows it.
func persistedQuery(ctx context.Context, persisted graphql.Cache[string], extensions string) string {
	var ext struct {
		PersistedQuery struct {
			Sha256Hash string `json:"sha256Hash"`
		} `json:"persistedQuery"`
	}
	if extensions == "" || json.Unmarshal([]byte(extensions), &ext) != nil || ext.PersistedQuery.Sha256Hash == "" {
		return ""
	}
	query, _ := persisted.Get(ctx, ext.PersistedQuery.Sha256Hash)
	return query
}

// isMutation reports whether the operation a GET request would run is a
// mutation or subscription. Unparsable queries are left to the executor,
// which explains what is wrong with them.
func isMutation(query, operationName string) bool {
	if query == "" {
		return false
	}
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		return false
	}
	op := doc.Operations.ForName(operationName)
	if op == nil && len(doc.Operations) == 1 {
		op = doc.Operations[0]
	}
	return op != nil && op.Operation != ast.Query
}

// cacheFor tells caches how long a response may be kept: GET queries that
// succeeded for maxAge, everything else not at all. gqlgen writes each
// response in one Write, so the status is held back until the body shows
// whether the query failed.
func cacheFor(maxAge time.Duration, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet || maxAge <= 0 {
			w.Header().Set("Cache-Control", "no-store")
			next.ServeHTTP(w, r)
			return
		}
		next.ServeHTTP(&cachingWriter{ResponseWriter: w, maxAge: maxAge}, r)
	})
}

type cachingWriter struct {
	http.ResponseWriter
	maxAge time.Duration
	status int // held until the first Write
	sent   bool
}

func (w *cachingWriter) WriteHeader(code int) {
	if w.status == 0 {
		w.status = code
	}
	if code == http.StatusNotModified {
		// The client holds a successful answer; it may keep it as long.
		w.sent = true
		w.keepable()
		w.ResponseWriter.WriteHeader(code)
	}
}

// keepable says a successful answer may be kept for maxAge.
func (w *cachingWriter) keepable() {
	w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(w.maxAge.Seconds())))
	w.Header().Add("Vary", "Accept")
}

func (w *cachingWriter) Write(b []byte) (int, error) {
	if !w.sent {
		w.sent = true
		if w.status == 0 {
			w.status = http.StatusOK
		}
		if w.status == http.StatusOK && !bytes.Contains(b, []byte(`"errors":`)) {
			w.keepable()
		} else {
			w.Header().Set("Cache-Control", "no-store")
		}
		w.ResponseWriter.WriteHeader(w.status)
	}
	return w.ResponseWriter.Write(b)
}

// writeError answers with a GraphQL-shaped error body.
func writeError(w http.ResponseWriter, status int, code model.ErrorCode, message string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": message, "extensions": map[string]any{"code": code}}},
	})
}

// okForJSON answers 200 where gqlgen would answer 422 to a request that
// asked for application/json: GraphQL over HTTP says a well-formed request
// answered in application/json gets 200 even when the operation fails
// validation (its errors are in the body). Requests that accept
// application/graphql-response+json get the 4xx codes that media type
// defines, untouched.
func okForJSON(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		next.ServeHTTP(&jsonStatusWriter{ResponseWriter: w}, r)
	})
}

type jsonStatusWriter struct{ http.ResponseWriter }

func (w *jsonStatusWriter) WriteHeader(code int) {
	if code == http.StatusUnprocessableEntity && w.Header().Get("Content-Type") == "application/json" {
		code = http.StatusOK
	}
	w.ResponseWriter.WriteHeader(code)
}
