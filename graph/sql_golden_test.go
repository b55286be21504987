package graph

import (
	"bytes"
	"database/sql/driver"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/formatter"
	"github.com/vektah/gqlparser/v2/parser"

	"learningapi/read"
	"learningapi/store"
)

// The SQL behind every field, written out for reviewers: one golden file
// per top-level field and per relation field, rendered against a dry store
// (store.Dry), so no database is needed. The fields come from the schema,
// so a new one fails the test until its file is written.

var updateSQL = flag.Bool("update", false, "rewrite the SQL golden files in store/testdata/sql")

const (
	sqlGoldenDir = "../store/testdata/sql"
	updateHint   = "go test ./graph -run TestSQLGolden -update"
)

func TestSQLGolden(t *testing.T) {
	d := newDryAPI()
	want := renderGoldenSQL(t, d)
	if *updateSQL {
		writeGoldenSQL(t, want)
		return
	}
	have := readGoldenSQL(t)
	for _, name := range sortedKeys(want) {
		got, ok := have[name]
		switch {
		case !ok:
			t.Errorf("%s: no golden file for this field; write it with `%s`", name, updateHint)
		case got != want[name]:
			t.Errorf("%s: the SQL changed; if that is meant, rewrite the files with `%s`\n%s", name, updateHint, diff(got, want[name]))
		}
	}
	for _, name := range sortedKeys(have) {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: no such field reads the database any more; delete the file or run `%s`", name, updateHint)
		}
	}
}

// dryAPI is the API's handler over a dry store, as the server builds it
// and with the resolvers only, recording the statements it would send.
type dryAPI struct {
	shaped, resolvers http.Handler
	mu                sync.Mutex
	sent              []store.Statement
}

func newDryAPI() *dryAPI {
	d := &dryAPI{}
	db := store.Dry(func(s store.Statement) {
		d.mu.Lock()
		defer d.mu.Unlock()
		d.sent = append(d.sent, s)
	})
	cfg := HandlerConfig{DB: db, Logger: slog.New(slog.NewTextHandler(io.Discard, nil))}
	d.shaped = NewHandler(cfg)
	cfg.ResolversOnly = true
	d.resolvers = NewHandler(cfg)
	return d
}

