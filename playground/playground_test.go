package playground

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/validator"
	"github.com/vektah/gqlparser/v2/validator/rules"
)

// requiredExamples are the example ids the issue asks for, in order.
var requiredExamples = []string{
	"projects-in-region-with-theme",
	"project-page",
	"co-production-week-programme",
	"case-studies-for-audience",
	"unpaid-carer-resources",
	"ics-local-authorities-projects",
	"paging-with-cursors",
	"provenance-and-sources",
}

// mux mounts the handlers the way the API's router does.
func mux() http.Handler {
	m := http.NewServeMux()
	page := Handler("/graphql")
	m.Handle("GET /{$}", page)
	m.Handle("GET /playground", page)
	m.Handle("GET /playground/assets/", Assets())
	m.Handle("GET /playground/examples.json", Examples())
	return m
}

func get(t *testing.T, h http.Handler, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	return do(t, h, http.MethodGet, target, header...)
}

func do(t *testing.T, h http.Handler, method, target string, header ...string) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// nonceRE finds the nonce in a page's CSP.
var nonceRE = regexp.MustCompile(`'nonce-([A-Za-z0-9+/]{22}==)'`)

func TestPageServedWithStrictHeaders(t *testing.T) {
	var nonces []string
	for _, target := range []string{"/", "/playground"} {
		rec := get(t, mux(), target)
		if rec.Code != http.StatusOK {
			t.Fatalf("GET %s: status %d, want 200", target, rec.Code)
		}
		h := rec.Header()
		want := map[string]string{
			"Content-Type":           "text/html; charset=utf-8",
			"X-Content-Type-Options": "nosniff",
			"Referrer-Policy":        "no-referrer",
			"Cache-Control":          "no-store",
			"X-Frame-Options":        "DENY",
		}
		for k, v := range want {
			if got := h.Get(k); got != v {
				t.Errorf("GET %s: %s = %q, want %q", target, k, got, v)
			}
		}
		csp := h.Get("Content-Security-Policy")
		m := nonceRE.FindStringSubmatch(csp)
		if m == nil {
			t.Fatalf("GET %s: CSP %q has no nonce", target, csp)
		}
		nonces = append(nonces, m[1])
		if got := strings.Replace(csp, m[0], "'nonce-"+noncePlaceholder+"'", 1); got != ContentSecurityPolicy {
			t.Errorf("GET %s: CSP %q, want %q with a nonce", target, csp, ContentSecurityPolicy)
		}
		body := rec.Body.String()
		for _, s := range []string{
			"<title>SCIE learning API — playground</title>",
			`data-endpoint="/graphql"`,
			`id="graphiql"`,
			`data-style-nonce="` + m[1] + `"`,
		} {
			if !strings.Contains(body, s) {
				t.Errorf("GET %s: page lacks %s", target, s)
			}
		}
		if strings.Contains(body, pageNonceMark) {
			t.Errorf("GET %s: the nonce mark was not replaced", target)
		}
		// No inline script: every <script> loads a file.
		for _, tag := range regexp.MustCompile(`(?is)<script\b[^>]*>(.*?)</script>`).FindAllStringSubmatch(body, -1) {
			if !strings.Contains(tag[0], " src=") || strings.TrimSpace(tag[1]) != "" {
				t.Errorf("GET %s: inline script %q", target, tag[0])
			}
		}
		if regexp.MustCompile(`(?i)\son[a-z]+\s*=|javascript:|<style|\sstyle=`).MatchString(body) {
			t.Errorf("GET %s: page has an inline event handler, javascript: URL or inline style", target)
		}
	}
	if nonces[0] == nonces[1] {
		t.Error("two responses share a nonce")
	}
}

