package graph

import (
	"context"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/errcode"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"
	"golang.org/x/text/language"
	"golang.org/x/text/message"

	"learningapi/graph/model"
	"learningapi/telemetry"
)

// Limits bound the work one operation may ask for. Each refusal names the
// limit and the amount, so the client can tell what to change.
type Limits struct {
	// MaxQueryBytes bounds the length of the query text.
	MaxQueryBytes int
	// MaxDepth bounds how deeply fields nest.
	MaxDepth int
	// MaxAliases bounds how many aliased fields one operation may use.
	MaxAliases int
	// MaxCost bounds the operation's cost: each field costs one for every
	// time it can be resolved, so a page size multiplies the cost of
	// everything beneath it (first: 100 under first: 10 costs 1,000 per
	// field), the way GitHub counts nodes.
	MaxCost int
}

func init() {
	// A refused operation is a request-level problem: with
	// application/graphql-response+json it is answered 400, like a
	// validation error.
	errcode.RegisterErrorType(string(model.ErrorCodeQueryTooComplex), errcode.KindProtocol)
}

// limitExtension checks Limits after validation and before execution;
// rows estimates a table's rows, for the cost of scans. Each refusal is
// counted in metrics by the limit's name.
type limitExtension struct {
	Limits
	rows    func(table string) int64
	metrics *telemetry.Metrics
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationParameterMutator
	graphql.OperationContextMutator
} = limitExtension{}

func (limitExtension) ExtensionName() string { return "Limits" }

func (limitExtension) Validate(graphql.ExecutableSchema) error { return nil }

// MutateOperationParameters checks the query's length before it is
// parsed, so a huge query costs nothing to refuse. (Persisted queries are
// resolved by then; their text was checked when it was stored.)
func (l limitExtension) MutateOperationParameters(ctx context.Context, params *graphql.RawParams) *gqlerror.Error {
	if n := len(params.Query); l.MaxQueryBytes > 0 && n > l.MaxQueryBytes {
		l.metrics.Refused("query_bytes")
		return tooComplex("the query is %d bytes long, over the limit of %d bytes", n, l.MaxQueryBytes)
	}
	return nil
}

func (l limitExtension) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	op := rc.Doc.Operations.ForName(rc.OperationName)
	if op == nil {
		return nil
	}
	m := measure(op.SelectionSet, rc.Variables, l.rows)
	switch {
	case m.introspectionAliases > 0:
		l.metrics.Refused("schemas")
		return tooComplex("the query uses %d aliases inside __schema or __type, where the limit is %d: the schema is the same however often it is asked for", m.introspectionAliases, 0)
	case m.schemas > maxSchemas:
		l.metrics.Refused("schemas")
		return tooComplex("the query asks for the whole schema (__schema) %d times, over the limit of %d", m.schemas, maxSchemas)
	case l.MaxDepth > 0 && m.depth > l.MaxDepth:
		l.metrics.Refused("depth")
		return tooComplex("the query nests %d levels deep, over the limit of %d", m.depth, l.MaxDepth)
	case l.MaxAliases > 0 && m.aliases > l.MaxAliases:
		l.metrics.Refused("aliases")
		return tooComplex("the query uses %d aliases, over the limit of %d", m.aliases, l.MaxAliases)
	case l.MaxCost > 0 && m.cost > l.MaxCost:
		l.metrics.Refused("cost")
		return tooComplex("the query's cost is %d, over the limit of %d; ask for smaller pages (first/last) or fewer nested lists", m.cost, l.MaxCost)
	}
	// What passed is kept for protection, which charges it and runs only
	// for operations that passed.
	rc.Stats.SetExtension(measured, m)
	return nil
}

// measured names the measurement of an operation that passed its limits
// among its OperationContext's stats.
const measured = "measured"

// measurementOf returns the measurement of an operation that passed its
// limits; false for one refused before it could run.
func measurementOf(op *graphql.OperationContext) (measurement, bool) {
	m, ok := op.Stats.GetExtension(measured).(measurement)
	return m, ok
}

// maxSchemas is how many times one operation may ask for __schema: the
// answer is the same each time, and about 130 KB.
const maxSchemas = 1

func tooComplex(format string, a, b int) *gqlerror.Error {
	// Thousands separators (1,240), as the body-size refusal writes them.
	err := gqlerror.Errorf("%s", message.NewPrinter(language.English).Sprintf(format, a, b))
	errcode.Set(err, string(model.ErrorCodeQueryTooComplex))
	return err
}

