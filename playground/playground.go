// Package playground serves the in-browser GraphQL explorer: a self-hosted
// GraphiQL with the API's example operations.
//
// Everything it needs is embedded in the binary and served from the API's
// own origin, so it works with no internet connection and under a strict
// Content Security Policy. The front end is built from web/ into dist/ by
// web/build.sh (Node is needed only to rebuild it, not to build the Go code).
//
// Routes, for the API's router:
//
//	GET /, GET /playground        Handler(endpoint)  the page
//	GET /playground/assets/...    Assets()           JS, CSS, fonts, icon, licences
//	GET /playground/examples.json Examples()         the example operations
//
// Handler also answers the other two routes itself, so mounting it alone
// on all of those paths works too.
package playground

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"sync"
	"time"
)

// AssetsPrefix is the URL path the built front end is served under.
const AssetsPrefix = "/playground/assets/"

// ExamplesPath is the URL path of the example operations.
const ExamplesPath = "/playground/examples.json"

// ContentSecurityPolicy is sent with the page, with NONCE replaced by a
// fresh random value in each response. Scripts, styles, fonts, images and
// requests may come from the page's own origin only; nothing may be framed,
// submitted or embedded. No inline script or 'unsafe-eval' is needed, nor
// 'unsafe-inline' for styles: the one <style> element GraphiQL adds (the
// scroll lock of its dialogs) carries the nonce, which the page hands to
// the bundle. data: images are CodeMirror's icons and drag image.
const ContentSecurityPolicy = "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-NONCE'; " +
	"img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

// noncePlaceholder marks where each response's nonce goes in the rendered
// page and in ContentSecurityPolicy.
const noncePlaceholder = "NONCE"

// assetPolicy is the CSP of every other response: none of them is a page.
const assetPolicy = "default-src 'none'; frame-ancestors 'none'; sandbox"

//go:embed dist
var distFS embed.FS

//go:embed examples.json
var examplesJSON []byte

//go:embed page.html
var pageTemplate string

// Handler serves the playground page for the GraphQL endpoint at the path
// endpoint (such as "/graphql") at "/", "/playground" and "/playground/".
// It also answers AssetsPrefix and ExamplesPath, like Assets and Examples.
// Only GET and HEAD are answered. The page is sent with
// ContentSecurityPolicy and a fresh nonce, so it is never cached.
//
// The endpoint should be a path on the API's own origin. An absolute URL
// of another origin also works: the page's CSP then allows that origin for
// requests (connect-src), and that server must allow the page's origin
// through CORS.
func Handler(endpoint string) http.Handler {
	if endpoint == "" {
		endpoint = "/graphql"
	}
	policy := ContentSecurityPolicy
	if u, err := url.Parse(endpoint); err == nil && (u.Scheme == "http" || u.Scheme == "https") && u.Host != "" {
		policy = strings.Replace(policy, "connect-src 'self'", "connect-src 'self' "+u.Scheme+"://"+u.Host, 1)
	}
	page := renderPage(endpoint, pageNonceMark)
	assets, examples := Assets(), Examples()
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch p := r.URL.Path; {
		case strings.HasPrefix(p, AssetsPrefix):
			assets.ServeHTTP(w, r)
			return
		case p == ExamplesPath:
			examples.ServeHTTP(w, r)
			return
		case p != "/" && p != "/playground" && p != "/playground/":
			notFound(w)
			return
		}
		if !readOnly(w, r) {
			return
		}
		nonce := newNonce()
		h := w.Header()
		h.Set("Content-Type", "text/html; charset=utf-8")
		// Each response has its own nonce, so none may be stored and reused.
		h.Set("Cache-Control", "no-store")
		h.Set("Content-Security-Policy", strings.Replace(policy, "'nonce-"+noncePlaceholder+"'", "'nonce-"+nonce+"'", 1))
		h.Set("X-Frame-Options", "DENY")
		h.Set("Cross-Origin-Opener-Policy", "same-origin")
		securityHeaders(h)
		http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(bytes.Replace(page, []byte(pageNonceMark), []byte(nonce), 1)))
	})
}

