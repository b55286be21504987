package graph_test

import (
	"net/http"
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
	"learningapi/playground"
)

// TestIntrospectionCanBeTurnedOff checks INTROSPECTION=false closes both
// ways of reading the schema, and that by default both are open and
// complete.
func TestIntrospectionCanBeTurnedOff(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	on := newAPI(t, db)
	var out struct {
		Schema struct{ Types []struct{ Name string } } `json:"__schema"`
	}
	on.query(t, `{ __schema { types { name } } }`, nil, &out)
	if len(out.Schema.Types) < 50 {
		t.Fatalf("introspection lists only %d types", len(out.Schema.Types))
	}
	sdl := on.do(t, http.MethodGet, "/schema.graphql", "", "")
	if sdl.Status != http.StatusOK || !strings.Contains(sdl.Body, "The entry point for reading.") ||
		!strings.Contains(sdl.Body, "type Project implements Node") {
		t.Fatalf("GET /schema.graphql: %d\n%.300s", sdl.Status, sdl.Body)
	}

	off := newAPI(t, db, func(c *graph.HandlerConfig) { c.Introspection = false })
	errs, _ := off.queryErrors(t, `{ __schema { types { name } } }`, nil)
	if errs[0].code() != model.ErrorCodeForbidden || !strings.Contains(errs[0].Message, "introspection is turned off") {
		t.Fatalf("introspection off: %+v", errs)
	}
	if r := off.do(t, http.MethodGet, "/schema.graphql", "", ""); r.Status != http.StatusNotFound {
		t.Fatalf("GET /schema.graphql with introspection off: %d", r.Status)
	}
	// Ordinary queries still work.
	var projects struct{ Projects struct{ TotalCount int } }
	off.query(t, `{ projects { totalCount } }`, nil, &projects)
	if projects.Projects.TotalCount == 0 {
		t.Fatal("no projects")
	}
}

// TestIntrospectionOffTellsNothingOfTheSchema sends near-misses of real
// names (fields, arguments, input fields, enum values) with introspection
// off: each is refused, and no message names anything the client did not
// send. The playground, its examples and the SDL are not served either.
// With introspection on, the same mistakes get their suggestions.
func TestIntrospectionOffTellsNothingOfTheSchema(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	withPlayground := func(c *graph.HandlerConfig) { c.Playground = playground.Handler("/graphql") }
	off := newAPI(t, db, withPlayground, func(c *graph.HandlerConfig) { c.Introspection = false })
	on := newAPI(t, db, withPlayground)
	mistakes := map[string]string{
		"field":       `{ projectz(first: 1) { totalCount } }`,
		"argument":    `{ projects(frist: 1) { totalCount } }`,
		"input field": `{ projects(filter: {region: ["london"]}) { totalCount } }`,
		"enum value":  `{ projects(orderBy: {field: TITEL}) { totalCount } }`,
		"type":        `query($f: ProjectFiltr) { projects(filter: $f) { totalCount } }`,
	}
	for what, q := range mistakes {
		r := off.post(t, q, nil)
		if len(r.Errors) == 0 {
			t.Errorf("%s: %s was accepted", what, q)
		}
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "Did you mean") {
				t.Errorf("%s: with introspection off the answer suggests a name: %q", what, e.Message)
			}
		}
		if on := on.post(t, q, nil); what != "type" && !strings.Contains(on.Body, "Did you mean") {
			t.Errorf("%s: with introspection on, no suggestion (the test would prove nothing): %s", what, on.Body)
		}
	}
	for _, path := range []string{"/", "/playground", "/playground/examples.json", "/schema.graphql"} {
		if r := off.do(t, http.MethodGet, path, "", ""); r.Status != http.StatusNotFound {
			t.Errorf("GET %s with introspection off: %d, want 404", path, r.Status)
		}
	}
	if r := on.do(t, http.MethodGet, "/playground", "", ""); r.Status != http.StatusOK {
		t.Errorf("GET /playground with introspection on: %d, want 200", r.Status)
	}
	for _, r := range []*response{off.post(t, `{ regions { name } }`, nil), off.do(t, http.MethodGet, "/healthz", "", "")} {
		if got := r.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("X-Content-Type-Options %q, want nosniff", got)
		}
	}
}