// measurement is what an operation asks for.
type measurement struct {
	depth, aliases, cost int
	// schemas counts __schema fields, which answer with the whole schema.
	schemas int
	// introspectionAliases counts aliases inside __schema and __type,
	// which would repeat parts of the schema in one answer.
	introspectionAliases int
	// roots counts the top-level fields that read the database (all but
	// __typename and introspection): how many statements the operation
	// runs, at most, and so how many connections it could use at once.
	roots int
}

// add folds in what a nested selection asks for: its depth is counted
// from one level down, and its cost is paid once per record the field
// returns.
func (m *measurement) add(child measurement, levels, times int) {
	m.depth = max(m.depth, levels+child.depth)
	m.aliases = capped(m.aliases + child.aliases)
	m.cost = capped(m.cost + capped(times*child.cost))
	m.schemas = capped(m.schemas + child.schemas)
	m.introspectionAliases = capped(m.introspectionAliases + child.introspectionAliases)
}

// measure sizes a validated operation. Introspection (the playground's
// __schema and __type) costs a flat amount and is not walked, so the
// playground's deep introspection query passes the depth limit, while
// aliasing it many times still runs into the alias and cost limits.
// rows, if not nil, estimates how many rows a table holds, for the cost of
// the scans that filters and counts need (see scanCost).
func measure(set ast.SelectionSet, vars map[string]any, rows func(table string) int64) measurement {
	mr := measurer{vars: vars, rows: rows, fragments: map[string]measurement{}}
	m := mr.set(set, "")
	m.roots = mr.roots(set, map[string]bool{})
	return m
}

// measurer sizes selection sets. Each fragment is sized once: a chain of
// fragments that each spread the next twice would otherwise cost time
// exponential in its length to walk.
type measurer struct {
	vars      map[string]any
	rows      func(table string) int64
	fragments map[string]measurement
}

// set sizes a selection set of the type named parent as if it stood at
// depth 1, asked for once.
func (mr *measurer) set(set ast.SelectionSet, parent string) measurement {
	var m measurement
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				m.aliases++
			}
			m.depth = max(m.depth, 1)
			if s.Name == "__schema" {
				m.schemas++
			}
			if cost, ok := introspectionCost[s.Name]; ok {
				m.cost = capped(m.cost + cost)
				m.introspectionAliases = capped(m.introspectionAliases + aliasesWithin(s.SelectionSet, map[string]bool{}))
				continue
			}
			m.cost = capped(m.cost + 1 + mr.scanCost(s, parent))
			if len(s.SelectionSet) > 0 {
				m.add(mr.set(s.SelectionSet, s.Definition.Type.Name()), 1, mr.size(s))
			}
		case *ast.InlineFragment:
			typ := parent
			if s.TypeCondition != "" {
				typ = s.TypeCondition
			}
			m.add(mr.set(s.SelectionSet, typ), 0, 1)
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			f, ok := mr.fragments[s.Name]
			if !ok {
				f = mr.set(s.Definition.SelectionSet, s.Definition.TypeCondition)
				mr.fragments[s.Name] = f
			}
			m.add(f, 0, 1)
		}
	}
	return m
}

// roots counts the top-level fields that read the database.
func (mr *measurer) roots(set ast.SelectionSet, seen map[string]bool) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if !strings.HasPrefix(s.Name, "__") {
				n++
			}
		case *ast.InlineFragment:
			n += mr.roots(s.SelectionSet, seen)
		case *ast.FragmentSpread:
			if s.Definition != nil && !seen[s.Name] {
				seen[s.Name] = true
				n += mr.roots(s.Definition.SelectionSet, seen)
			}
		}
	}
	return n
}

// rowsPerCost is how many rows the database may scan for one unit of
// cost. Returning a record with its columns costs the server about as much
// as scanning 20 to 50 rows does (measured on the scaled sample data:
// about 40 µs a record in a page of projects, about 2 µs a row in a
// filtered count of resources); the higher figure keeps one filtered count
// over the largest table allowed.
const rowsPerCost = 50

