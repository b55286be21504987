package graph_test

// The read path: statement counts, PostgreSQL-shaped answers against the
// resolvers' answers, and the absence of timers. Helpers here take the
// testing.TB they report to and keep none.

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"learningapi/bench"
	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/read"
	"learningapi/store"
)

// bothWays are the two ways the API answers: shaped whole by PostgreSQL
// where it can, and through the resolvers alone.
var bothWays = []struct {
	name   string
	adjust func(*graph.HandlerConfig)
}{
	{"shaped by PostgreSQL", nil},
	{"through the resolvers", resolversOnly},
}

// TestWebsiteReadsRunOneStatementEach sends the website's reads (the
// benchmark's mix) and checks each is answered by one SQL statement, both
// ways the API can answer, and that the answer goes out compact (PostgreSQL
// writes its JSON with spaces; the response encoder must remove them).
func TestWebsiteReadsRunOneStatementEach(t *testing.T) {
	t.Parallel()
	db := dbtest.NewScaled(t, 2)
	for _, way := range bothWays {
		s := newAPI(t, db, way.adjust)
		for _, rd := range bench.WebsiteReads {
			t.Run(way.name+"/"+rd.Name, func(t *testing.T) {
				s.data(t, rd.Query, rd.Variables)
				if n := s.statementsOfLast(t); n != 1 {
					t.Errorf("%d SQL statements, want 1", n)
				}
				body := []byte(s.post(t, rd.Query, rd.Variables).Body)
				var compact bytes.Buffer
				if err := json.Compact(&compact, body); err != nil || !bytes.Equal(compact.Bytes(), body) {
					t.Errorf("the answer is not compact JSON: %.300s", body)
				}
			})
		}
	}
}

// TestStatementsDoNotGrowWithPageSizeOrRelations checks a deep query costs
// one statement per top-level field whatever its page sizes and however many
// relations each level asks for: no N+1, no batches split by time.
func TestStatementsDoNotGrowWithPageSizeOrRelations(t *testing.T) {
	t.Parallel()
	db := dbtest.NewScaled(t, 2)
	const deep = `query($n: Int!) {
	  projects(first: $n) {
	    totalCount
	    edges { cursor node {
	      title
	      leadOrganisation { name localAuthority { name region { name } } }
	      themes { name parent { name } children { name } }
	      regions { name code }
	      partners { role organisation { name } }
	      allocations { amount { formatted } tranche { financialYear fund { name } } }
	      resources(first: 3) { totalCount nodes { title authors { name } topics { name } events(first: 2) { nodes { title series { title } } } } }
	      events(first: 3) { nodes { title children { nodes { title speakers { role person { name } } } } } }
	    } }
	  }
	  a: regions { name }
	  b: project(slug: "north-west-london-carers-card") { title fundingTotal { formatted } }
	}`
	for _, way := range bothWays {
		s := newAPI(t, db, func(c *graph.HandlerConfig) {
			c.Limits.MaxCost = 10_000_000 // pages of 100 under pages of 100
			if way.adjust != nil {
				way.adjust(c)
			}
		})
		for _, n := range []int{1, 10, 100} {
			t.Run(fmt.Sprintf("%s/page of %d", way.name, n), func(t *testing.T) {
				got := s.data(t, deep, map[string]any{"n": n})
				edges := got.(map[string]any)["projects"].(map[string]any)["edges"].([]any)
				if len(edges) != n {
					t.Fatalf("asked for %d projects, got %d", n, len(edges))
				}
				// Three top-level fields: three statements.
				if stmts := s.statementsOfLast(t); stmts != 3 {
					t.Errorf("%d SQL statements, want 3 (one per top-level field)", stmts)
				}
			})
		}
	}
}