// pageNonceMark stands for the nonce in the rendered page until a response
// fills it in: letters only, so that escaping leaves it as it is.
const pageNonceMark = "PlaygroundStyleNonceGoesHere"

// newNonce returns 128 random bits in base64, as CSP nonces are written.
func newNonce() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic("playground: no randomness for the CSP nonce: " + err.Error())
	}
	return base64.StdEncoding.EncodeToString(b[:])
}

// Assets serves the built front end (dist/) under AssetsPrefix: mount it
// at "GET /playground/assets/". Files requested with ?v= their version,
// as the page asks for them, and the fonts (named by their content) may be
// cached for a year; other requests must revalidate.
func Assets() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name, ok := strings.CutPrefix(r.URL.Path, AssetsPrefix)
		a := loadAssets().files[name]
		if !ok || a == nil {
			notFound(w)
			return
		}
		if !readOnly(w, r) {
			return
		}
		immutable := strings.HasPrefix(name, "fonts/") || (r.URL.Query().Get("v") == a.version)
		if immutable {
			w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
		} else {
			w.Header().Set("Cache-Control", "no-cache")
		}
		a.serve(w, r)
	})
}

// Examples serves examples.json, the example operations shown in the
// playground: mount it at "GET /playground/examples.json".
func Examples() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !readOnly(w, r) {
			return
		}
		w.Header().Set("Cache-Control", "no-cache")
		loadAssets().examples.serve(w, r)
	})
}

// Example is one example operation of examples.json.
type Example struct {
	// ID is a stable, readable identifier, e.g. "project-page".
	ID string `json:"id"`
	// Title is the example's name in the Examples pane.
	Title string `json:"title"`
	// Description explains the example in a sentence or two.
	Description string `json:"description"`
	// Query is the GraphQL document: one named query, led by a comment
	// block that explains it.
	Query string `json:"query"`
	// Variables are the values the query runs with, if it has any.
	Variables map[string]any `json:"variables,omitempty"`
}

// ExampleList returns the example operations served by Examples, for
// tests that run them against the API.
func ExampleList() ([]Example, error) {
	var list []Example
	dec := json.NewDecoder(bytes.NewReader(examplesJSON))
	dec.DisallowUnknownFields()
	dec.UseNumber() // as the GraphQL handler reads variables
	if err := dec.Decode(&list); err != nil {
		return nil, fmt.Errorf("playground: examples.json: %w", err)
	}
	return list, nil
}

// asset is one file served from memory, with its gzip form made on first use.
type asset struct {
	body        []byte
	contentType string
	version     string // a prefix of the body's SHA-256, for ?v=
	etag        string

	gzipOnce sync.Once
	gzipped  []byte // nil if not worth compressing
}

type assetSet struct {
	files    map[string]*asset // by path inside dist/
	examples *asset
}

var loadAssets = sync.OnceValue(func() *assetSet {
	set := &assetSet{files: map[string]*asset{}}
	err := fs.WalkDir(distFS, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := distFS.ReadFile(p)
		if err != nil {
			return err
		}
		set.files[strings.TrimPrefix(p, "dist/")] = newAsset(body, contentTypeOf(p))
		return nil
	})
	if err != nil {
		panic("playground: reading the embedded dist: " + err.Error())
	}
	set.examples = newAsset(examplesJSON, "application/json; charset=utf-8")
	return set
})

func newAsset(body []byte, contentType string) *asset {
	sum := sha256.Sum256(body)
	version := hex.EncodeToString(sum[:8])
	return &asset{body: body, contentType: contentType, version: version, etag: `"` + version + `"`}
}

