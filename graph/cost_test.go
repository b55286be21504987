package graph

import (
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
)

// scale1000 is how many rows the largest tables hold at seed -scale 1000,
// where one aliased filtered count was enough to hold the pool.
func scale1000(table string) int64 {
	return map[string]int64{"resource": 170_172, "project": 40_047, "event": 32_034, "topic": 40}[table]
}

// costAt measures query against the schema with the tables' rows given.
func costAt(tb testing.TB, query string, rows func(string) int64) measurement {
	tb.Helper()
	schema := NewExecutableSchema(Config{Resolvers: &Resolver{}}).Schema()
	doc, err := gqlparser.LoadQueryWithRules(schema, query, nil)
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	return measure(doc.Operations[0].SelectionSet, nil, rows)
}

func TestCostPricesTheRowsSQLReads(t *testing.T) {
	const attackField = `resources(first: 1, filter: {topics: ["unpaid-carers", "short-breaks"], aboutUnpaidCarerProjects: true}) { totalCount }`
	for _, c := range []struct {
		name, query string
		want        int
	}{
		// A page in the list's own order reads its records and stops: the
		// field, and nodes and title for each of 20 records.
		{"page", `{ resources(first: 20) { nodes { title } } }`, 1 + 20*2},
		// totalCount counts every published resource: 170,172 rows / 50.
		{"count", `{ resources(first: 1) { totalCount } }`, 1 + 3403 + 1},
		// Each filter condition is another pass over as many rows.
		{"filtered count", `{ ` + attackField + ` }`, 1 + 170_172*3/50 + 1},
		{"filtered page", `{ resources(first: 20, filter: {types: [CASE_STUDY]}) { nodes { title } } }`, 1 + 170_172*2/50 + 20*2},
		// Under a record, a list's share of its table: 170,172 / 40 topics
		// is 4,254 rows each, 85 cost a topic (beside nodes, resources and
		// its default page of 20).
		{"nested count", `{ topics(first: 100) { nodes { resources { totalCount } } } }`, 1 + 100*(1+1+85+20)},
		// Null conditions are no conditions.
		{"null filter", `{ resources(first: 1, filter: {topics: null}) { nodes { title } } }`, 1 + 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := costAt(t, c.query, scale1000).cost; got != c.want {
				t.Errorf("cost %d, want %d", got, c.want)
			}
		})
	}

	// The attack that held every connection for 10 s at scale 1000: 25
	// aliases of one filtered count. It cost 50 when only records were
	// counted; now it is refused before it runs.
	var b strings.Builder
	b.WriteString("{")
	for i := range 25 {
		fmt.Fprintf(&b, " a%d: %s", i, attackField)
	}
	b.WriteString(" }")
	attack := costAt(t, b.String(), scale1000)
	if attack.cost <= 25_000 {
		t.Errorf("the expensive-alias attack costs %d at scale 1000, within the default limit of 25,000", attack.cost)
	}
	if small := costAt(t, b.String(), func(string) int64 { return 50 }); small.cost > 25_000 {
		t.Errorf("the same query over 50 rows a table costs %d: the price should follow the data", small.cost)
	}
	if attack.roots != 25 {
		t.Errorf("%d root fields counted, want 25", attack.roots)
	}
}

func TestRootFieldsNeedingTheDatabase(t *testing.T) {
	for q, want := range map[string]int{
		`{ __typename }`:                      0,
		`{ __schema { queryType { name } } }`: 0,
		`{ regions { name } funds { name } }`: 2,
		`query { ...F } fragment F on Query { regions { name } a: regions { code } }`: 2,
		`{ ... on Query { regions { name } } __typename }`:                            1,
	} {
		if got := costAt(t, q, nil).roots; got != want {
			t.Errorf("%s: %d root fields read the database, want %d", q, got, want)
		}
	}
}
