package graph_test

// GraphQL over HTTP with hostile requests: methods, content types, bodies,
// headers, the body limit, caching and persisted queries.

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
	"learningapi/store"
)

const graphqlResponse = "application/graphql-response+json"

func TestHTTP(t *testing.T) {
	a := newAPI(t, dbtest.New(t))

	t.Run("PostJSON", func(t *testing.T) {
		r := a.post(t, `{ projects(first: 1) { totalCount nodes { slug } } }`, nil)
		wantNoErrors(t, r)
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("Content-Type %q, want application/json", ct)
		}
		var out struct{ Projects struct{ TotalCount int } }
		decodeData(t, r, &out)
		if want := a.published(t, "project"); out.Projects.TotalCount != want {
			t.Errorf("totalCount %d, want %d", out.Projects.TotalCount, want)
		}
	})

	t.Run("GetQuery", func(t *testing.T) {
		r := a.get(t, getParams(`query($s: String!) { project(slug: $s) { slug } }`, map[string]any{"s": "north-west-london-carers-card"}))
		wantNoErrors(t, r)
		if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
			t.Errorf("Content-Type %q, want application/json", ct)
		}
		if !strings.Contains(string(r.Data), "north-west-london-carers-card") {
			t.Errorf("data %s", r.Data)
		}
	})

	t.Run("GetMutationRefused", func(t *testing.T) {
		long := "mutation { __typename }" + strings.Repeat(" ", 30_000)
		for _, params := range []url.Values{
			{"query": {"mutation { __typename }"}},
			{"query": {"mutation M { __typename }"}, "operationName": {"M"}},
			{"query": {"query Q { __typename } mutation M { __typename }"}, "operationName": {"M"}},
			{"query": {"subscription { __typename }"}},
			// Refused before anything else is looked at.
			{"query": {"mutation { __typename }"}, "variables": {"{"}},
			{"query": {"mutation { __typename }"}, "extensions": {"not json"}},
		} {
			r := a.get(t, params)
			if r.Status != http.StatusMethodNotAllowed {
				t.Errorf("GET %.60v: status %d, want 405; body %.200s", params, r.Status, r.Body)
				continue
			}
			if allow := r.Header.Get("Allow"); allow != "POST" {
				t.Errorf("GET %.60v: Allow %q, want POST", params, allow)
			}
			wantCode(t, r, model.ErrorCodeBadRequest, "POST")
		}
		// An over-long mutation is not parsed to find out what it is: the
		// length limit refuses it first, and it is not executed.
		over := a.get(t, url.Values{"query": {long}})
		wantCode(t, over, model.ErrorCodeQueryTooComplex, "over the limit of 20,000 bytes")
		// A query in a document that also holds a mutation is still a query.
		r := a.get(t, url.Values{"query": {"query Q { __typename } mutation M { __typename }"}, "operationName": {"Q"}})
		if r.Status == http.StatusMethodNotAllowed {
			t.Errorf("GET of the query Q in a mixed document was refused with 405")
		}
	})

	t.Run("GetPersistedMutationRefused", func(t *testing.T) {
		// A GET that names a mutation only by its persisted-query hash must
		// be refused with 405 too: otherwise the method check is bypassed.
		q := "mutation { __typename }"
		sum := sha256.Sum256([]byte(q))
		ext := fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":"%s"}}`, hex.EncodeToString(sum[:]))
		a.do(t, http.MethodPost, "/graphql", "application/json", fmt.Sprintf(`{"query":%q,"extensions":%s}`, q, ext))
		r := a.get(t, url.Values{"extensions": {ext}})
		if r.Status != http.StatusMethodNotAllowed || r.Header.Get("Allow") != "POST" {
			t.Errorf("GET of a persisted mutation by hash: status %d Allow %q, want 405 with Allow: POST; body %.300s",
				r.Status, r.Header.Get("Allow"), r.Body)
		}
	})

	t.Run("OtherMethodsRefused", func(t *testing.T) {
		for _, m := range []string{http.MethodPut, http.MethodDelete, http.MethodPatch, "TRACE", "FOO"} {
			r := a.do(t, m, "/graphql", "application/json", `{"query":"{ __typename }"}`)
			if r.Status != http.StatusMethodNotAllowed {
				t.Errorf("%s: status %d, want 405", m, r.Status)
			}
			allow := r.Header.Get("Allow")
			if !strings.Contains(allow, "POST") || !strings.Contains(allow, "GET") {
				t.Errorf("%s: Allow %q, want GET and POST listed", m, allow)
			}
			if len(r.Errors) == 0 {
				t.Errorf("%s: no JSON error in %q", m, r.Body)
			}
		}
	})

	t.Run("PostUnsupportedContentType", func(t *testing.T) {
		for _, ct := range []string{"", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
			"application/graphql", "application/json;;;", "\x00garbage"} {
			r := a.do(t, http.MethodPost, "/graphql", ct, `{"query":"{ __typename }"}`)
			if r.Status < 400 || r.Status >= 500 {
				t.Errorf("Content-Type %q: status %d, want 4xx", ct, r.Status)
			}
			if len(r.Errors) == 0 {
				t.Errorf("Content-Type %q: no JSON error in %q", ct, r.Body)
			}
		}
	})

	t.Run("PostBodyNotJSON", func(t *testing.T) {
		const marker = "ZQXJMARKER"
		for _, body := range []string{
			`{`, `{"query": "` + marker, `["` + marker + `"]`, `"` + marker + `"`, `[]`, `1e99999`,
			"\xff\xfe\x00\x01" + marker + "\x80\x81",
			`{"query": 123456789012345678901234567890123, "x": "` + marker + `"}`,
			`{"query": ["` + marker + `"]}`,
			`{"query": "{ __typename }", "variables": "` + marker + `"}`,
			`{"query": "{ __typename }", "variables": [1, "` + marker + `"]}`,
			`{"query": "{ __typename }", "operationName": {"` + marker + `": 1}}`,
			`{"query": "{ __typename }", "extensions": "` + marker + `"}`,
		} {
			r := a.do(t, http.MethodPost, "/graphql", "application/json", body)
			if r.Status != http.StatusBadRequest {
				t.Errorf("body %q: status %d, want 400; %s", body, r.Status, r.Body)
			}
			wantCode(t, r, model.ErrorCodeBadRequest)
			if strings.Contains(r.Body, marker) {
				t.Errorf("body %q is echoed in the response %s", body, r.Body)
			}
		}
	})

	t.Run("PostBodyTrailingGarbage", func(t *testing.T) {
		// A body that holds a JSON object followed by more text is not JSON.
		for _, body := range []string{
			`{"query": "{ __typename }"} trailing garbage`,
			`{"query": "{ __typename }"}{"query": "{ projects { totalCount } }"}`,
		} {
			r := a.do(t, http.MethodPost, "/graphql", "application/json", body)
			if r.Status != http.StatusBadRequest {
				t.Errorf("body %q: status %d, want 400 BAD_REQUEST; %s", body, r.Status, r.Body)
			}
		}
	})

	t.Run("AcceptHeader", func(t *testing.T) {
		bad := map[string]string{
			"parse":      `{ projects { totalCount `,
			"validation": `{ nope }`,
			"tooComplex": `{ projects(first: 100) { edges { node { resources(first: 100) { edges { node { title } } } } } } }`,
			"tooLong":    `{ __typename }` + strings.Repeat(" ", 20_000),
		}
		want := map[string]model.ErrorCode{"parse": model.ErrorCodeGraphqlParseFailed, "validation": model.ErrorCodeGraphqlValidationFailed,
			"tooComplex": model.ErrorCodeQueryTooComplex, "tooLong": model.ErrorCodeQueryTooComplex}
		for _, send := range []string{"POST", "GET"} {
			do := func(q string, headers ...string) *response {
				if send == "GET" {
					return a.get(t, getParams(q, nil), headers...)
				}
				return a.post(t, q, nil, headers...)
			}
			r := do(`{ __typename }`, "Accept", graphqlResponse)
			wantNoErrors(t, r)
			if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, graphqlResponse) {
				t.Errorf("%s success with Accept %s: Content-Type %q", send, graphqlResponse, ct)
			}
			for name, q := range bad {
				r := do(q, "Accept", graphqlResponse)
				if r.Status != http.StatusBadRequest {
					t.Errorf("%s %s error with Accept %s: status %d, want 400", send, name, graphqlResponse, r.Status)
				}
				if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, graphqlResponse) {
					t.Errorf("%s %s error with Accept %s: Content-Type %q", send, name, graphqlResponse, ct)
				}
				wantCode(t, r, want[name])
				for _, accept := range []string{"application/json", ""} {
					var r *response
					if accept == "" {
						r = do(q)
					} else {
						r = do(q, "Accept", accept)
					}
					if r.Status != http.StatusOK {
						t.Errorf("%s %s error with Accept %q: status %d, want 200", send, name, accept, r.Status)
					}
					if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
						t.Errorf("%s %s error with Accept %q: Content-Type %q, want application/json", send, name, accept, ct)
					}
					wantCode(t, r, want[name])
				}
			}
		}
	})

	t.Run("VariablesWrongType", func(t *testing.T) {
		q := `query($first: Int) { projects(first: $first) { totalCount } }`
		for _, v := range []any{"abc", 1.5, 1e20, true, map[string]any{"a": 1}, []any{1}, 2147483648.0 * 4e9} {
			r := a.post(t, q, map[string]any{"first": v})
			if len(r.Errors) == 0 {
				t.Errorf("$first = %v: no error; %s", v, r.Body)
			}
			if r.Status >= 500 {
				t.Errorf("$first = %v: status %d", v, r.Status)
			}
		}
		for _, c := range []struct {
			q    string
			vars map[string]any
		}{
			{`query($s: String!) { project(slug: $s) { title } }`, nil},
			{`query($s: String!) { project(slug: $s) { title } }`, map[string]any{"s": nil}},
			{`query($s: String!) { project(slug: $s) { title } }`, map[string]any{"s": []any{"a"}}},
			{`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []any{nil}}},
			{`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": map[string]any{}}},
			{`query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"nope": 1}}},
			{`query($f: ProjectFilter) { projects(filter: $f) { totalCount } }`, map[string]any{"f": "london"}},
			{`query($o: ProjectOrder) { projects(orderBy: $o) { totalCount } }`, map[string]any{"o": map[string]any{"field": "NOPE"}}},
			{`query($o: ProjectOrder) { projects(orderBy: $o) { totalCount } }`, map[string]any{"o": map[string]any{"field": "TITLE", "direction": 1}}},
			{`query($d: Date) { projects(filter: {startsOn: {from: $d}}) { totalCount } }`, map[string]any{"d": 20250101}},
		} {
			r := a.post(t, c.q, c.vars)
			if len(r.Errors) == 0 {
				t.Errorf("%s with %v: no error", c.q, c.vars)
			}
		}
	})

	t.Run("OperationNameAndEmptyQuery", func(t *testing.T) {
		for _, body := range []string{
			`{"query":"query A { __typename }","operationName":"B"}`,
			`{"query":"query A { __typename } query B { __typename }"}`,
			`{"query":"query A { __typename } query B { __typename }","operationName":""}`,
			`{"query":"query A { __typename } query A { __typename }","operationName":"A"}`,
			`{"query":""}`, `{}`, `null`, `{"query":"   "}`, `{"query":"# only a comment"}`,
			`{"query":"fragment F on Query { __typename }"}`,
		} {
			r := a.do(t, http.MethodPost, "/graphql", "application/json", body)
			if len(r.Errors) == 0 {
				t.Errorf("body %s: no error; %s", body, r.Body)
			}
		}
		for _, params := range []url.Values{{}, {"query": {""}}, {"query": {"{ __typename }"}, "operationName": {"Nope"}}} {
			r := a.get(t, params)
			if len(r.Errors) == 0 {
				t.Errorf("GET %v: no error; %s", params, r.Body)
			}
		}
	})

	t.Run("GetMalformedParams", func(t *testing.T) {
		for _, raw := range []string{
			"query=" + url.QueryEscape("{ __typename }") + "&variables=%7B",
			"query=" + url.QueryEscape("{ __typename }") + "&variables=" + url.QueryEscape("[1,2]"),
			"query=" + url.QueryEscape("{ __typename }") + "&variables=" + url.QueryEscape(`"x"`),
			"query=" + url.QueryEscape("{ __typename }") + "&extensions=%7B",
			"query=%zz",
			"query=" + url.QueryEscape("{ __typename }") + ";x=1",
		} {
			r := a.do(t, http.MethodGet, "/graphql?"+raw, "", "")
			if r.Status != http.StatusBadRequest {
				t.Errorf("GET ?%s: status %d, want 400; %s", raw, r.Status, r.Body)
			}
			if len(r.Errors) == 0 {
				t.Errorf("GET ?%s: no JSON error; %s", raw, r.Body)
			}
		}
	})

	t.Run("CORS", func(t *testing.T) {
		const origin = "https://www.scie.org.uk"
		for _, method := range []string{"GET", "POST"} {
			r := a.do(t, http.MethodOptions, "/graphql", "", "",
				"Origin", origin, "Access-Control-Request-Method", method, "Access-Control-Request-Headers", "content-type, x-request-id")
			if r.Status >= 300 {
				t.Errorf("preflight %s: status %d", method, r.Status)
			}
			if got := r.Header.Get("Access-Control-Allow-Origin"); got != origin {
				t.Errorf("preflight %s: Access-Control-Allow-Origin %q, want %q", method, got, origin)
			}
			if got := r.Header.Get("Access-Control-Allow-Methods"); !strings.Contains(got, method) {
				t.Errorf("preflight %s: Access-Control-Allow-Methods %q", method, got)
			}
			if got := strings.ToLower(r.Header.Get("Access-Control-Allow-Headers")); !strings.Contains(got, "content-type") {
				t.Errorf("preflight %s: Access-Control-Allow-Headers %q", method, got)
			}
		}
		for _, other := range []string{"https://evil.example", "https://www.scie.org.uk.evil.example", "http://www.scie.org.uk", "null", "*"} {
			r := a.do(t, http.MethodOptions, "/graphql", "", "", "Origin", other, "Access-Control-Request-Method", "POST")
			if got := r.Header.Get("Access-Control-Allow-Origin"); got != "" {
				t.Errorf("preflight from %q: Access-Control-Allow-Origin %q, want none", other, got)
			}
			r = a.do(t, http.MethodPost, "/graphql", "application/json", `{"query":"{ __typename }"}`, "Origin", other)
			if got := r.Header.Get("Access-Control-Allow-Origin"); got != "" {
				t.Errorf("POST from %q: Access-Control-Allow-Origin %q, want none", other, got)
			}
		}
		r := a.do(t, http.MethodPost, "/graphql", "application/json", `{"query":"{ __typename }"}`, "Origin", origin)
		if got := r.Header.Get("Access-Control-Allow-Origin"); got != origin {
			t.Errorf("POST from %q: Access-Control-Allow-Origin %q", origin, got)
		}
		if got := strings.ToLower(r.Header.Get("Access-Control-Expose-Headers")); !strings.Contains(got, "x-request-id") {
			t.Errorf("POST from %q: Access-Control-Expose-Headers %q, want X-Request-ID exposed", origin, got)
		}
	})

	t.Run("RequestID", func(t *testing.T) {
		fresh := regexp.MustCompile(`^[0-9a-f]{16}$`)
		for _, id := range []string{"abc-123.DEF_9", strings.Repeat("a", 64)} {
			r := a.do(t, http.MethodPost, "/graphql", "application/json", `{"query":"{ __typename }"}`, "X-Request-ID", id)
			if got := r.Header.Get("X-Request-ID"); got != id {
				t.Errorf("X-Request-ID %q echoed as %q", id, got)
			}
			if len(a.logLines(`"request_id":"`+id+`"`)) == 0 {
				t.Errorf("no log line carries request ID %q", id)
			}
		}
		for _, id := range []string{"a\nb", "a\r\nX-Injected: 1", strings.Repeat("a", 65), strings.Repeat("x", 500),
			"has space", "ünï", "<script>", `a"b`, "a/b", "\x00"} {
			req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
			req.Header.Set("Content-Type", "application/json")
			req.Header["X-Request-Id"] = []string{id}
			r := a.serve(t, req)
			got := r.Header.Get("X-Request-ID")
			if !fresh.MatchString(got) {
				t.Errorf("X-Request-ID %q: response carries %q, want a fresh ID", id, got)
			}
			if strings.Contains(a.logs.String(), "X-Injected") {
				t.Errorf("X-Request-ID %q reached the log", id)
			}
		}
	})

	t.Run("HealthAndUnknownPaths", func(t *testing.T) {
		r := a.do(t, http.MethodGet, "/healthz", "", "")
		if r.Status != http.StatusOK || !strings.Contains(r.Body, "ok") {
			t.Errorf("/healthz: %d %s", r.Status, r.Body)
		}
		r = a.do(t, http.MethodGet, "/readyz", "", "")
		if r.Status != http.StatusOK {
			t.Errorf("/readyz on a migrated DB: %d %s", r.Status, r.Body)
		}
		for _, p := range []string{"/nope", "/graphql/x", "/graphqlx", "/GRAPHQL", "/healthz/x", "/readyz/", "/", "/playground", "/.env", "/graphql%00"} {
			r := a.do(t, http.MethodGet, p, "", "")
			if r.Status != http.StatusNotFound {
				t.Errorf("GET %s: status %d, want 404", p, r.Status)
			}
		}
	})
}

func TestReadyz(t *testing.T) {
	ctx := context.Background()
	check := func(t *testing.T, a *api) {
		t.Helper()
		r := a.do(t, http.MethodGet, "/readyz", "", "", "X-Request-ID", "ready-check")
		if r.Status != http.StatusServiceUnavailable {
			t.Fatalf("/readyz: status %d, want 503; %s", r.Status, r.Body)
		}
		for _, leak := range []string{"goose", "migrate up", "store:", "pq:", "dial", "sql:", "closed"} {
			if strings.Contains(r.Body, leak) {
				t.Errorf("/readyz body leaks %q: %s", leak, r.Body)
			}
		}
		if !json.Valid([]byte(r.Body)) {
			t.Errorf("/readyz body is not JSON: %s", r.Body)
		}
		found := false
		for _, l := range a.logLines("ready-check") {
			if strings.Contains(l, "not ready") && strings.Contains(l, `"error"`) {
				found = true
			}
		}
		if !found {
			t.Errorf("the log holds no reason for the 503: %s", a.logs)
		}
	}
	t.Run("VersionRowDeleted", func(t *testing.T) {
		db := dbtest.NewEmpty(t)
		if _, err := db.ExecContext(ctx, `DELETE FROM goose_db_version WHERE version_id = (SELECT max(version_id) FROM goose_db_version)`); err != nil {
			t.Fatal(err)
		}
		check(t, newAPI(t, db))
	})
	t.Run("RolledBack", func(t *testing.T) {
		db := dbtest.NewEmpty(t)
		if _, err := db.MigrateDown(ctx, nil); err != nil {
			t.Fatal(err)
		}
		check(t, newAPI(t, db))
	})
	t.Run("DatabaseClosed", func(t *testing.T) {
		db := dbtest.NewEmpty(t)
		var name string
		if err := db.GetContext(ctx, &name, `SELECT current_database()`); err != nil {
			t.Fatal(err)
		}
		own, err := store.Open(ctx, dbtest.URL(t, name), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		own.Close()
		check(t, newAPI(t, own))
	})
}

func TestBodyLimit(t *testing.T) {
	a := newAPI(t, dbtest.New(t), func(c *graph.HandlerConfig) { c.MaxBodyBytes = 1024 })
	query := `{"query":"{ projects { totalCount } }","pad":"`
	body := func(n int) string { return query + strings.Repeat("x", n-len(query)-2) + `"}` }

	check := func(t *testing.T, r *response, id string) {
		t.Helper()
		if r.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413; %s", r.Status, r.Body)
		}
		wantCode(t, r, model.ErrorCodeBadRequest, "1,024")
		if strings.Contains(r.Body, "xxxx") {
			t.Errorf("the body is echoed: %.200s", r.Body)
		}
		if lines := a.logLines(id); len(lines) == 0 || !strings.Contains(lines[len(lines)-1], `"sql_statements":0`) {
			t.Errorf("the refused request ran SQL, or was not logged: %v", lines)
		}
	}
	t.Run("ContentLength", func(t *testing.T) {
		r := a.do(t, http.MethodPost, "/graphql", "application/json", body(1025), "X-Request-ID", "big-cl")
		check(t, r, "big-cl")
	})
	t.Run("NoContentLength", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", io.MultiReader(strings.NewReader(body(5000))))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Request-ID", "big-chunked")
		if req.ContentLength != -1 {
			t.Fatalf("ContentLength %d, want unknown", req.ContentLength)
		}
		check(t, a.serve(t, req), "big-chunked")
	})
	t.Run("UnderstatedContentLength", func(t *testing.T) {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(body(5000)))
		req.ContentLength = 10
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Request-ID", "big-lying")
		check(t, a.serve(t, req), "big-lying")
	})
	t.Run("ChunkedOverTheWire", func(t *testing.T) {
		srv := httptest.NewServer(a.h)
		defer srv.Close()
		pr, pw := io.Pipe()
		go func() {
			for i := 0; i < 8; i++ {
				if _, err := io.WriteString(pw, strings.Repeat(" ", 1000)); err != nil {
					return
				}
			}
			_, _ = io.WriteString(pw, `{"query":"{ projects { totalCount } }"}`)
			pw.Close()
		}()
		req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", pr)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Request-ID", "big-wire")
		resp, err := srv.Client().Do(req)
		if err != nil {
			t.Fatalf("request: %v", err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		if len(resp.TransferEncoding) > 0 {
			t.Logf("response transfer encoding %v", resp.TransferEncoding)
		}
		if resp.StatusCode != http.StatusRequestEntityTooLarge || !strings.Contains(string(b), "1,024") {
			t.Errorf("chunked upload: status %d body %s, want 413 naming 1,024", resp.StatusCode, b)
		}
		pr.Close()
	})
	t.Run("AtTheLimit", func(t *testing.T) {
		r := a.do(t, http.MethodPost, "/graphql", "application/json", body(1024))
		wantNoErrors(t, r)
	})
	t.Run("DefaultLimit", func(t *testing.T) {
		d := newAPI(t, a.db)
		r := d.do(t, http.MethodPost, "/graphql", "application/json", query+strings.Repeat("x", 1<<20)+`"}`)
		if r.Status != http.StatusRequestEntityTooLarge {
			t.Errorf("status %d, want 413", r.Status)
		}
		wantCode(t, r, model.ErrorCodeBadRequest, "1,048,576")
	})
}

