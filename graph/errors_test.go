package graph_test

// Error masking: internal failures reach the client only as "internal
// error; quote request ID …" with code INTERNAL, the real error goes to
// the log, and timeouts are TIMEOUT, never INTERNAL.

import (
	"context"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
	"learningapi/store"
)

// wantMasked checks that every error in r is the masked internal error
// for the request ID the response header carries, and that the log holds
// the real error, mentioning want.
func wantMasked(t *testing.T, a *api, r *response, want string) {
	t.Helper()
	id := r.Header.Get("X-Request-ID")
	if id == "" {
		t.Fatal("no X-Request-ID in the response")
	}
	if len(r.Errors) == 0 {
		t.Fatalf("want an internal error, got none: %.300s", r.Body)
	}
	for _, e := range r.Errors {
		if e.code() != model.ErrorCodeInternal {
			t.Errorf("code %q, want INTERNAL (%q)", e.code(), e.Message)
		}
		if e.Message != "internal error; quote request ID "+id+" when reporting it" {
			t.Errorf("message %q, want only the masked text with request ID %s", e.Message, id)
		}
		if got, _ := e.Extensions["requestId"].(string); got != id {
			t.Errorf("extensions.requestId %q, want %q (the X-Request-ID header)", got, id)
		}
	}
	if r.Status >= 500 {
		t.Errorf("status %d", r.Status)
	}
	found := false
	for _, l := range a.logLines(`"request_id":"` + id + `"`) {
		if strings.Contains(l, `"level":"ERROR"`) && strings.Contains(l, want) {
			found = true
		}
	}
	if !found {
		t.Errorf("no ERROR log line for request %s mentions %q:\n%s", id, want, a.logs)
	}
}

func TestErrorMasking(t *testing.T) {
	ctx := context.Background()

	t.Run("DroppedView", func(t *testing.T) {
		a := newAPI(t, dbtest.New(t))
		if _, err := a.db.ExecContext(ctx, `DROP VIEW published_resource CASCADE`); err != nil {
			t.Fatal(err)
		}
		q := `{ resources(first: 1) { nodes { title } } }`
		r := a.post(t, q, nil, "X-Request-ID", "mask-given-1")
		if r.Header.Get("X-Request-ID") != "mask-given-1" {
			t.Errorf("X-Request-ID %q", r.Header.Get("X-Request-ID"))
		}
		wantMasked(t, a, r, "published_resource")
		wantMasked(t, a, a.post(t, q, nil), "published_resource")
		wantMasked(t, a, a.get(t, getParams(q, nil)), "published_resource")
		wantMasked(t, a, a.get(t, getParams(q, nil), "Accept", graphqlResponse), "published_resource")
		// Nested under records that still load: each failing field is
		// masked, and the rest of the answer stands.
		r = a.post(t, `{ project(slug: "north-west-london-carers-card") { slug resources { totalCount } } regions { code } }`, nil)
		wantMasked(t, a, r, "published_resource")
		if !strings.Contains(string(r.Data), `"regions":[`) {
			t.Errorf("the unaffected field was lost: %s", r.Data)
		}
	})

	t.Run("RenamedTable", func(t *testing.T) {
		a := newAPI(t, dbtest.New(t))
		if _, err := a.db.ExecContext(ctx, `ALTER TABLE region RENAME TO region_gone`); err != nil {
			t.Fatal(err)
		}
		r := a.post(t, `{ projects(filter: {regions: ["london"]}) { totalCount } }`, nil, "X-Request-ID", "mask-refs")
		wantMasked(t, a, r, `region`)
		r = a.post(t, `{ consortia(filter: {regions: ["london"]}) { totalCount } }`, nil)
		wantMasked(t, a, r, `region`)
	})
}

func wantTimeout(t *testing.T, r *response) {
	t.Helper()
	if r.Status >= 500 {
		t.Errorf("status %d", r.Status)
	}
	wantCode(t, r, model.ErrorCodeTimeout, "took too long")
	for _, e := range r.Errors {
		if e.code() == model.ErrorCodeInternal {
			t.Errorf("an INTERNAL error alongside the timeout: %q", e.Message)
		}
	}
}

func TestTimeouts(t *testing.T) {
	ctx := context.Background()
	db := dbtest.New(t)
	var name string
	if err := db.GetContext(ctx, &name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}

	t.Run("StatementTimeout", func(t *testing.T) {
		slow, err := store.Open(ctx, dbtest.URL(t, name), store.Options{StatementTimeout: time.Millisecond})
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { slow.Close() })
		a := newAPI(t, slow)
		lockTable(t, db, "project")
		start := time.Now()
		wantTimeout(t, a.post(t, `{ projects { totalCount nodes { slug } } }`, nil))
		wantTimeout(t, a.get(t, getParams(`{ project(slug: "exampleshire-carers-card") { slug } }`, nil)))
		wantTimeout(t, a.post(t, `{ resources(filter: {projects: ["exampleshire-carers-card"]}) { totalCount } }`, nil))
		if time.Since(start) > 5*time.Second {
			t.Errorf("statement timeouts took %v", time.Since(start))
		}
	})

	t.Run("RequestTimeoutDuringExecution", func(t *testing.T) {
		a := newAPI(t, db, func(c *graph.HandlerConfig) { c.RequestTimeout = 200 * time.Millisecond })
		lockTable(t, db, "project")
		wantTimeout(t, a.post(t, `{ projects { totalCount } }`, nil))
	})

	t.Run("RequestTimeoutBeforeExecution", func(t *testing.T) {
		// The deadline has passed before execution starts (RequestTimeout
		// 1ns here; in production, a slow parse or validation): the answer
		// must still be a GraphQL response with code TIMEOUT.
		a := newAPI(t, db, func(c *graph.HandlerConfig) { c.RequestTimeout = time.Nanosecond })
		for _, r := range []*response{
			a.post(t, `{ projects { totalCount } }`, nil),
			a.get(t, url.Values{"query": {`{ projects { totalCount } }`}}),
		} {
			if strings.TrimSpace(r.Body) == "null" {
				t.Errorf("status %d with the body %q: not a GraphQL response", r.Status, r.Body)
			}
			wantTimeout(t, r)
		}
	})
}

func TestUnknownPersistedQueryHasItsCode(t *testing.T) {
	// A hash the server does not hold is answered with the schema's
	// PERSISTED_QUERY_NOT_FOUND, by GET and by POST.
	a := newAPI(t, dbtest.New(t))
	for _, r := range []*response{
		a.get(t, url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("1", 64) + `"}}`}}),
		a.do(t, http.MethodPost, "/graphql", "application/json", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"x"}}}`),
	} {
		wantCode(t, r, model.ErrorCodePersistedQueryNotFound)
	}
}
