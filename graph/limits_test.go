package graph_test

// The operation limits (depth, aliases, cost, query length): each refusal
// has code QUERY_TOO_COMPLEX and names the amount and the limit; the
// numbers follow the rules in limits.go.

import (
	"fmt"
	"net/http"
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
)

// topicChain nests k parent fields under topics.nodes: depth 3 + k.
func topicChain(k int) string {
	return "{ topics { nodes { " + strings.Repeat("parent { ", k) + "name" + strings.Repeat(" }", k) + " } } }"
}

// aliases is a query with n aliased fields (each regions { code }).
func aliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, " a%d: regions { code }", i)
	}
	b.WriteString(" }")
	return b.String()
}

// Cost of nested100 by the rule in limits.go (each field costs the
// product of the page sizes above it):
// projects 1 + edges 100 + node 100 + resources 100 + edges 10,000 +
// node 10,000 + title 10,000 = 30,301.
const nested100 = `{ projects(first: 100) { edges { node { resources(first: 100) { edges { node { title } } } } } } }`

// Cost of nodes100: projects 1 + nodes 100 + resources 100 + nodes 10,000
// + title 10,000 = 20,201.
const nodes100 = `{ projects(first: 100) { nodes { resources(first: 100) { nodes { title } } } } }`

// introspectionQuery is the introspection query GraphiQL sends (graphql-js
// getIntrospectionQuery with descriptions and nine levels of ofType).
const introspectionQuery = `
query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } } }
}`

