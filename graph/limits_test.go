package graph_test

import (
	"fmt"
	"strings"
	"testing"

	"learningapi/dbtest"
)

// TestFragmentChainsAreSizedOnce sends a 1 KB query whose fragments each
// spread the next one twice, so that walking it naively means 2^40 visits.
// It must be refused for its cost (each fragment sized once), not hang.
func TestFragmentChainsAreSizedOnce(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.NewEmpty(t))
	const n = 40
	var b strings.Builder
	b.WriteString("query { ...F0 }\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { regions { name } }\n", n)
	errs, _ := a.queryErrors(t, b.String(), nil)
	if errs[0].code() != "QUERY_TOO_COMPLEX" || !strings.Contains(errs[0].Message, "cost") {
		t.Fatalf("want a cost refusal, got %+v", errs)
	}
}

// TestPlainListsAndNodesCountInTheCost checks lists that are not
// connections still multiply what is beneath them: nodes(ids:) by the
// number of IDs, other lists of records by an estimate of ten.
func TestPlainListsAndNodesCountInTheCost(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.NewEmpty(t))
	// funds (list, x10) > tranches (list, x10) > allocations (list, x10) >
	// consortium > projects(first: 100) > nodes > title: 100,000 titles.
	errs, _ := a.queryErrors(t, `{ funds { tranches { allocations { consortium { projects(first: 100) { nodes { title } } } } } } }`, nil)
	if errs[0].code() != "QUERY_TOO_COMPLEX" {
		t.Fatalf("want a cost refusal, got %+v", errs)
	}
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = fmt.Sprintf("%q", "UHJvamVjdDox") // Project:1
	}
	q := fmt.Sprintf(`{ nodes(ids: [%s]) { ... on Project { resources(first: 100) { nodes { title summary type } } } } }`, strings.Join(ids, ","))
	errs, _ = a.queryErrors(t, q, nil)
	// 1 (nodes) + 100 x (1 resources + 100 x 4 fields) = 40,101.
	if errs[0].code() != "QUERY_TOO_COMPLEX" || !strings.Contains(errs[0].Message, "cost is 40,101") {
		t.Fatalf("want a cost of 40,101 refused, got %+v", errs)
	}
}