func TestPolicyIsStrict(t *testing.T) {
	directives := map[string]string{}
	for _, d := range strings.Split(ContentSecurityPolicy, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	want := map[string]string{
		"default-src":     "'none'",
		"script-src":      "'self'",
		"connect-src":     "'self'",
		"font-src":        "'self'",
		"base-uri":        "'none'",
		"form-action":     "'none'",
		"frame-ancestors": "'none'",
	}
	for k, v := range want {
		if directives[k] != v {
			t.Errorf("CSP %s = %q, want %q", k, directives[k], v)
		}
	}
	if directives["style-src"] != "'self' 'nonce-"+noncePlaceholder+"'" {
		t.Errorf("CSP style-src = %q, want 'self' and the nonce", directives["style-src"])
	}
	for _, bad := range []string{"unsafe-eval", "unsafe-inline", "unsafe-hashes", "http:", "https:", "*"} {
		if strings.Contains(ContentSecurityPolicy, bad) {
			t.Errorf("CSP allows %s: %s", bad, ContentSecurityPolicy)
		}
	}
}

// TestPageReferencesEmbeddedAssets follows every address in the page: each
// must be a same-origin path to a file that is embedded and served, and so
// must every url() in the stylesheet.
func TestPageReferencesEmbeddedAssets(t *testing.T) {
	h := mux()
	body := get(t, h, "/").Body.String()
	refs := regexp.MustCompile(`(?i)\s(?:src|href|data-examples-url)="([^"]*)"`).FindAllStringSubmatch(body, -1)
	if len(refs) < 4 {
		t.Fatalf("found %d addresses in the page, want the script, stylesheet, icon and examples", len(refs))
	}
	seen := map[string]bool{}
	for _, m := range refs {
		ref := strings.ReplaceAll(m[1], "&amp;", "&")
		if !strings.HasPrefix(ref, "/") || strings.HasPrefix(ref, "//") {
			t.Errorf("page refers to %q, not a same-origin path", ref)
			continue
		}
		p, _, _ := strings.Cut(ref, "?")
		switch {
		case strings.HasPrefix(p, AssetsPrefix):
			name := strings.TrimPrefix(p, AssetsPrefix)
			if _, err := fs.Stat(distFS, "dist/"+name); err != nil {
				t.Errorf("page refers to %s, which is not in the embedded dist: %v", ref, err)
			}
			seen[name] = true
		case p == ExamplesPath:
			seen["examples"] = true
		default:
			t.Errorf("page refers to %s, outside %s", ref, AssetsPrefix)
		}
		rec := get(t, h, ref, "Accept-Encoding", "identity")
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: status %d", ref, rec.Code)
		}
		if cc := rec.Header().Get("Cache-Control"); strings.HasPrefix(p, AssetsPrefix) && !strings.Contains(cc, "immutable") {
			t.Errorf("GET %s (versioned): Cache-Control %q, want a long max-age", ref, cc)
		}
	}
	for _, name := range []string{"playground.js", "playground.css", "favicon.svg", "examples"} {
		if !seen[name] {
			t.Errorf("page does not refer to %s", name)
		}
	}

	css, err := distFS.ReadFile("dist/playground.css")
	if err != nil {
		t.Fatal(err)
	}
	urls := regexp.MustCompile(`url\(\s*["']?([^"')]*)`).FindAllStringSubmatch(string(css), -1)
	fonts := 0
	for _, m := range urls {
		u := m[1]
		if strings.HasPrefix(u, "data:image/") {
			continue
		}
		if strings.Contains(u, ":") || strings.HasPrefix(u, "/") {
			t.Errorf("playground.css: url(%s) is not a relative path to a bundled file", u)
			continue
		}
		if _, err := fs.Stat(distFS, path.Join("dist", u)); err != nil {
			t.Errorf("playground.css: url(%s) is not in the embedded dist", u)
			continue
		}
		rec := get(t, h, AssetsPrefix+u)
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "font/") {
			t.Errorf("GET %s%s: status %d, type %q", AssetsPrefix, u, rec.Code, rec.Header().Get("Content-Type"))
		}
		fonts++
	}
	if fonts == 0 {
		t.Error("playground.css refers to no bundled font")
	}
}