func TestLimits(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)

	t.Run("Depth", func(t *testing.T) {
		wantNoErrors(t, a.post(t, topicChain(9), nil)) // 12 levels
		r := a.post(t, topicChain(11), nil)
		wantCode(t, r, model.ErrorCodeQueryTooComplex, "nests 14 levels deep, over the limit of 12")
		// Through a named fragment and through inline fragments.
		frag := "{ topics { nodes { ...T } } } fragment T on Topic { " + strings.Repeat("parent { ", 11) + "name" + strings.Repeat(" }", 11) + " }"
		wantCode(t, a.post(t, frag, nil), model.ErrorCodeQueryTooComplex, "nests 14 levels deep, over the limit of 12")
		inline := "{ topics { nodes { " + strings.Repeat("... on Topic { parent { ", 11) + "name" + strings.Repeat(" } }", 11) + " } } }"
		wantCode(t, a.post(t, inline, nil), model.ErrorCodeQueryTooComplex, "nests 14 levels deep, over the limit of 12")
		// Through GET too.
		wantCode(t, a.get(t, getParams(topicChain(11), nil)), model.ErrorCodeQueryTooComplex, "14 levels")
	})

	t.Run("Aliases", func(t *testing.T) {
		wantNoErrors(t, a.post(t, aliases(30), nil))
		wantCode(t, a.post(t, aliases(31), nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases, over the limit of 30")
		inner := strings.TrimSuffix(strings.TrimPrefix(aliases(31), "{"), "}")
		wantCode(t, a.post(t, "{ ...F } fragment F on Query {"+inner+"}", nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases")
		wantCode(t, a.post(t, "{ ... on Query {"+inner+"} }", nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases")
		// Aliases deep inside a connection count as well.
		var deep strings.Builder
		deep.WriteString("{ projects(first: 1) { nodes {")
		for i := 0; i < 31; i++ {
			fmt.Fprintf(&deep, " t%d: title", i)
		}
		deep.WriteString(" } } }")
		wantCode(t, a.post(t, deep.String(), nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases")
	})

	t.Run("Cost", func(t *testing.T) {
		// 20,201 is under the default 25,000: it runs.
		wantNoErrors(t, a.post(t, nodes100, nil))
		wantCode(t, a.post(t, nested100, nil), model.ErrorCodeQueryTooComplex, "the query's cost is 30,301, over the limit of 25,000")
		frag := `{ projects(first: 100) { ...P } }
			fragment P on ProjectConnection { edges { node { resources(first: 100) { ... on ResourceConnection { edges { node { title } } } } } } }`
		wantCode(t, a.post(t, frag, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		// last counts like first.
		last := strings.ReplaceAll(nested100, "first", "last")
		wantCode(t, a.post(t, last, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		// Default page size 20: 1 + 20 + 20 + 20 + 400 + 400 + 400 = 1,261.
		low := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 1_260 })
		wantCode(t, low.post(t, strings.ReplaceAll(nested100, "(first: 100)", ""), nil), model.ErrorCodeQueryTooComplex, "cost is 1,261, over the limit of 1,260")
		// Page sizes over 100 count as 100 (and are refused by the resolver).
		big := strings.ReplaceAll(nested100, "100", "1000")
		wantCode(t, a.post(t, big, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
	})

	t.Run("CostWithVariables", func(t *testing.T) {
		q := `query($n: Int) { projects(first: $n) { edges { node { resources(first: $n) { edges { node { title } } } } } } }`
		wantCode(t, a.post(t, q, map[string]any{"n": 100}), model.ErrorCodeQueryTooComplex, "cost is 30,301, over the limit of 25,000")
		wantCode(t, a.get(t, getParams(q, map[string]any{"n": 100})), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		// 1 + 10 + 10 + 10 + 100 + 100 + 100 = 331: runs.
		wantNoErrors(t, a.post(t, q, map[string]any{"n": 10}))
		withDefault := strings.Replace(q, "$n: Int)", "$n: Int = 100)", 1)
		wantCode(t, a.post(t, withDefault, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		lastVar := `query($n: Int) { projects(last: $n) { edges { node { resources(last: $n) { edges { node { title } } } } } } }`
		wantCode(t, a.post(t, lastVar, map[string]any{"n": 100}), model.ErrorCodeQueryTooComplex, "cost is 30,301")
	})

	t.Run("QueryBytes", func(t *testing.T) {
		base := "{ __typename }"
		exact := base + strings.Repeat(" ", 20_000-len(base))
		wantNoErrors(t, a.post(t, exact, nil))
		over := exact + " "
		wantCode(t, a.post(t, over, nil), model.ErrorCodeQueryTooComplex, "the query is 20,001 bytes long, over the limit of 20,000 bytes")
		wantCode(t, a.get(t, getParams(over, nil)), model.ErrorCodeQueryTooComplex, "20,001 bytes")
		// A long string argument is part of the query text.
		long := `{ project(slug: "` + strings.Repeat("x", 30_000) + `") { title } }`
		wantCode(t, a.post(t, long, nil), model.ErrorCodeQueryTooComplex, "bytes long, over the limit of 20,000 bytes")
	})

	t.Run("IntrospectionNotRefused", func(t *testing.T) {
		r := a.post(t, introspectionQuery, nil)
		wantNoErrors(t, r)
		if !strings.Contains(string(r.Data), `"queryType"`) {
			t.Errorf("introspection returned %.200s", r.Data)
		}
		wantNoErrors(t, a.get(t, getParams(introspectionQuery, nil)))
		tight := newAPI(t, db, func(c *graph.HandlerConfig) {
			c.Limits = graph.Limits{MaxQueryBytes: 20_000, MaxDepth: 2, MaxAliases: 1, MaxCost: 25_000}
		})
		wantNoErrors(t, tight.post(t, introspectionQuery, nil))
	})

	t.Run("Configurable", func(t *testing.T) {
		shallow := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxDepth = 3 })
		wantNoErrors(t, shallow.post(t, `{ projects { nodes { slug } } }`, nil))
		wantCode(t, shallow.post(t, `{ projects { nodes { consortium { name } } } }`, nil), model.ErrorCodeQueryTooComplex, "nests 4 levels deep, over the limit of 3")
		deep := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxDepth = 20 })
		wantNoErrors(t, deep.post(t, topicChain(11), nil))

		fewAliases := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxAliases = 2 })
		wantCode(t, fewAliases.post(t, aliases(3), nil), model.ErrorCodeQueryTooComplex, "uses 3 aliases, over the limit of 2")
		manyAliases := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxAliases = 100 })
		wantNoErrors(t, manyAliases.post(t, aliases(31), nil))

		cheap := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 20_200 })
		wantCode(t, cheap.post(t, nodes100, nil), model.ErrorCodeQueryTooComplex, "the query's cost is 20,201, over the limit of 20,200")
		atLimit := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 20_201 })
		wantNoErrors(t, atLimit.post(t, nodes100, nil))
		rich := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 40_000 })
		wantNoErrors(t, rich.post(t, nested100, nil))

		short := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxQueryBytes = 100 })
		q := "{ __typename }" + strings.Repeat(" ", 87)
		wantCode(t, short.post(t, q, nil), model.ErrorCodeQueryTooComplex, "the query is 101 bytes long, over the limit of 100 bytes")

		none := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits = graph.Limits{} })
		wantNoErrors(t, none.post(t, nested100, nil))
		wantNoErrors(t, none.post(t, topicChain(11), nil))
	})

	t.Run("CostDoesNotOverflow", func(t *testing.T) {
		// With a raised depth limit, ten nested first: 100 lists multiply
		// to 100^10, which overflows int64; the wrapped cost is negative
		// and the operation must still be refused. region(slug:) finds
		// nothing, so the query costs nothing if it does run.
		deep := newAPI(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxDepth = 30 })
		var b strings.Builder
		b.WriteString(`{ region(slug: "no-such-region") {`)
		for i := 0; i < 10; i++ {
			if i%2 == 0 {
				b.WriteString(" projects(first: 100) { nodes {")
			} else {
				b.WriteString(" resources(first: 100) { nodes {")
			}
		}
		b.WriteString(" title" + strings.Repeat(" } }", 10) + " } }")
		r := deep.post(t, b.String(), nil)
		wantCode(t, r, model.ErrorCodeQueryTooComplex, "over the limit of 25,000")
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "cost is -") {
				t.Errorf("negative cost in %q", e.Message)
			}
		}
	})

	t.Run("SchemaAtMostOnce", func(t *testing.T) {
		// Each __schema answers with the whole schema (about 130 KB), so
		// aliased copies amplify a small request: 25 of them answered with
		// 3.2 MB. One is enough for any client; a second is refused,
		// however it is spelled.
		one := a.post(t, "{ __schema { types { name } } }", nil)
		if len(one.Errors) != 0 {
			t.Fatalf("one __schema refused: %v", one.Errors)
		}
		for name, q := range map[string]string{
			"aliases":   "{ a: __schema { types { name } } b: __schema { queryType { name } } }",
			"fragments": "query { ...S ...T } fragment S on Query { __schema { types { name } } } fragment T on Query { x: __schema { types { name } } }",
			"inline":    "{ __schema { types { name } } ... on Query { again: __schema { types { name } } } }",
		} {
			r := a.post(t, q, nil)
			wantCode(t, r, model.ErrorCodeQueryTooComplex, "asks for the whole schema (__schema) 2 times, over the limit of 1")
			if strings.Contains(r.Body, `"types"`) {
				t.Errorf("%s: the refused query was answered with the schema: %.200s", name, r.Body)
			}
		}
	})

	t.Run("NoAliasesInsideIntrospection", func(t *testing.T) {
		// Aliases inside one __schema repeat its largest parts: 190
		// aliased copies of types { fields { ... } } made 5.7 MB.
		for name, q := range map[string]string{
			"field":    "{ __schema { a: types { name } b: types { name } } }",
			"fragment": "{ __schema { ...T } } fragment T on __Schema { t: types { name } }",
			"__type":   `{ __type(name: "Project") { f: fields { name } } }`,
		} {
			r := a.post(t, q, nil)
			wantCode(t, r, model.ErrorCodeQueryTooComplex, "aliases inside __schema or __type")
			if strings.Contains(r.Body, `"name"`) {
				t.Errorf("%s: the refused query was answered: %.200s", name, r.Body)
			}
		}
	})

	t.Run("QueryBytesCheckedBeforeParsing", func(t *testing.T) {
		// An over-long query is refused for its length before it is
		// parsed and validated, so a 50 KB query of repeated fields costs
		// no validation: the refusal names its length, not a parse or
		// validation failure, even when the query does not parse.
		q := "{" + strings.Repeat(" __typename", 4500) + " }"
		wantCode(t, a.post(t, q, nil), model.ErrorCodeQueryTooComplex, "bytes long, over the limit of 20,000 bytes")
		broken := "{ projects { totalCount " + strings.Repeat(" ", 25_000)
		r := a.post(t, broken, nil)
		if r.Status != http.StatusOK || len(r.codes()) == 0 || r.codes()[0] != model.ErrorCodeQueryTooComplex {
			t.Errorf("a 25 KB unparsable query: codes %v, want QUERY_TOO_COMPLEX (length checked first)", r.codes())
		}
	})
}

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
	if errs[0].code() != model.ErrorCodeQueryTooComplex || !strings.Contains(errs[0].Message, "cost") {
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
	if errs[0].code() != model.ErrorCodeQueryTooComplex {
		t.Fatalf("want a cost refusal, got %+v", errs)
	}
	ids := make([]string, 100)
	for i := range ids {
		ids[i] = fmt.Sprintf("%q", "UHJvamVjdDox") // Project:1
	}
	q := fmt.Sprintf(`{ nodes(ids: [%s]) { ... on Project { resources(first: 100) { nodes { title summary type } } } } }`, strings.Join(ids, ","))
	errs, _ = a.queryErrors(t, q, nil)
	// 1 (nodes) + 100 x (1 resources + 100 x 4 fields) = 40,101.
	if errs[0].code() != model.ErrorCodeQueryTooComplex || !strings.Contains(errs[0].Message, "cost is 40,101") {
		t.Fatalf("want a cost of 40,101 refused, got %+v", errs)
	}
}