// send runs query and returns the one statement it sends. The dry store
// answers every statement with an error, so the field fails as an
// internal error; any other error (a mistyped query) fails the test.
func (d *dryAPI) send(tb testing.TB, query string, resolversOnly bool) store.Statement {
	tb.Helper()
	h := d.shaped
	if resolversOnly {
		h = d.resolvers
	}
	d.mu.Lock()
	d.sent = nil
	d.mu.Unlock()
	body, err := json.Marshal(map[string]string{"query": query})
	if err != nil {
		tb.Fatal(err)
	}
	req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var resp struct {
		Errors []struct {
			Message    string         `json:"message"`
			Extensions map[string]any `json:"extensions"`
		} `json:"errors"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &resp); err != nil {
		tb.Fatalf("%s: %v\n%s", query, err, rec.Body)
	}
	for _, e := range resp.Errors {
		if e.Extensions["code"] != "INTERNAL" {
			tb.Fatalf("%s: %s", query, e.Message)
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if len(d.sent) != 1 {
		tb.Fatalf("%s: sent %d statements, not one\n%s", query, len(d.sent), rec.Body)
	}
	return d.sent[0]
}

// shapedBy reports whether PostgreSQL shapes the answer to query whole.
func (d *dryAPI) shapedBy(tb testing.TB, query string) bool {
	return strings.HasPrefix(d.send(tb, query, false).SQL, read.ShapedMark)
}

// way reaches records of one type from the root: ask(sel) is the query
// asking sel of them, one record at each level.
type way struct{ ask func(sel string) string }

// waysDown finds, for every object type a query can reach, the shortest
// way to its records from a top-level field, going through connections'
// nodes. node and nodes are left out: every type they return is reachable
// without them.
func waysDown(s *ast.Schema) (map[string]way, []string) {
	ways := map[string]way{}
	var order []string
	type step struct {
		typeName string
		w        way
	}
	var queue []step
	visit := func(from way, f *ast.FieldDefinition, args string) {
		def := s.Types[f.Type.Name()]
		if def.Kind != ast.Object {
			return
		}
		typeName, conn := def.Name, strings.TrimSuffix(def.Name, "Connection")
		if conn != def.Name && s.Types[conn] != nil {
			typeName, args = conn, "(first: 1)"
		}
		if _, seen := ways[typeName]; seen {
			return
		}
		name := f.Name + args
		if typeName != def.Name {
			name += " { nodes"
		}
		w := way{ask: func(sel string) string {
			inner := name + " { " + sel + " }"
			if typeName != def.Name {
				inner += " }"
			}
			return from.ask(inner)
		}}
		ways[typeName] = w
		order = append(order, typeName)
		queue = append(queue, step{typeName, w})
	}
	root := way{ask: func(sel string) string { return "{ " + sel + " }" }}
	for _, f := range s.Query.Fields {
		if f.Name != "node" && f.Name != "nodes" && !strings.HasPrefix(f.Name, "__") && !answeredByStore[f.Name] {
			visit(root, f, lookUpArgs(s, f))
		}
	}
	for len(queue) > 0 {
		st := queue[0]
		queue = queue[1:]
		for _, f := range s.Types[st.typeName].Fields {
			visit(st.w, f, "")
		}
	}
	return ways, order
}

// lookUpArgs gives a look-up its required arguments, or its slug.
func lookUpArgs(s *ast.Schema, f *ast.FieldDefinition) string {
	var args []string
	for _, a := range f.Arguments {
		if a.Type.NonNull && a.DefaultValue == nil {
			args = append(args, a.Name+": "+sample(s, a.Type))
		}
	}
	if len(args) == 0 && f.Arguments.ForName("slug") != nil {
		args = append(args, `slug: "example"`)
	}
	if len(args) == 0 {
		return ""
	}
	return "(" + strings.Join(args, ", ") + ")"
}

// sample is a GraphQL literal of type t, for arguments and filters.
func sample(s *ast.Schema, t *ast.Type) string { return sampleAt(s, t, false) }

// sampleAt is sample, with moments a month later for the end of a range.
func sampleAt(s *ast.Schema, t *ast.Type, later bool) string {
	if t.Elem != nil {
		return "[" + sampleAt(s, t.Elem, later) + "]"
	}
	def := s.Types[t.NamedType]
	switch {
	case def.Kind == ast.Enum:
		return def.EnumValues[0].Name
	case def.Kind == ast.InputObject:
		var fields []string
		for _, f := range def.Fields {
			fields = append(fields, f.Name+": "+sampleAt(s, f.Type, f.Name == "to"))
		}
		return "{" + strings.Join(fields, ", ") + "}"
	}
	switch t.NamedType {
	case "Int":
		return "2025"
	case "Boolean":
		return "true"
	case "Date":
		return map[bool]string{false: `"2025-07-01"`, true: `"2025-07-31"`}[later]
	case "DateTime":
		return map[bool]string{false: `"2025-07-01T10:00:00+01:00"`, true: `"2025-07-31T17:00:00+01:00"`}[later]
	case "ID":
		return `"` + globalID("Project", 1) + `"`
	}
	return `"example"`
}

// fieldsOf is what a golden query asks of records of one type: every leaf
// field PostgreSQL can write (those it cannot, such as Markdown rendered
// in Go, would send the resolvers' statement instead, shown apart).
type fieldsOf struct {
	leaves []string
	inGo   []string // leaf fields only the resolvers answer
	hasID  bool
}

func leafFields(tb testing.TB, d *dryAPI, s *ast.Schema, w way, typeName string) fieldsOf {
	var out fieldsOf
	for _, f := range s.Types[typeName].Fields {
		def := s.Types[f.Type.Name()]
		if def.Kind != ast.Scalar && def.Kind != ast.Enum || strings.HasPrefix(f.Name, "__") {
			continue
		}
		out.hasID = out.hasID || f.Name == "id"
		if d.shapedBy(tb, w.ask(f.Name)) {
			out.leaves = append(out.leaves, f.Name)
		} else {
			out.inGo = append(out.inGo, f.Name)
		}
	}
	return out
}

// brief is what a golden query asks of related records: their id, or
// their leaf fields if they have none.
func (f fieldsOf) brief() string {
	if f.hasID {
		return "id"
	}
	return strings.Join(f.leaves, " ")
}

// inGoNote says which leaf fields a query leaves out because only Go
// writes them.
func (f fieldsOf) inGoNote() string {
	if len(f.inGo) == 0 {
		return ""
	}
	return "-- Not asked: " + strings.Join(f.inGo, ", ") + ", which only Go writes: asking for any of them\n" +
		"-- sends the resolvers' statement, shown below the first, instead.\n"
}

const pageInfo = "pageInfo { hasNextPage hasPreviousPage startCursor endCursor }"

// variant is one query of a golden file and the statements it sends.
type variant struct {
	title     string
	query     string
	resolvers bool   // also show the resolvers' statement
	note      string // what the query leaves out, and why
}

// renderGoldenSQL renders every golden file, by file name.
func renderGoldenSQL(tb testing.TB, d *dryAPI) map[string]string {
	s := parsedSchema
	ways, order := waysDown(s)
	fields := map[string]fieldsOf{}
	for _, typeName := range order {
		fields[typeName] = leafFields(tb, d, s, ways[typeName], typeName)
	}
	files := map[string]string{}
	for _, f := range s.Query.Fields {
		if strings.HasPrefix(f.Name, "__") || answeredByStore[f.Name] {
			continue
		}
		files["Query."+f.Name+".sql"] = goldenFile(tb, d, "Query."+f.Name, rootVariants(tb, d, s, f, fields))
	}
	for _, typeName := range order {
		for _, f := range s.Types[typeName].Fields {
			v, ok := relationVariant(tb, d, s, ways[typeName], f, fields)
			if ok {
				name := typeName + "." + f.Name
				files[name+".sql"] = goldenFile(tb, d, name, []variant{v})
			}
		}
	}
	return files
}

// answeredByStore are the top-level fields that do not read content
// through package read but through a store function, whose SQL stands
// beside the Go that runs it (the audit log, store/audit.go).
var answeredByStore = map[string]bool{"auditLog": true}

// connectionOf is the connection selection asking sel of each node.
func connectionOf(sel string) string {
	return "totalCount " + pageInfo + " edges { cursor node { " + sel + " } }"
}

// tableRead finds where a statement reads a table or view (not a subquery).
var tableRead = regexp.MustCompile(`\b(?:FROM|JOIN) [a-z_]`)

// relationVariant is the query of a field of typeName one level down, if
// the field reads related records: if asking for it adds a table to the
// statement.
func relationVariant(tb testing.TB, d *dryAPI, s *ast.Schema, w way, f *ast.FieldDefinition, fields map[string]fieldsOf) (variant, bool) {
	def := s.Types[f.Type.Name()]
	if def.Kind != ast.Object || strings.HasPrefix(f.Name, "__") {
		return variant{}, false
	}
	sel := f.Name + " { " + fields[def.Name].brief() + " }"
	if node := strings.TrimSuffix(def.Name, "Connection"); node != def.Name {
		sel = f.Name + "(first: 5) { " + connectionOf(fields[node].brief()) + " }"
	}
	query := w.ask(sel)
	tables := func(q string) int { return len(tableRead.FindAllString(d.send(tb, q, false).SQL, -1)) }
	if tables(query) <= tables(w.ask("__typename")) {
		return variant{}, false
	}
	return variant{title: f.Name + ", one level down", query: query, resolvers: true}, true
}

// rootVariants are the queries of a top-level field: a representative
// read, and for a list each filter, each order and paging either way.
func rootVariants(tb testing.TB, d *dryAPI, s *ast.Schema, f *ast.FieldDefinition, fields map[string]fieldsOf) []variant {
	def := s.Types[f.Type.Name()]
	leaves := func(typeName string) string { return strings.Join(fields[typeName].leaves, " ") }
	switch {
	case f.Name == "node":
		var vs []variant
		for _, typeName := range s.GetPossibleTypes(def) {
			q := fmt.Sprintf(`{ node(id: %q) { id ... on %s { %s } } }`, globalID(typeName.Name, 1), typeName.Name, leaves(typeName.Name))
			vs = append(vs, variant{title: "a " + typeName.Name, query: q, resolvers: true})
		}
		return vs
	case f.Name == "nodes":
		types := s.GetPossibleTypes(def)
		a, b := types[0].Name, types[1].Name
		q := fmt.Sprintf(`{ nodes(ids: [%q, %q, %q]) { id ... on %s { %s } ... on %s { %s } } }`,
			globalID(a, 1), globalID(b, 2), globalID(a, 3), a, leaves(a), b, leaves(b))
		return []variant{{title: "records of two types", query: q, resolvers: true}}
	}
	node := strings.TrimSuffix(def.Name, "Connection")
	if node == def.Name {
		q := "{ " + f.Name + lookUpArgs(s, f) + " { " + leaves(def.Name) + " } }"
		return []variant{{title: "every field", query: q, resolvers: true, note: fields[def.Name].inGoNote()}}
	}
	list := func(args, sel string) string { return "{ " + f.Name + "(" + args + ") { " + sel + " } }" }
	vs := []variant{{title: "every field", query: list("first: 2", connectionOf(leaves(node))), resolvers: true, note: fields[node].inGoNote()}}
	if a := f.Arguments.ForName("filter"); a != nil {
		for _, ff := range s.Types[a.Type.Name()].Fields {
			arg := "first: 2, filter: {" + ff.Name + ": " + sample(s, ff.Type) + "}"
			vs = append(vs, variant{title: "filter " + ff.Name, query: list(arg, "totalCount nodes { id }")})
		}
	}
	if a := f.Arguments.ForName("orderBy"); a != nil {
		for _, o := range s.Types[s.Types[a.Type.Name()].Fields.ForName("field").Type.Name()].EnumValues {
			for _, dir := range []string{"ASC", "DESC"} {
				arg := "first: 2, orderBy: {field: " + o.Name + ", direction: " + dir + "}"
				vs = append(vs, variant{title: "order by " + o.Name + " " + dir, query: list(arg, "totalCount nodes { id }")})
			}
		}
	}
	cursor := pageCursor(tb, d, vs[0].query)
	paging := "edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage }"
	return append(vs,
		variant{title: "the page after a cursor (no totalCount)", query: list(fmt.Sprintf("first: 2, after: %q", cursor), paging)},
		variant{title: "the page before a cursor, counted", query: list(fmt.Sprintf("last: 2, before: %q", cursor), "totalCount "+paging)},
	)
}

// listIDPattern finds the list a statement seals its cursors for.
var listIDPattern = regexp.MustCompile(`convert_to\('([^']+ by [A-Z_]+ (?:ASC|DESC))'`)

// pageCursor is a cursor of the list that query reads, in its default
// order, taken from the statement that seals its cursors.
func pageCursor(tb testing.TB, d *dryAPI, query string) string {
	tb.Helper()
	m := listIDPattern.FindStringSubmatch(d.send(tb, query, false).SQL)
	if m == nil {
		tb.Fatalf("%s: no cursor is sealed in its statement", query)
	}
	return encodeCursor(m[1], read.Cursor{Key: "example", ID: 1})
}

// goldenFile writes the variants of one field, each with the statement
// the server sends (and, where asked, the resolvers' statement).
func goldenFile(tb testing.TB, d *dryAPI, name string, vs []variant) string {
	var b strings.Builder
	fmt.Fprintf(&b, "-- %s, rendered from:\n%s", name, comment(tb, vs[0].query))
	b.WriteString("--\n-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)")
	b.WriteString("\n-- against a dry store. After a deliberate change, rewrite every file with\n--   " + updateHint + "\n")
	if len(vs) > 1 {
		titles := make([]string, len(vs))
		for i, v := range vs {
			titles[i] = v.title
		}
		b.WriteString("-- Variants, each under a \"-- ==== \" header (search for a filter's or order's name):\n--   " +
			strings.Join(titles, "\n--   ") + "\n")
	}
	for i, v := range vs {
		b.WriteString("\n-- ==== " + v.title + "\n")
		if i > 0 {
			b.WriteString(comment(tb, v.query))
		}
		b.WriteString(v.note)
		st := d.send(tb, v.query, false)
		b.WriteString(statementText(st))
		if !v.resolvers {
			continue
		}
		b.WriteString("\n-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer\n" +
			"-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):\n")
		b.WriteString(statementText(d.send(tb, v.query, true)))
	}
	return b.String()
}

// comment is a GraphQL query as an indented SQL comment.
func comment(tb testing.TB, query string) string {
	tb.Helper()
	doc, err := parser.ParseQuery(&ast.Source{Input: query})
	if err != nil {
		tb.Fatalf("%s: %v", query, err)
	}
	var sb strings.Builder
	formatter.NewFormatter(&sb, formatter.WithIndent("  ")).FormatQueryDocument(doc)
	var out strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(sb.String()), "\n") {
		out.WriteString("--   " + line + "\n")
	}
	return out.String()
}