// TestShapedAnswersEqualResolvers generates, from the schema, a query per
// top-level field that asks for every field of its records and of the
// records related to them, and checks the answer PostgreSQL shapes is the
// answer the resolvers give. The resolvers are the reference: they are
// what answers where shaping cannot (Markdown, errors).
func TestShapedAnswersEqualResolvers(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	// The generated queries ask for everything, far past the limits.
	roomy := func(c *graph.HandlerConfig) {
		c.Limits = graph.Limits{MaxQueryBytes: 1 << 20, MaxDepth: 30, MaxAliases: 10_000, MaxCost: 100_000_000}
	}
	shaped := newAPI(t, db, roomy)
	resolvers := newAPI(t, db, func(c *graph.HandlerConfig) { roomy(c); resolversOnly(c) })
	schema := gqlparser.MustLoadSchema(schemaSources(t)...)
	type query struct {
		text string
		vars map[string]any
	}
	var queries []query
	add := func(text string) { queries = append(queries, query{text: text}) }
	for _, f := range schema.Query.Fields {
		if strings.HasPrefix(f.Name, "__") || adminOnly[f.Name] {
			continue
		}
		def := schema.Types[f.Type.Name()]
		switch {
		case strings.HasSuffix(def.Name, "Connection"):
			node := schema.Types[strings.TrimSuffix(def.Name, "Connection")]
			add(fmt.Sprintf("{ %s(first: 5) %s }", f.Name, connectionSelection(schema, node, 2)))
		case f.Name == "node" || f.Name == "nodes" || len(f.Arguments) > 0:
			continue // look-ups and nodes need real keys: below
		default:
			add(fmt.Sprintf("{ %s %s }", f.Name, selectAll(schema, def, 2)))
		}
	}
	// Look-ups, by a slug or code the sample data has.
	lookups := map[string]string{
		"project":              `slug: "north-west-london-carers-card"`,
		"resource":             `slug: "embracing-change-scaling-innovation-in-care"`,
		"event":                `slug: "co-production-week-2025-conference"`,
		"eventSeries":          `slug: "co-production-week-2025"`,
		"fund":                 `slug: "accelerating-reform-fund"`,
		"consortium":           `slug: "north-west-london-arf"`,
		"region":               `code: "E12000003"`,
		"nhsRegion":            `slug: "london"`,
		"integratedCareSystem": `code: "E54000027"`,
		"localAuthority":       `slug: "exampleshire"`,
		"organisation":         `slug: "north-east-lincolnshire-council"`,
		"person":               `slug: "jordan-sample"`,
		"topic":                `slug: "unpaid-carers"`,
		"source":               `slug: "dhsc-arf-grant-determination-2024-25"`,
	}
	for field, args := range lookups {
		def := schema.Types[schema.Query.Fields.ForName(field).Type.Name()]
		add(fmt.Sprintf("{ %s(%s) %s }", field, args, selectAll(schema, def, 2)))
		add(fmt.Sprintf("{ missing: %s(%s) { __typename } }", field, strings.Replace(args, `"`, `"no-such-`, 1)))
	}
	// Every kind of record by global ID, one at a time and all together,
	// with an ID that names nothing. The fragments alias their fields by
	// type: the types' fields of one name may differ in type.
	ids := recordIDs(t, shaped)
	var frags, all []string
	for typeName, id := range ids {
		frag := fmt.Sprintf("... on %s %s", typeName, aliased(typeName, selectAll(schema, schema.Types[typeName], 1)))
		add(fmt.Sprintf(`{ node(id: %q) { id __typename %s } }`, id, frag))
		frags = append(frags, frag)
		all = append(all, fmt.Sprintf("%q", id))
	}
	sort.Strings(frags)
	sort.Strings(all)
	all = append(all, `"UHJvamVjdDo5OTk5OTk"`) // Project:999999
	add(fmt.Sprintf(`{ nodes(ids: [%s]) { id %s } }`, strings.Join(all, ", "), strings.Join(frags, " ")))
	// Arguments, aliases, fragments, directives and paging.
	for _, q := range argumentQueries(t, shaped) {
		add(q)
	}
	for _, v := range []map[string]any{{"yes": true, "no": false}, {"yes": false, "no": true}} {
		queries = append(queries, query{`query($yes: Boolean!, $no: Boolean!) { regions { name @include(if: $yes) code @skip(if: $yes) localAuthorities @include(if: $no) { name } } }`, v})
	}

	for i, q := range queries {
		t.Run(fmt.Sprint(i), func(t *testing.T) {
			want := resolvers.data(t, q.text, q.vars)
			var stmts store.Statements
			got := shaped.recording(&stmts).data(t, q.text, q.vars)
			for _, st := range stmts.List() {
				if !strings.HasPrefix(st.SQL, read.ShapedMark) {
					t.Errorf("answered by the resolvers, not shaped:\n%.300s", st.SQL)
				}
			}
			if !reflect.DeepEqual(got, want) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(want)
				t.Fatalf("%s\nshaped:    %.1500s\nresolvers: %.1500s", q.text, g, w)
			}
		})
	}
}

