package graph_test

// The operation limits (depth, aliases, cost, query length): each refusal
// has code QUERY_TOO_COMPLEX and names the amount and the limit; the
// numbers follow the rules in limits.go.

import (
	"fmt"
	"net/http"
	"strings"
	"testing"
	"time"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
)

// hTopicChain nests k parent fields under topics.nodes: depth 3 + k.
func hTopicChain(k int) string {
	return "{ topics { nodes { " + strings.Repeat("parent { ", k) + "name" + strings.Repeat(" }", k) + " } } }"
}

// hAliases is a query with n aliased fields (each regions { code }).
func hAliases(n int) string {
	var b strings.Builder
	b.WriteString("{")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, " a%d: regions { code }", i)
	}
	b.WriteString(" }")
	return b.String()
}

// Cost of hNested100 by the rule in limits.go (each field costs the
// product of the page sizes above it):
// projects 1 + edges 100 + node 100 + resources 100 + edges 10,000 +
// node 10,000 + title 10,000 = 30,301.
const hNested100 = `{ projects(first: 100) { edges { node { resources(first: 100) { edges { node { title } } } } } } }`

// Cost of hNodes100: projects 1 + nodes 100 + resources 100 + nodes 10,000
// + title 10,000 = 20,201.
const hNodes100 = `{ projects(first: 100) { nodes { resources(first: 100) { nodes { title } } } } }`