func TestAssetsContentTypesAndCaching(t *testing.T) {
	h := mux()
	want := map[string]string{
		"playground.js":            "text/javascript; charset=utf-8",
		"playground.css":           "text/css; charset=utf-8",
		"favicon.svg":              "image/svg+xml",
		"THIRD_PARTY_LICENSES.txt": "text/plain; charset=utf-8",
	}
	err := fs.WalkDir(distFS, "dist/fonts", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() {
			want[strings.TrimPrefix(p, "dist/")] = map[string]string{".woff2": "font/woff2", ".woff": "font/woff"}[path.Ext(p)]
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for name, ct := range want {
		rec := get(t, h, AssetsPrefix+name, "Accept-Encoding", "identity")
		if rec.Code != http.StatusOK {
			t.Errorf("GET %s: status %d", name, rec.Code)
			continue
		}
		if got := rec.Header().Get("Content-Type"); got != ct {
			t.Errorf("GET %s: Content-Type %q, want %q", name, got, ct)
		}
		if rec.Header().Get("X-Content-Type-Options") != "nosniff" {
			t.Errorf("GET %s: no nosniff", name)
		}
		file, _ := distFS.ReadFile("dist/" + name)
		if !bytes.Equal(rec.Body.Bytes(), file) {
			t.Errorf("GET %s: body differs from the embedded file", name)
		}
		cc := rec.Header().Get("Cache-Control")
		if strings.HasPrefix(name, "fonts/") != strings.Contains(cc, "immutable") {
			t.Errorf("GET %s (unversioned): Cache-Control %q", name, cc)
		}
	}

	// Revalidation, compression, HEAD and refusals.
	js := get(t, h, AssetsPrefix+"playground.js", "Accept-Encoding", "identity")
	if rec := get(t, h, AssetsPrefix+"playground.js", "Accept-Encoding", "identity", "If-None-Match", js.Header().Get("ETag")); rec.Code != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", rec.Code)
	}
	gz := get(t, h, AssetsPrefix+"playground.js", "Accept-Encoding", "gzip, deflate, br")
	if gz.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(gz.Header().Get("Vary"), "Accept-Encoding") {
		t.Errorf("gzip: Content-Encoding %q, Vary %q", gz.Header().Get("Content-Encoding"), gz.Header().Get("Vary"))
	} else {
		zr, err := gzip.NewReader(gz.Body)
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(plain, js.Body.Bytes()) {
			t.Errorf("gzip body does not decompress to the file (err %v)", err)
		}
		if gz.Header().Get("ETag") == js.Header().Get("ETag") {
			t.Error("gzip and identity responses share an ETag")
		}
	}
	if rec := get(t, h, AssetsPrefix+"playground.js", "Accept-Encoding", "gzip;q=0, *"); rec.Header().Get("Content-Encoding") != "" {
		t.Error("gzip;q=0 still got gzip")
	}
	if rec := do(t, h, http.MethodHead, AssetsPrefix+"playground.css"); rec.Code != http.StatusOK || rec.Body.Len() != 0 {
		t.Errorf("HEAD: status %d, %d body bytes", rec.Code, rec.Body.Len())
	}
	for _, p := range []string{"", "fonts", "fonts/", "nope.js", "../playground.go", "dist/playground.js"} {
		if rec := get(t, Assets(), AssetsPrefix+p); rec.Code != http.StatusNotFound {
			t.Errorf("GET %s%s: status %d, want 404", AssetsPrefix, p, rec.Code)
		}
	}
	if rec := do(t, Assets(), http.MethodPost, AssetsPrefix+"playground.js"); rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: status %d, want 405", rec.Code)
	}
}

// TestHandlerAlone checks that Handler answers every playground route by
// itself, so mounting it alone works too.
func TestHandlerAlone(t *testing.T) {
	h := Handler("/graphql")
	for target, ct := range map[string]string{
		"/":                            "text/html; charset=utf-8",
		"/playground":                  "text/html; charset=utf-8",
		"/playground/":                 "text/html; charset=utf-8",
		AssetsPrefix + "playground.js": "text/javascript; charset=utf-8",
		ExamplesPath:                   "application/json; charset=utf-8",
	} {
		rec := get(t, h, target)
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != ct {
			t.Errorf("GET %s: status %d, type %q; want 200, %q", target, rec.Code, rec.Header().Get("Content-Type"), ct)
		}
	}
	if rec := get(t, h, "/favicon.ico"); rec.Code != http.StatusNotFound {
		t.Errorf("GET /favicon.ico: status %d, want 404", rec.Code)
	}
	if rec := do(t, h, http.MethodPost, "/"); rec.Code != http.StatusMethodNotAllowed || rec.Header().Get("Allow") != "GET, HEAD" {
		t.Errorf("POST /: status %d, Allow %q", rec.Code, rec.Header().Get("Allow"))
	}
}

func TestEndpointIsEscapedAndAllowed(t *testing.T) {
	body := get(t, Handler(`/graphql"><script>alert(1)</script>`), "/").Body.String()
	if strings.Contains(body, "<script>alert") {
		t.Error("the endpoint is not escaped in the page")
	}
	rec := get(t, Handler("https://api.example.org/graphql"), "/")
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self' https://api.example.org;") {
		t.Errorf("absolute endpoint: CSP %q does not allow its origin", csp)
	}
}

func TestExamplesServed(t *testing.T) {
	rec := get(t, mux(), ExamplesPath)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json; charset=utf-8" {
		t.Errorf("Content-Type %q", ct)
	}
	var served []map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &served); err != nil {
		t.Fatalf("examples.json does not parse: %v", err)
	}
	list, err := ExampleList()
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != len(served) {
		t.Errorf("ExampleList has %d examples, examples.json %d", len(list), len(served))
	}
	var ids []string
	for _, ex := range list {
		ids = append(ids, ex.ID)
		if ex.Title == "" || ex.Description == "" || ex.Query == "" {
			t.Errorf("%s: empty title, description or query", ex.ID)
		}
		if !strings.HasPrefix(ex.Query, "# ") {
			t.Errorf("%s: the query does not start with an explanatory comment", ex.ID)
		}
	}
	for _, id := range requiredExamples {
		if !slices.Contains(ids, id) {
			t.Errorf("required example %q is missing", id)
		}
	}
	sorted := slices.Clone(ids)
	sort.Strings(sorted)
	if len(slices.Compact(sorted)) != len(ids) {
		t.Errorf("duplicate example ids: %v", ids)
	}
}

