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
	"net/http"
	"regexp"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

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
					writeError(sw, http.StatusInternalServerError, CodeInternal, "internal error; quote request ID "+id+" when reporting it")
				}
			}
			logger.Info("request", "request_id", id, "method", r.Method, "path", r.URL.Path,
				"status", sw.status, "duration_ms", time.Since(start).Milliseconds(), "sql_statements", counter.Count())
		}()
		next.ServeHTTP(sw, r.WithContext(ctx))
	})
}

// withDeadline bounds the time one request may take; the database stops
// its statements when the context ends.
func withDeadline(d time.Duration, next http.Handler) http.Handler {
	if d <= 0 {
		return next
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), d)
		defer cancel()
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// limitBody refuses a body larger than max with 413, before it is parsed.
func limitBody(max int64, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Body == nil || max <= 0 {
			next.ServeHTTP(w, r)
			return
		}
		if r.ContentLength > max {
			tooLarge(w, max)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, max+1))
		if err != nil {
			writeError(w, http.StatusBadRequest, CodeBadRequest, "the request body could not be read")
			return
		}
		if int64(len(body)) > max {
			tooLarge(w, max)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		next.ServeHTTP(w, r)
	})
}

func tooLarge(w http.ResponseWriter, max int64) {
	writeError(w, http.StatusRequestEntityTooLarge, CodeBadRequest,
		fmt.Sprintf("the request body is over the limit of %s bytes", thousands(int(max))))
}

// allowMethods answers 405 to methods the GraphQL endpoint does not serve,
// and to mutations sent with GET, as GraphQL over HTTP requires.
func allowMethods(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.Method {
		case http.MethodPost, http.MethodOptions:
		case http.MethodGet:
			if isMutation(r.URL.Query().Get("query"), r.URL.Query().Get("operationName")) {
				w.Header().Set("Allow", "POST")
				writeError(w, http.StatusMethodNotAllowed, CodeBadRequest, "mutations must be sent with POST, not GET")
				return
			}
		default:
			w.Header().Set("Allow", "GET, POST, OPTIONS")
			writeError(w, http.StatusMethodNotAllowed, CodeBadRequest, "the GraphQL endpoint accepts GET (queries only) and POST")
			return
		}
		next.ServeHTTP(w, r)
	})
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
// response in one Write, so the body can be checked for errors there.
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
	maxAge  time.Duration
	decided bool
	status  int
}

func (w *cachingWriter) WriteHeader(code int) {
	w.status = code
	if code != http.StatusOK {
		w.decide(false)
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *cachingWriter) Write(b []byte) (int, error) {
	w.decide(!bytes.Contains(b, []byte(`"errors":`)))
	return w.ResponseWriter.Write(b)
}

func (w *cachingWriter) decide(cacheable bool) {
	if w.decided {
		return
	}
	w.decided = true
	if cacheable {
		w.Header().Set("Cache-Control", fmt.Sprintf("public, max-age=%d", int(w.maxAge.Seconds())))
		w.Header().Add("Vary", "Accept")
	} else {
		w.Header().Set("Cache-Control", "no-store")
	}
}

// writeError answers with a GraphQL-shaped error body.
func writeError(w http.ResponseWriter, status int, code, message string) {
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