// hIntrospection is the introspection query GraphiQL sends (graphql-js
// getIntrospectionQuery with descriptions and nine levels of ofType).
const hIntrospection = `
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

func TestHLimits(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)

	t.Run("Depth", func(t *testing.T) {
		hWantNoErrors(t, hPost(t, a, hTopicChain(9), nil)) // 12 levels
		r := hPost(t, a, hTopicChain(11), nil)
		hWantCode(t, r, model.ErrorCodeQueryTooComplex, "nests 14 levels deep, over the limit of 12")
		// Through a named fragment and through inline fragments.
		frag := "{ topics { nodes { ...T } } } fragment T on Topic { " + strings.Repeat("parent { ", 11) + "name" + strings.Repeat(" }", 11) + " }"
		hWantCode(t, hPost(t, a, frag, nil), model.ErrorCodeQueryTooComplex, "nests 14 levels deep, over the limit of 12")
		inline := "{ topics { nodes { " + strings.Repeat("... on Topic { parent { ", 11) + "name" + strings.Repeat(" } }", 11) + " } } }"
		hWantCode(t, hPost(t, a, inline, nil), model.ErrorCodeQueryTooComplex, "nests 14 levels deep, over the limit of 12")
		// Through GET too.
		hWantCode(t, hGet(t, a, hQ(hTopicChain(11), nil)), model.ErrorCodeQueryTooComplex, "14 levels")
	})

	t.Run("Aliases", func(t *testing.T) {
		hWantNoErrors(t, hPost(t, a, hAliases(30), nil))
		hWantCode(t, hPost(t, a, hAliases(31), nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases, over the limit of 30")
		inner := strings.TrimSuffix(strings.TrimPrefix(hAliases(31), "{"), "}")
		hWantCode(t, hPost(t, a, "{ ...F } fragment F on Query {"+inner+"}", nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases")
		hWantCode(t, hPost(t, a, "{ ... on Query {"+inner+"} }", nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases")
		// Aliases deep inside a connection count as well.
		var deep strings.Builder
		deep.WriteString("{ projects(first: 1) { nodes {")
		for i := 0; i < 31; i++ {
			fmt.Fprintf(&deep, " t%d: title", i)
		}
		deep.WriteString(" } } }")
		hWantCode(t, hPost(t, a, deep.String(), nil), model.ErrorCodeQueryTooComplex, "uses 31 aliases")
	})

	t.Run("Cost", func(t *testing.T) {
		// 20,201 is under the default 25,000: it runs.
		hWantNoErrors(t, hPost(t, a, hNodes100, nil))
		hWantCode(t, hPost(t, a, hNested100, nil), model.ErrorCodeQueryTooComplex, "the query's cost is 30,301, over the limit of 25,000")
		frag := `{ projects(first: 100) { ...P } }
			fragment P on ProjectConnection { edges { node { resources(first: 100) { ... on ResourceConnection { edges { node { title } } } } } } }`
		hWantCode(t, hPost(t, a, frag, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		// last counts like first.
		last := strings.ReplaceAll(hNested100, "first", "last")
		hWantCode(t, hPost(t, a, last, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		// Default page size 20: 1 + 20 + 20 + 20 + 400 + 400 + 400 = 1,261.
		low := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 1_260 })
		hWantCode(t, hPost(t, low, strings.ReplaceAll(hNested100, "(first: 100)", ""), nil), model.ErrorCodeQueryTooComplex, "cost is 1,261, over the limit of 1,260")
		// Page sizes over 100 count as 100 (and are refused by the resolver).
		big := strings.ReplaceAll(hNested100, "100", "1000")
		hWantCode(t, hPost(t, a, big, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
	})

	t.Run("CostWithVariables", func(t *testing.T) {
		q := `query($n: Int) { projects(first: $n) { edges { node { resources(first: $n) { edges { node { title } } } } } } }`
		hWantCode(t, hPost(t, a, q, map[string]any{"n": 100}), model.ErrorCodeQueryTooComplex, "cost is 30,301, over the limit of 25,000")
		hWantCode(t, hGet(t, a, hQ(q, map[string]any{"n": 100})), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		// 1 + 10 + 10 + 10 + 100 + 100 + 100 = 331: runs.
		hWantNoErrors(t, hPost(t, a, q, map[string]any{"n": 10}))
		withDefault := strings.Replace(q, "$n: Int)", "$n: Int = 100)", 1)
		hWantCode(t, hPost(t, a, withDefault, nil), model.ErrorCodeQueryTooComplex, "cost is 30,301")
		lastVar := `query($n: Int) { projects(last: $n) { edges { node { resources(last: $n) { edges { node { title } } } } } } }`
		hWantCode(t, hPost(t, a, lastVar, map[string]any{"n": 100}), model.ErrorCodeQueryTooComplex, "cost is 30,301")
	})

	t.Run("QueryBytes", func(t *testing.T) {
		base := "{ __typename }"
		exact := base + strings.Repeat(" ", 20_000-len(base))
		hWantNoErrors(t, hPost(t, a, exact, nil))
		over := exact + " "
		hWantCode(t, hPost(t, a, over, nil), model.ErrorCodeQueryTooComplex, "the query is 20,001 bytes long, over the limit of 20,000 bytes")
		hWantCode(t, hGet(t, a, hQ(over, nil)), model.ErrorCodeQueryTooComplex, "20,001 bytes")
		// A long string argument is part of the query text.
		long := `{ project(slug: "` + strings.Repeat("x", 30_000) + `") { title } }`
		hWantCode(t, hPost(t, a, long, nil), model.ErrorCodeQueryTooComplex, "bytes long, over the limit of 20,000 bytes")
	})

	t.Run("IntrospectionNotRefused", func(t *testing.T) {
		r := hPost(t, a, hIntrospection, nil)
		hWantNoErrors(t, r)
		if !strings.Contains(string(r.Data), `"queryType"`) {
			t.Errorf("introspection returned %.200s", r.Data)
		}
		hWantNoErrors(t, hGet(t, a, hQ(hIntrospection, nil)))
		tight := newAPIWith(t, db, func(c *graph.HandlerConfig) {
			c.Limits = graph.Limits{MaxQueryBytes: 20_000, MaxDepth: 2, MaxAliases: 1, MaxCost: 25_000}
		})
		hWantNoErrors(t, hPost(t, tight, hIntrospection, nil))
	})

	t.Run("Configurable", func(t *testing.T) {
		shallow := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxDepth = 3 })
		hWantNoErrors(t, hPost(t, shallow, `{ projects { nodes { slug } } }`, nil))
		hWantCode(t, hPost(t, shallow, `{ projects { nodes { consortium { name } } } }`, nil), model.ErrorCodeQueryTooComplex, "nests 4 levels deep, over the limit of 3")
		deep := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxDepth = 20 })
		hWantNoErrors(t, hPost(t, deep, hTopicChain(11), nil))

		fewAliases := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxAliases = 2 })
		hWantCode(t, hPost(t, fewAliases, hAliases(3), nil), model.ErrorCodeQueryTooComplex, "uses 3 aliases, over the limit of 2")
		manyAliases := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxAliases = 100 })
		hWantNoErrors(t, hPost(t, manyAliases, hAliases(31), nil))

		cheap := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 20_200 })
		hWantCode(t, hPost(t, cheap, hNodes100, nil), model.ErrorCodeQueryTooComplex, "the query's cost is 20,201, over the limit of 20,200")
		atLimit := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 20_201 })
		hWantNoErrors(t, hPost(t, atLimit, hNodes100, nil))
		rich := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxCost = 40_000 })
		hWantNoErrors(t, hPost(t, rich, hNested100, nil))

		short := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxQueryBytes = 100 })
		q := "{ __typename }" + strings.Repeat(" ", 87)
		hWantCode(t, hPost(t, short, q, nil), model.ErrorCodeQueryTooComplex, "the query is 101 bytes long, over the limit of 100 bytes")

		none := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits = graph.Limits{} })
		hWantNoErrors(t, hPost(t, none, hNested100, nil))
		hWantNoErrors(t, hPost(t, none, hTopicChain(11), nil))
	})

	t.Run("CostDoesNotOverflow", func(t *testing.T) {
		// With a raised depth limit, ten nested first: 100 lists multiply
		// to 100^10, which overflows int64; the wrapped cost is negative
		// and the operation must still be refused. region(slug:) finds
		// nothing, so the query costs nothing if it does run.
		deep := newAPIWith(t, db, func(c *graph.HandlerConfig) { c.Limits.MaxDepth = 30 })
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
		r := hPost(t, deep, b.String(), nil)
		hWantCode(t, r, model.ErrorCodeQueryTooComplex, "over the limit of 25,000")
		for _, e := range r.Errors {
			if strings.Contains(e.Message, "cost is -") {
				t.Errorf("negative cost in %q", e.Message)
			}
		}
	})

	t.Run("AliasedIntrospectionCounted", func(t *testing.T) {
		// MaxAliases bounds "how many aliased fields one operation may
		// use"; aliased copies of __schema are aliased fields too, and each
		// is a full copy of the schema in the response.
		var b strings.Builder
		b.WriteString("{")
		for i := 0; i < 31; i++ {
			fmt.Fprintf(&b, " s%d: __schema { types { name fields { name } } }", i)
		}
		b.WriteString(" }")
		r := hPost(t, a, b.String(), nil)
		hWantCode(t, r, model.ErrorCodeQueryTooComplex, "uses 31 aliases, over the limit of 30")
		if len(r.Errors) == 0 {
			t.Logf("31 aliased __schema copies: a %d-byte query answered with %d bytes", b.Len(), len(r.Body))
		}
	})

	t.Run("QueryBytesCheckedBeforeParsing", func(t *testing.T) {
		// An over-long query is refused for its length before it is
		// parsed and validated: a 50 KB query of repeated fields must not
		// cost the server seconds of validation before the refusal.
		q := "{" + strings.Repeat(" __typename", 4500) + " }"
		start := time.Now()
		r := hPost(t, a, q, nil)
		took := time.Since(start)
		hWantCode(t, r, model.ErrorCodeQueryTooComplex, "bytes long, over the limit of 20,000 bytes")
		if took > 500*time.Millisecond {
			t.Errorf("refusing a %d-byte query took %v: the length is checked only after parsing and validation", len(q), took)
		}
		// The same order shows with a query that does not even parse.
		broken := "{ projects { totalCount " + strings.Repeat(" ", 25_000)
		r = hPost(t, a, broken, nil)
		if r.Status != http.StatusOK || len(r.codes()) == 0 || r.codes()[0] != model.ErrorCodeQueryTooComplex {
			t.Errorf("a 25 KB unparsable query: codes %v, want QUERY_TOO_COMPLEX (length checked first)", r.codes())
		}
	})
}