// TestExamplesValidAgainstSchema validates every example with the same
// parser and validator the server uses, variables included.
func TestExamplesValidAgainstSchema(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("..", "schema", "*.graphqls"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no schema files found (%v)", err)
	}
	sort.Strings(files)
	var sources []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sources = append(sources, &ast.Source{Name: f, Input: string(b)})
	}
	schema, err := gqlparser.LoadSchema(sources...)
	if err != nil {
		t.Fatalf("loading the schema: %v", err)
	}
	list, err := ExampleList()
	if err != nil {
		t.Fatal(err)
	}
	for _, ex := range list {
		doc, errs := gqlparser.LoadQueryWithRules(schema, ex.Query, rules.NewDefaultRules())
		if len(errs) > 0 {
			t.Errorf("%s: %v", ex.ID, errs)
			continue
		}
		if len(doc.Operations) != 1 || doc.Operations[0].Name == "" || doc.Operations[0].Operation != ast.Query {
			t.Errorf("%s: want exactly one named query", ex.ID)
			continue
		}
		if _, err := validator.VariableValues(schema, doc.Operations[0], ex.Variables); err != nil {
			t.Errorf("%s: variables: %v", ex.ID, err)
		}
		for name := range ex.Variables {
			if doc.Operations[0].VariableDefinitions.ForName(name) == nil {
				t.Errorf("%s: variable %q is not declared", ex.ID, name)
			}
		}
	}
}

// fetchedNowhere lists the http(s) addresses in the bundle, each a string
// the browser never fetches by itself: XML namespaces, links the user may
// click, and links inside error messages. A new address found here must be
// checked: if the browser would load it, bundle the file instead (the CSP
// blocks it anyway); if not, add it with the reason.
var fetchedNowhere = []string{
	"http://www.w3.org/",                                        // SVG, XHTML, XLink, XML and MathML namespaces
	"https://github.com/graphql/graphiql",                       // GraphiQL's logo link; an error message
	"https://reactjs.org/docs/error-decoder.html",               // React's error messages
	"https://codemirror.net/5/doc/manual.html",                  // CodeMirror's error message
	"https://yarnpkg.com/en/docs/selective-version-resolutions", // graphql's duplicate-module error message
	"https://en.wikipedia.org/wiki/IEEE_floating_point",         // graphql's error message
	"https://commonmark.org/",                                   // markdown-it's comment
	"http://",                                                   // markdown-it's link normalisation ("http://" + text)
}

// TestNoThirdPartyFetches checks that nothing the playground serves makes
// the browser load anything from another origin.
func TestNoThirdPartyFetches(t *testing.T) {
	urlRE := regexp.MustCompile(`(?i)https?://[^\s"'<>)\x60]*`)
	check := func(name string, text string, allowed []string) {
		for _, u := range urlRE.FindAllString(text, -1) {
			ok := false
			for _, a := range allowed {
				if strings.HasPrefix(u, a) && (a != "http://" || u == "http://" || strings.HasPrefix(u, "http://$")) {
					ok = true
					break
				}
			}
			if !ok {
				t.Errorf("%s: contains %s, which the browser might fetch", name, u)
			}
		}
	}
	err := fs.WalkDir(distFS, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := distFS.ReadFile(p)
		if err != nil {
			return err
		}
		switch path.Ext(p) {
		case ".js":
			check(p, string(b), fetchedNowhere)
			for _, api := range []string{"importScripts(", "new Worker(", "new SharedWorker("} {
				if bytes.Contains(b, []byte(api)) {
					t.Errorf("%s: uses %s", p, api)
				}
			}
		case ".css":
			check(p, string(b), nil)
			if bytes.Contains(b, []byte("@import")) {
				t.Errorf("%s: uses @import", p)
			}
		case ".svg":
			check(p, string(b), []string{"http://www.w3.org/2000/svg"})
		case ".txt", ".woff", ".woff2":
			// Licence texts and fonts: never rendered as a page.
		default:
			t.Errorf("%s: unexpected file in dist; add it to this test", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	check("page", get(t, mux(), "/").Body.String(), nil)
	check("examples.json", string(examplesJSON), nil)
}
