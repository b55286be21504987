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

// limitExtension checks Limits after validation and before execution.
type limitExtension struct{ Limits }

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
		return tooComplex("the query is %d bytes long, over the limit of %d bytes", n, l.MaxQueryBytes)
	}
	return nil
}

func (l limitExtension) MutateOperationContext(ctx context.Context, rc *graphql.OperationContext) *gqlerror.Error {
	op := rc.Doc.Operations.ForName(rc.OperationName)
	if op == nil {
		return nil
	}
	m := measure(op.SelectionSet, rc.Variables)
	switch {
	case l.MaxDepth > 0 && m.depth > l.MaxDepth:
		return tooComplex("the query nests %d levels deep, over the limit of %d", m.depth, l.MaxDepth)
	case l.MaxAliases > 0 && m.aliases > l.MaxAliases:
		return tooComplex("the query uses %d aliases, over the limit of %d", m.aliases, l.MaxAliases)
	case l.MaxCost > 0 && m.cost > l.MaxCost:
		return tooComplex("the query's cost is %d, over the limit of %d; ask for smaller pages (first/last) or fewer nested lists", m.cost, l.MaxCost)
	}
	return nil
}

func tooComplex(format string, a, b int) *gqlerror.Error {
	// Thousands separators (1,240), as the body-size refusal writes them.
	err := gqlerror.Errorf("%s", message.NewPrinter(language.English).Sprintf(format, a, b))
	errcode.Set(err, string(model.ErrorCodeQueryTooComplex))
	return err
}

// measurement is what an operation asks for.
type measurement struct {
	depth, aliases, cost int
}

// add folds in what a nested selection asks for: its depth is counted
// from one level down, and its cost is paid once per record the field
// returns.
func (m *measurement) add(child measurement, levels, times int) {
	m.depth = max(m.depth, levels+child.depth)
	m.aliases = capped(m.aliases + child.aliases)
	m.cost = capped(m.cost + capped(times*child.cost))
}

// measure sizes a validated operation. Introspection (the playground's
// __schema and __type) costs a flat amount and is not walked, so the
// playground's deep introspection query passes the depth limit, while
// aliasing it many times still runs into the alias and cost limits.
func measure(set ast.SelectionSet, vars map[string]any) measurement {
	mr := measurer{vars: vars, fragments: map[string]measurement{}}
	return mr.set(set)
}

// measurer sizes selection sets. Each fragment is sized once: a chain of
// fragments that each spread the next twice would otherwise cost time
// exponential in its length to walk.
type measurer struct {
	vars      map[string]any
	fragments map[string]measurement
}

// set sizes a selection set as if it stood at depth 1, asked for once.
func (mr *measurer) set(set ast.SelectionSet) measurement {
	var m measurement
	for _, sel := range set {
		switch s := sel.(type) {
		case *ast.Field:
			if s.Alias != "" && s.Alias != s.Name {
				m.aliases++
			}
			m.depth = max(m.depth, 1)
			if cost, ok := introspectionCost[s.Name]; ok {
				m.cost = capped(m.cost + cost)
				continue
			}
			m.cost = capped(m.cost + 1)
			if len(s.SelectionSet) > 0 {
				m.add(mr.set(s.SelectionSet), 1, mr.size(s))
			}
		case *ast.InlineFragment:
			m.add(mr.set(s.SelectionSet), 0, 1)
		case *ast.FragmentSpread:
			if s.Definition == nil {
				continue
			}
			f, ok := mr.fragments[s.Name]
			if !ok {
				f = mr.set(s.Definition.SelectionSet)
				mr.fragments[s.Name] = f
			}
			m.add(f, 0, 1)
		}
	}
	return m
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