// contentTypeOf names the media type of every kind of file in dist/.
func contentTypeOf(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	case ".woff2":
		return "font/woff2"
	case ".woff":
		return "font/woff"
	case ".svg":
		return "image/svg+xml"
	case ".json":
		return "application/json; charset=utf-8"
	case ".txt":
		return "text/plain; charset=utf-8"
	}
	return "application/octet-stream"
}

// compressible reports whether a type gains from gzip (fonts are
// compressed already).
func compressible(contentType string) bool {
	return strings.HasPrefix(contentType, "text/") || strings.HasPrefix(contentType, "application/json") ||
		strings.HasPrefix(contentType, "image/svg+xml")
}

func (a *asset) gzipBody() []byte {
	a.gzipOnce.Do(func() {
		if !compressible(a.contentType) || len(a.body) < 1024 {
			return
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(a.body)
		_ = zw.Close()
		if buf.Len() < len(a.body) {
			a.gzipped = buf.Bytes()
		}
	})
	return a.gzipped
}

func (a *asset) serve(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("Content-Type", a.contentType)
	h.Set("Content-Security-Policy", assetPolicy)
	securityHeaders(h)
	body, etag := a.body, a.etag
	if compressible(a.contentType) {
		h.Add("Vary", "Accept-Encoding")
		if gz := a.gzipBody(); gz != nil && acceptsGzip(r) {
			body, etag = gz, `"`+a.version+`-gzip"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip:
// "gzip" or "*" with a non-zero weight, an explicit "gzip" deciding.
func acceptsGzip(r *http.Request) bool {
	gzipQ, starQ := -1.0, -1.0
	for _, v := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(v, ",") {
			fields := strings.Split(part, ";")
			coding := strings.ToLower(strings.TrimSpace(fields[0]))
			q := 1.0
			for _, param := range fields[1:] {
				k, val, _ := strings.Cut(param, "=")
				if strings.EqualFold(strings.TrimSpace(k), "q") {
					if f, err := strconv.ParseFloat(strings.TrimSpace(val), 64); err == nil {
						q = f
					}
				}
			}
			switch coding {
			case "gzip", "x-gzip":
				gzipQ = q
			case "*":
				starQ = q
			}
		}
	}
	if gzipQ >= 0 {
		return gzipQ > 0
	}
	return starQ > 0
}

// renderPage fills in the page's template: the endpoint, the assets'
// versioned addresses and the nonce (or its mark).
func renderPage(endpoint, nonce string) []byte {
	set := loadAssets()
	versioned := func(name string) string {
		return AssetsPrefix + name + "?v=" + set.files[name].version
	}
	tmpl := template.Must(template.New("page").Parse(pageTemplate))
	var buf bytes.Buffer
	err := tmpl.Execute(&buf, map[string]string{
		"Endpoint": endpoint,
		"Examples": ExamplesPath + "?v=" + set.examples.version,
		"JS":       versioned("playground.js"),
		"CSS":      versioned("playground.css"),
		"Favicon":  versioned("favicon.svg"),
		"Nonce":    nonce,
	})
	if err != nil {
		panic("playground: rendering the page: " + err.Error())
	}
	return buf.Bytes()
}

func securityHeaders(h http.Header) {
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
}

// readOnly answers anything but GET and HEAD with 405 and reports whether
// the request may go on.
func readOnly(w http.ResponseWriter, r *http.Request) bool {
	if r.Method == http.MethodGet || r.Method == http.MethodHead {
		return true
	}
	w.Header().Set("Allow", "GET, HEAD")
	plainError(w, http.StatusMethodNotAllowed, "method not allowed: use GET")
	return false
}

func notFound(w http.ResponseWriter) {
	plainError(w, http.StatusNotFound, "not found")
}

func plainError(w http.ResponseWriter, status int, msg string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", assetPolicy)
	securityHeaders(h)
	w.WriteHeader(status)
	fmt.Fprintln(w, msg)
}