// statementText is a statement and its parameters as SQL.
func statementText(st store.Statement) string {
	var b strings.Builder
	b.WriteString(st.SQL + ";\n")
	for i, a := range st.Args {
		fmt.Fprintf(&b, "-- $%d = %s\n", i+1, paramText(a))
	}
	return b.String()
}

// paramText writes a parameter as the driver sends it.
func paramText(v any) string {
	if valuer, ok := v.(driver.Valuer); ok {
		if sent, err := valuer.Value(); err == nil {
			v = sent
		}
	}
	switch v := v.(type) {
	case string:
		return "'" + strings.ReplaceAll(v, "'", "''") + "'"
	case []byte:
		return "'" + strings.ReplaceAll(string(v), "'", "''") + "'"
	}
	return fmt.Sprint(v)
}

func readGoldenSQL(tb testing.TB) map[string]string {
	tb.Helper()
	names, err := filepath.Glob(filepath.Join(sqlGoldenDir, "*.sql"))
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]string{}
	for _, name := range names {
		text, err := os.ReadFile(name)
		if err != nil {
			tb.Fatal(err)
		}
		out[filepath.Base(name)] = string(text)
	}
	return out
}

// writeGoldenSQL replaces the golden files with files, removing those of
// fields that no longer read the database.
func writeGoldenSQL(tb testing.TB, files map[string]string) {
	tb.Helper()
	if err := os.MkdirAll(sqlGoldenDir, 0o755); err != nil {
		tb.Fatal(err)
	}
	for name := range readGoldenSQL(tb) {
		if _, ok := files[name]; !ok {
			if err := os.Remove(filepath.Join(sqlGoldenDir, name)); err != nil {
				tb.Fatal(err)
			}
		}
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(sqlGoldenDir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
}

// diff lists the lines removed from the golden file (-) and added in the
// SQL rendered (+), by line number, at most 40 of them.
func diff(golden, rendered string) string {
	a, b := strings.Split(golden, "\n"), strings.Split(rendered, "\n")
	// common[i][j] is the length of the longest common subsequence of
	// a[i:] and b[j:].
	common := make([][]int, len(a)+1)
	for i := range common {
		common[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				common[i][j] = common[i+1][j+1] + 1
			} else {
				common[i][j] = max(common[i+1][j], common[i][j+1])
			}
		}
	}
	var out []string
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			i, j = i+1, j+1
		case j == len(b) || i < len(a) && common[i+1][j] >= common[i][j+1]:
			out = append(out, fmt.Sprintf("-%d: %s", i+1, a[i]))
			i++
		default:
			out = append(out, fmt.Sprintf("+%d: %s", j+1, b[j]))
			j++
		}
	}
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("... and %d more lines", len(out)-40))
	}
	return strings.Join(out, "\n")
}

func sortedKeys(m map[string]string) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