// aliased prefixes the top-level fields of a selection with the type name,
// as typeName_field: field.
func aliased(typeName, selection string) string {
	inner := strings.TrimSuffix(strings.TrimPrefix(selection, "{ "), " }")
	var out []string
	depth := 0
	for _, tok := range strings.Fields(inner) {
		if depth == 0 && tok != "{" && tok != "}" && !strings.Contains(tok, "(") && !strings.Contains(tok, ")") {
			tok = typeName + "_" + tok + ": " + tok
		}
		depth += strings.Count(tok, "{") + strings.Count(tok, "(") - strings.Count(tok, "}") - strings.Count(tok, ")")
		out = append(out, tok)
	}
	return "{ " + strings.Join(out, " ") + " }"
}

// argumentQueries are queries whose arguments and structure the generated
// ones do not vary: orders, filters, backward pages, cursors from the
// other way of answering, aliases with different arguments, fragments,
// @include and @skip, __typename at every level.
func argumentQueries(tb testing.TB, a *api) []string {
	first := a.data(tb, `{ projects(first: 3) { pageInfo { endCursor } } }`, nil)
	cursor := first.(map[string]any)["projects"].(map[string]any)["pageInfo"].(map[string]any)["endCursor"].(string)
	return []string{
		fmt.Sprintf(`{ projects(first: 4, after: %q) { edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, cursor),
		fmt.Sprintf(`{ projects(last: 2, before: %q) { edges { cursor node { slug } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, cursor),
		`{ projects(last: 3, orderBy: {field: STARTS_ON, direction: DESC}) { totalCount nodes { slug startsOn } pageInfo { hasNextPage hasPreviousPage } } }`,
		`{ resources(first: 7, orderBy: {field: TITLE, direction: DESC}, filter: {types: [CASE_STUDY, GUIDE], audiences: [COMMISSIONERS], topics: ["unpaid-carers"]}) { totalCount nodes { slug title type publishedOn audiences accessibility { formats easyRead britishSignLanguage transcript durationSeconds } } } }`,
		`{ events(first: 6, filter: {startsOn: {from: "2025-06-30", to: "2025-07-04"}, topLevel: true}) { totalCount nodes { slug startsAt endsAt timeZone venue { name address joiningDetails } registration { status url capacity } children { totalCount nodes { slug } } } } }`,
		`{ events(last: 5, filter: {types: [WORKSHOP, WEBINAR]}, orderBy: {field: UPDATED_AT, direction: DESC}) { edges { cursor node { slug } } } }`,
		`{ a: projects(first: 2) { nodes { slug } } b: projects(first: 3, orderBy: {field: TITLE, direction: DESC}) { nodes { slug } } }`,
		`{ project(slug: "north-west-london-carers-card") { a: resources(first: 1) { totalCount nodes { slug } } b: resources(first: 2, filter: {types: [REPORT]}) { nodes { slug } } consortium { ...C } integratedCareSystem { name regions { ...R } } } } fragment C on Consortium { name allocatedTotal { pence pounds formatted currency __typename } fund { trancheTotal { formatted } } } fragment R on Region { code name __typename }`,
		`{ __typename projects(first: 2) { __typename pageInfo { __typename } edges { __typename node { __typename slug } } nodes { __typename } } }`,
		`{ topics(filter: {isTheme: true}) { nodes { slug isTheme children { slug isTheme parent { slug } } } } }`,
		`{ funds { name totalAmount { pence pounds formatted currency } trancheTotal { formatted } tranches { amount { formatted } allocations { amount { pence } project { slug } } } statistics { measure value qualifier } } }`,
	}
}

// recordIDs finds one global ID of each type of record, for node(id:).
func recordIDs(tb testing.TB, a *api) map[string]string {
	got := a.data(tb, `{
	  sources(first: 1) { nodes { id } } regions { id } nhsRegions { id }
	  integratedCareSystems(first: 1) { nodes { id } } localAuthorities(first: 1) { nodes { id } }
	  organisations(first: 1) { nodes { id } } people(first: 1) { nodes { id } } topics(first: 1) { nodes { id } }
	  funds { id tranches { id allocations { id } } priorities { id } } consortia(first: 1) { nodes { id } }
	  projects(first: 1) { nodes { id } } resources(first: 1) { nodes { id } }
	  eventSeriesList(first: 1) { nodes { id } } events(first: 1) { nodes { id } }
	}`, nil)
	raw, _ := json.Marshal(got)
	ids := map[string]string{}
	for _, m := range regexp.MustCompile(`"id":"([^"]+)"`).FindAllStringSubmatch(string(raw), -1) {
		id := m[1]
		typeName := strings.SplitN(ungid(tb, id), ":", 2)[0]
		if _, ok := ids[typeName]; !ok {
			ids[typeName] = id
		}
	}
	schema := gqlparser.MustLoadSchema(schemaSources(tb)...)
	if want := len(schema.GetPossibleTypes(schema.Types["Node"])); len(ids) != want {
		tb.Fatalf("found IDs of %d types, want one of each of the %d Node types: %v", len(ids), want, ids)
	}
	return ids
}

// selectAll selects every field of a type that needs no arguments: scalars
// and enums, and related records down to depth more levels. Markdown fields
// are left out: only Go renders them, so a query asking for them is always
// answered by the resolvers.
func selectAll(schema *ast.Schema, def *ast.Definition, depth int) string {
	var parts []string
	for _, f := range def.Fields {
		if strings.HasPrefix(f.Name, "__") || strings.HasSuffix(f.Name, "Html") {
			continue
		}
		typ := schema.Types[f.Type.Name()]
		switch {
		case typ.Kind == ast.Scalar || typ.Kind == ast.Enum:
			parts = append(parts, f.Name)
		case depth == 0:
			continue
		case strings.HasSuffix(typ.Name, "Connection"):
			node := schema.Types[strings.TrimSuffix(typ.Name, "Connection")]
			parts = append(parts, f.Name+"(first: 2) "+connectionSelection(schema, node, depth-1))
		case typ.Kind == ast.Object:
			parts = append(parts, f.Name+" "+selectAll(schema, typ, depth-1))
		}
	}
	return "{ __typename " + strings.Join(parts, " ") + " }"
}

func connectionSelection(schema *ast.Schema, node *ast.Definition, depth int) string {
	inner := selectAll(schema, node, depth)
	return "{ totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node " + inner + " } nodes " + inner + " }"
}

func schemaSources(tb testing.TB) []*ast.Source {
	files, err := filepath.Glob("../schema/*.graphqls")
	if err != nil || len(files) == 0 {
		tb.Fatalf("schema files: %v", err)
	}
	var out []*ast.Source
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, &ast.Source{Name: f, Input: string(b)})
	}
	return out
}

// TestNoTimerInTheReadPath checks the read path's code: nothing in it
// waits on a clock (a batch window, a sleep, a ticker), so a request is as
// fast as its SQL.
func TestNoTimerInTheReadPath(t *testing.T) {
	timer := regexp.MustCompile(`time\.(Sleep|After|AfterFunc|NewTimer|NewTicker|Tick)\(|dataloadgen|WithWait`)
	for _, dir := range []string{".", "../read", "../cache"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			if m := timer.Find(src); m != nil {
				t.Errorf("%s waits on a clock: %s", f, m)
			}
		}
	}
}
