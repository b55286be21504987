package graph_test

import (
	"net/http"
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
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