// scanCost prices the rows a connection field makes the database read,
// beyond the page it returns. A page in the list's own order stops after
// its records, which the field's records already pay for; but a filter may
// have to look at every record to find a page of matches, and totalCount
// counts them all. Such a field is priced as a scan of its table (for a
// list under a record, its share of the table: the table's rows over the
// parent table's), and each filter condition as another pass over as many
// rows, since a condition on a linked list (topics, projects, authors)
// joins a table about as large. Table sizes are PostgreSQL's estimates.
func (mr *measurer) scanCost(f *ast.Field, parent string) int {
	if mr.rows == nil || f.Definition == nil || !strings.HasSuffix(f.Definition.Type.Name(), "Connection") {
		return 0
	}
	table, ok := storedIn[strings.TrimSuffix(f.Definition.Type.Name(), "Connection")]
	if !ok {
		return 0
	}
	conditions := mr.conditions(f)
	if conditions == 0 && !asksTotal(f.SelectionSet, map[string]bool{}) {
		return 0
	}
	rows := mr.rows(table)
	if parentTable, ok := storedIn[parent]; ok {
		rows /= max(1, mr.rows(parentTable))
	}
	return capped(int(min(rows, costCeiling)) * (1 + conditions) / rowsPerCost)
}

// conditions counts the conditions in a field's filter argument.
func (mr *measurer) conditions(f *ast.Field) int {
	arg := f.Arguments.ForName("filter")
	if arg == nil {
		return 0
	}
	v, err := arg.Value.Value(mr.vars)
	filter, ok := v.(map[string]any)
	if err != nil || !ok {
		return 0
	}
	n := 0
	for _, c := range filter {
		if c != nil {
			n++
		}
	}
	return n
}

// aliasesWithin counts the aliases in a selection set, at any depth.
func aliasesWithin(set ast.SelectionSet, seen map[string]bool) int {
	n := 0
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				n++
			}
			n += aliasesWithin(s.SelectionSet, seen)
		case *ast.InlineFragment:
			n += aliasesWithin(s.SelectionSet, seen)
		case *ast.FragmentSpread:
			if s.Definition != nil && !seen[s.Name] {
				seen[s.Name] = true
				n += aliasesWithin(s.Definition.SelectionSet, seen)
			}
		}
	}
	return n
}

// asksTotal reports whether a connection's selection asks for totalCount.
func asksTotal(set ast.SelectionSet, seen map[string]bool) bool {
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Name == "totalCount" {
				return true
			}
		case *ast.InlineFragment:
			if asksTotal(s.SelectionSet, seen) {
				return true
			}
		case *ast.FragmentSpread:
			if s.Definition != nil && !seen[s.Name] {
				seen[s.Name] = true
				if asksTotal(s.Definition.SelectionSet, seen) {
					return true
				}
			}
		}
	}
	return false
}

// costCeiling keeps cost arithmetic far from overflow: nested pages of
// 100 multiply quickly, and a wrapped-around cost would pass the limit.
// Page sizes are at most 100, so a capped value times 100 stays in range.
const costCeiling = 1 << 40

func capped(n int) int { return min(n, costCeiling) }

// introspectionCost is the flat cost of each introspection field: one
// __schema is about the size of a 1,000-record answer.
var introspectionCost = map[string]int{"__schema": 1000, "__type": 50, "__typename": 1}

// listEstimate is what a plain list of records (a project's themes, a
// tranche's allocations) is assumed to hold when costing a query.
const listEstimate = 10

// size is how many records a field may return: a connection's first or
// last argument (or the default page size), the number of IDs given to
// nodes, listEstimate for other lists of records, and one otherwise. A
// connection's edges and nodes are already counted by its page size.
func (mr *measurer) size(f *ast.Field) int {
	def := f.Definition
	switch {
	case def == nil:
		return 1
	case strings.HasSuffix(def.Type.Name(), "Connection"):
		for _, name := range []string{"first", "last"} {
			if n, ok := mr.intArg(f, name); ok && n > 0 {
				return min(n, maxPageSize)
			}
		}
		return defaultPageSize
	case def.Type.Elem == nil || (f.ObjectDefinition != nil && strings.HasSuffix(f.ObjectDefinition.Name, "Connection")):
		return 1
	case f.Name == "nodes" && f.Arguments.ForName("ids") != nil:
		if v, err := f.Arguments.ForName("ids").Value.Value(mr.vars); err == nil {
			if ids, ok := v.([]any); ok {
				return max(len(ids), 1)
			}
		}
		return maxNodes
	}
	return listEstimate
}

func (mr *measurer) intArg(f *ast.Field, name string) (int, bool) {
	arg := f.Arguments.ForName(name)
	if arg == nil {
		return 0, false
	}
	v, err := arg.Value.Value(mr.vars)
	n, ok := v.(int64)
	return int(n), err == nil && ok
}
