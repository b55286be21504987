package cache

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"strings"

	lru "github.com/hashicorp/golang-lru/v2"

	"learningapi/read"
	"learningapi/telemetry"
)

// Handler serves GraphQL reads over HTTP through the cache. It answers a
// request from the cache when it can; otherwise it lets next answer,
// collecting what the answer was read from, and stores the answer if it is
// a successful public read. Every such answer carries an ETag (a request
// whose If-None-Match matches is answered 304) and its tags, in
// Surrogate-Key (space-separated) and Cache-Tag (comma-separated), so that a
// CDN in front can purge by the same tags. X-Cache says HIT or MISS.
//
// A nil cache still adds ETags and tags, and stores nothing.
//
// Only anonymous queries are cached: a request with an Authorization header,
// a mutation, or an answer with errors passes straight through.
func (c *Cache) Handler(next http.Handler) http.Handler {
	keys := newKeyMemo()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key, ok := requestKey(r, keys)
		if !ok {
			next.ServeHTTP(w, r)
			return
		}
		if c != nil {
			if e, hit := c.Get(key); hit {
				telemetry.RequestOf(r.Context()).SetOperation(e.Operation)
				w.Header().Set("X-Cache", "HIT")
				serve(w, r, e)
				return
			}
		}
		var began uint64
		if c != nil {
			began = c.Begin()
		}
		ctx, tags := read.WithTags(r.Context())
		rec := &recorder{header: w.Header()}
		next.ServeHTTP(rec, r.WithContext(ctx))
		if !rec.succeeded() {
			rec.replay(w)
			return
		}
		e := &Entry{Body: rec.body.Bytes(), ContentType: w.Header().Get("Content-Type"), ETag: etag(rec.body.Bytes()), Tags: tags.List(),
			Operation: telemetry.RequestOf(ctx).Operation()}
		if c != nil {
			c.Put(key, e, began)
			w.Header().Set("X-Cache", "MISS")
		}
		serve(w, r, e)
	})
}

// serve answers with an entry, or 304 if the client has it already.
func serve(w http.ResponseWriter, r *http.Request, e *Entry) {
	h := w.Header()
	h.Set("ETag", e.ETag)
	if len(e.Tags) > 0 {
		h.Set("Surrogate-Key", strings.Join(e.Tags, " "))
		h.Set("Cache-Tag", strings.Join(e.Tags, ","))
	}
	if matches(r.Header.Get("If-None-Match"), e.ETag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	h.Set("Content-Type", e.ContentType)
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(e.Body)
}

// matches reports whether an If-None-Match header names the ETag.
func matches(header, tag string) bool {
	for _, candidate := range strings.Split(header, ",") {
		candidate = strings.TrimPrefix(strings.TrimSpace(candidate), "W/")
		if candidate == tag || candidate == "*" {
			return true
		}
	}
	return false
}

// etag is a strong ETag of a body.
func etag(body []byte) string {
	sum := sha256.Sum256(body)
	return `"` + base64.RawURLEncoding.EncodeToString(sum[:15]) + `"`
}

// recorder holds an answer back until it is known whether it can be
// cached, so that its headers can still say so.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
}

func (r *recorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	return r.body.Write(b)
}

// succeeded reports an answer worth caching: a 200 JSON answer with no
// errors in it.
func (r *recorder) succeeded() bool {
	ct := r.header.Get("Content-Type")
	return r.status == http.StatusOK && (strings.HasPrefix(ct, "application/json") || strings.HasPrefix(ct, "application/graphql-response+json")) &&
		!bytes.Contains(r.body.Bytes(), []byte(`"errors":`))
}

func (r *recorder) replay(w http.ResponseWriter) {
	if r.status != 0 {
		w.WriteHeader(r.status)
	}
	_, _ = w.Write(r.body.Bytes())
}

// request is what a GraphQL request asks, as GET parameters or a POST body
// carry it.
type request struct {
	Query         string          `json:"query"`
	OperationName string          `json:"operationName"`
	Variables     json.RawMessage `json:"variables"`
	Extensions    struct {
		PersistedQuery struct {
			Sha256Hash string `json:"sha256Hash"`
		} `json:"persistedQuery"`
	} `json:"extensions"`
}

// requestKey is the cache key of a public query: its normalised document
// (or its persisted-query hash), operation name and variables, and the
// media type it accepts. ok is false for anything that must not be cached.
func requestKey(r *http.Request, keys *keyMemo) (key string, ok bool) {
	if r.Header.Get("Authorization") != "" {
		return "", false
	}
	var raw string
	switch r.Method {
	case http.MethodGet:
		raw = "GET?" + r.URL.RawQuery
	case http.MethodPost:
		body, err := io.ReadAll(r.Body)
		if err != nil {
			return "", false
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		raw = "POST " + string(body)
	default:
		return "", false
	}
	raw += "\x00" + r.Header.Get("Accept")
	if key, ok := keys.Get(raw); ok {
		return key, key != ""
	}
	key = deriveKey(r, raw)
	if len(raw) <= keyMemoLongest {
		keys.Add(raw, key)
	}
	return key, key != ""
}

// deriveKey works out the key of a request not seen before; "" if it
// cannot be cached.
func deriveKey(r *http.Request, raw string) string {
	var req request
	if r.Method == http.MethodGet {
		params, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return ""
		}
		req.Query, req.OperationName = params.Get("query"), params.Get("operationName")
		req.Variables = json.RawMessage(params.Get("variables"))
		if ext := params.Get("extensions"); ext != "" && json.Unmarshal([]byte(ext), &req.Extensions) != nil {
			return ""
		}
	} else {
		body := raw[len("POST "):strings.LastIndexByte(raw, 0)]
		if json.Unmarshal([]byte(body), &req) != nil {
			return ""
		}
	}
	doc := req.Extensions.PersistedQuery.Sha256Hash
	if req.Query != "" {
		var op string
		doc, op = normalise(req.Query, req.OperationName)
		if op != "query" {
			return ""
		}
	} else if doc == "" {
		return ""
	} else {
		// Only a query can be named by hash alone and be worth caching;
		// the hash names one document, so it keys as well as the text.
		doc = "persisted " + doc
	}
	vars, ok := canonical(req.Variables)
	if !ok {
		return ""
	}
	sum := sha256.Sum256([]byte(doc + "\x00" + req.OperationName + "\x00" + vars + "\x00" + r.Header.Get("Accept")))
	return string(sum[:])
}

// canonical writes variables in one way whatever their spacing and order.
func canonical(vars json.RawMessage) (string, bool) {
	if len(bytes.TrimSpace(vars)) == 0 || string(vars) == "null" {
		return "{}", true
	}
	var v map[string]any
	dec := json.NewDecoder(bytes.NewReader(vars))
	dec.UseNumber()
	if dec.Decode(&v) != nil {
		return "", false
	}
	out, err := json.Marshal(v)
	return string(out), err == nil
}

// keyMemo remembers the keys of requests seen recently, by their raw
// bytes (the most recent keyMemoSize of them, each up to keyMemoLongest
// bytes), so that a request the website sends again is keyed without being
// parsed.
type keyMemo = lru.Cache[string, string]

const (
	keyMemoSize    = 4096
	keyMemoLongest = 16 << 10
)

func newKeyMemo() *keyMemo {
	m, err := lru.New[string, string](keyMemoSize)
	if err != nil {
		panic(err) // only for a size below one
	}
	return m
}