func TestCacheControl(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	cacheable := "public, max-age=60"
	r := a.get(t, getParams(`{ projects(first: 2) { nodes { slug } } }`, nil))
	wantNoErrors(t, r)
	if got := r.Header.Get("Cache-Control"); got != cacheable {
		t.Errorf("successful GET: Cache-Control %q, want %q", got, cacheable)
	}
	r = a.post(t, `{ projects(first: 2) { nodes { slug } } }`, nil)
	if got := r.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("POST: Cache-Control %q, want no-store", got)
	}
	for name, params := range map[string]url.Values{
		"resolver error":            getParams(`{ projects(first: 0) { totalCount } }`, nil),
		"validation error":          getParams(`{ nope }`, nil),
		"parse error":               getParams(`{ projects {`, nil),
		"too complex":               getParams(`{ projects(first: 100) { edges { node { resources(first: 100) { edges { node { title } } } } } } }`, nil),
		"variables error":           getParams(`query($n: Int) { projects(first: $n) { totalCount } }`, map[string]any{"n": "abc"}),
		"unknown operation":         {"query": {"query A { __typename }"}, "operationName": {"B"}},
		"persisted query not found": {"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("0", 64) + `"}}`}},
	} {
		for _, accept := range []string{"", "application/json", graphqlResponse} {
			var r *response
			if accept == "" {
				r = a.get(t, params)
			} else {
				r = a.get(t, params, "Accept", accept)
			}
			if len(r.Errors) == 0 {
				t.Errorf("GET %s: no error", name)
			}
			if got := r.Header.Get("Cache-Control"); got != "no-store" {
				t.Errorf("GET with a %s (Accept %q, status %d): Cache-Control %q on the wire, want no-store", name, accept, r.Status, got)
			}
		}
	}
}

func TestPersistedQueries(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	query := `{ project(slug: "exampleshire-carers-card") { slug } }`
	sum := sha256.Sum256([]byte(query))
	hash := hex.EncodeToString(sum[:])
	ext := func(h string) string {
		return fmt.Sprintf(`{"persistedQuery":{"version":1,"sha256Hash":%q}}`, h)
	}

	r := a.get(t, url.Values{"extensions": {ext(hash)}})
	wantCode(t, r, model.ErrorCodePersistedQueryNotFound, "PersistedQueryNotFound")
	if r.Status >= 400 {
		t.Errorf("unknown hash: status %d", r.Status)
	}

	r = a.do(t, http.MethodPost, "/graphql", "application/json", fmt.Sprintf(`{"query":%q,"extensions":%s}`, query, ext(hash)))
	wantNoErrors(t, r)

	r = a.get(t, url.Values{"extensions": {ext(hash)}})
	wantNoErrors(t, r)
	if !strings.Contains(string(r.Data), "exampleshire-carers-card") {
		t.Errorf("GET by hash: data %s", r.Data)
	}
	if got := r.Header.Get("Cache-Control"); got != "public, max-age=60" {
		t.Errorf("GET by hash: Cache-Control %q", got)
	}
	r = a.do(t, http.MethodPost, "/graphql", "application/json", fmt.Sprintf(`{"extensions":%s}`, ext(hash)))
	wantNoErrors(t, r)

	for name, body := range map[string]string{
		"wrong hash":     fmt.Sprintf(`{"query":%q,"extensions":%s}`, query, ext(strings.Repeat("a", 64))),
		"garbage hash":   fmt.Sprintf(`{"query":%q,"extensions":%s}`, query, ext("not a hash \x01")),
		"version 2":      fmt.Sprintf(`{"query":%q,"extensions":{"persistedQuery":{"version":2,"sha256Hash":%q}}}`, query, hash),
		"version string": fmt.Sprintf(`{"extensions":{"persistedQuery":{"version":"1","sha256Hash":%q}}}`, hash),
		"not an object":  `{"extensions":{"persistedQuery":"yes"}}`,
		"hash a number":  `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":12}}}`,
	} {
		r := a.do(t, http.MethodPost, "/graphql", "application/json", body)
		if len(r.Errors) == 0 {
			t.Errorf("%s: no error; %s", name, r.Body)
		}
	}
	// A wrong hash must not poison the cache for that hash.
	r = a.get(t, url.Values{"extensions": {ext(strings.Repeat("a", 64))}})
	wantCode(t, r, model.ErrorCodePersistedQueryNotFound)

	t.Run("OverLongQueryNotStored", func(t *testing.T) {
		// A query refused for its length must not be kept in the
		// persisted-query cache: otherwise 1,000 entries of up to the body
		// limit (1 MB) each can be parked in memory. limits.go also relies
		// on it ("their text was checked when it was stored").
		long := `{ __typename }` + strings.Repeat(" ", 900_000)
		sum := sha256.Sum256([]byte(long))
		h := hex.EncodeToString(sum[:])
		r := a.do(t, http.MethodPost, "/graphql", "application/json", fmt.Sprintf(`{"query":%q,"extensions":%s}`, long, ext(h)))
		wantCode(t, r, model.ErrorCodeQueryTooComplex, "over the limit of 20,000 bytes")
		r = a.get(t, url.Values{"extensions": {ext(h)}})
		wantCode(t, r, model.ErrorCodePersistedQueryNotFound)
	})
}

// TestNoDataWhenExecutionNeverStarted: a request that does not parse, does
// not validate or names no operation gets errors and no "data" entry, in
// both media types; one that ran keeps its data.
func TestNoDataWhenExecutionNeverStarted(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.NewEmpty(t))
	for _, accept := range []string{"application/json", graphqlResponse} {
		for _, body := range []string{
			`{"query":"{ regions { name "}`,
			`{"query":"{ nope }"}`,
			`{"query":"query A { regions { name } }","operationName":"B"}`,
		} {
			r := a.do(t, http.MethodPost, "/graphql", "application/json", body, "Accept", accept)
			var keys map[string]json.RawMessage
			if err := json.Unmarshal([]byte(r.Body), &keys); err != nil {
				t.Fatalf("%s: %v", r.Body, err)
			}
			if _, ok := keys["data"]; ok || keys["errors"] == nil {
				t.Errorf("%s as %s: %s; want errors and no data", body, accept, r.Body)
			}
		}
		r := a.do(t, http.MethodPost, "/graphql", "application/json", `{"query":"{ regions { name } }"}`, "Accept", accept)
		if !strings.Contains(r.Body, `"data":{"regions":`) {
			t.Errorf("a query that ran, as %s: %s", accept, r.Body)
		}
	}
}
