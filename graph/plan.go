package graph

import (
	"context"
	"reflect"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"learningapi/read"
)

// Planning: before a top-level field reads anything, it walks the query's
// selection set beneath it (as gqlgen's field collection presents it, with
// fragments, aliases, @skip and @include applied) and says, in a
// read.Select, every column and related record the query will ask for at
// every depth. The read package answers the whole field with one SQL
// statement; the resolvers beneath then find their records already loaded
// in their parent (see keyOf) and never wait for a batch or a timer.

// planner plans one request's reads.
type planner struct {
	ctx context.Context
	op  *graphql.OperationContext
	// ec coerces a child field's arguments with gqlgen's generated code,
	// exactly as the executor will when it reaches the field.
	ec *executionContext
}

func (r *Resolver) planner(ctx context.Context) *planner {
	op := graphql.GetOperationContext(ctx)
	return &planner{ctx: ctx, op: op, ec: newExecutionContext(op, r.schema, nil)}
}

// fieldKey names a field of the query document for the records loaded for
// it: its response name and its place in the document. Two uses of one
// field name with different arguments (aliases, or edges and nodes of the
// same connection) get different keys.
func fieldKey(f *ast.Field) string {
	if f.Position == nil {
		return f.Alias
	}
	return f.Alias + "@" + strconv.Itoa(f.Position.Start)
}

// keyOf is the key of the field being resolved, under which its records
// were loaded into its parent.
func keyOf(ctx context.Context) string { return fieldKey(graphql.GetFieldContext(ctx).Field.Field) }

// objectPlan knows how the fields of one GraphQL object type, backed by
// the store's record type T, are read.
type objectPlan[T any] struct {
	typeName string
	// satisfies are the type conditions its fields are collected under,
	// as the executor collects them: the type and its interfaces.
	satisfies []string
	// columns maps each field read straight from columns to them.
	columns map[string][]string
	// rels plans the fields that read related records.
	rels map[string]relation[T]
	// values write the fields that are not relations when PostgreSQL
	// shapes the answer (see shape.go); a field missing here makes the
	// selection fall back to the resolvers.
	values map[string]shapeValue[T]
}

// relation plans one relation field of a record of type P, both ways: as
// records for its resolver to present (plan) and shaped by PostgreSQL
// (shape, which reports false where it cannot express the selection).
type relation[P any] struct {
	plan  func(p *planner, s *read.Select[P], f graphql.CollectedField)
	shape func(p *planner, s *read.Shape[P], f graphql.CollectedField) bool
}

// newObjectPlan maps the fields of a GraphQL type to T's columns the way
// gqlgen binds them: a field goes to the struct field of the same name,
// whatever its case. computed lists the columns of fields whose resolvers
// work from other columns (descriptionHtml from description). Relations
// are added in init, since plans refer to each other.
func newObjectPlan[T any](typeName string, computed map[string][]string) *objectPlan[T] {
	def := parsedSchema.Types[typeName]
	if def == nil {
		panic("graph: no type " + typeName + " in the schema")
	}
	o := &objectPlan[T]{typeName: typeName, satisfies: append([]string{typeName}, def.Interfaces...),
		columns: map[string][]string{}, rels: map[string]relation[T]{}}
	byName := map[string]string{}
	var walk func(reflect.Type)
	walk = func(rt reflect.Type) {
		for i := range rt.NumField() {
			f := rt.Field(i)
			if f.Anonymous && f.Type.Kind() == reflect.Struct {
				walk(f.Type)
				continue
			}
			if col := f.Tag.Get("db"); col != "" && col != "-" {
				byName[strings.ToLower(f.Name)] = col
			}
		}
	}
	walk(reflect.TypeFor[T]())
	for _, field := range def.Fields {
		if col, ok := byName[strings.ToLower(field.Name)]; ok {
			o.columns[field.Name] = []string{col}
		}
	}
	// Computed fields are left for their own shaped values (or none, where
	// only Go can compute them, as Markdown).
	o.values = defaultValues[T](def, o.columns)
	for field, cols := range computed {
		o.columns[field] = cols
	}
	return o
}

// plan adds what the selection set asks of each record to s.
func (o *objectPlan[T]) plan(p *planner, s *read.Select[T], set ast.SelectionSet) {
	for _, f := range graphql.CollectFields(p.op, set, o.satisfies) {
		if rel, ok := o.rels[f.Name]; ok {
			rel.plan(p, s, f)
		} else if cols, ok := o.columns[f.Name]; ok {
			s.Columns(cols...)
		}
		// Anything else (__typename, timeZone) needs nothing read.
	}
}

// oneRel plans a field that reads at most one related record.
func oneRel[P, C any](r read.One[P, C], child *objectPlan[C]) relation[P] {
	return relation[P]{
		plan: func(p *planner, s *read.Select[P], f graphql.CollectedField) {
			child.plan(p, read.AddOne(s, fieldKey(f.Field), r), f.Selections)
		},
		shape: func(p *planner, s *read.Shape[P], f graphql.CollectedField) bool {
			return child.shape(p, read.ShapeOne(s, f.Alias, r), f.Selections)
		},
	}
}

// manyRel plans a field that reads every related record.
func manyRel[P, C any](r read.Many[P, C], child *objectPlan[C]) relation[P] {
	return relation[P]{
		plan: func(p *planner, s *read.Select[P], f graphql.CollectedField) {
			child.plan(p, read.AddMany(s, fieldKey(f.Field), r), f.Selections)
		},
		shape: func(p *planner, s *read.Shape[P], f graphql.CollectedField) bool {
			return child.shape(p, read.ShapeMany(s, f.Alias, r), f.Selections)
		},
	}
}

// manyOfProvenanceRel plans a field that reads every related record of
// the provenance its `provenance` argument names, or all of them. If the
// argument is wrong, nothing is planned or shaped, and the executor
// reports the error in the field's place.
func manyOfProvenanceRel[P, C any](r read.Many[P, C], child *objectPlan[C], coerce coerceArgs) relation[P] {
	narrowed := func(p *planner, f graphql.CollectedField) (read.Many[P, C], bool) {
		raw, err := coerce(p.ec, p.ctx, f.ArgumentMap(p.op.Variables))
		if err != nil {
			return r, false
		}
		provenance, _ := raw["provenance"].(*string)
		return r.OfProvenance(provenance), true
	}
	return relation[P]{
		plan: func(p *planner, s *read.Select[P], f graphql.CollectedField) {
			if rel, ok := narrowed(p, f); ok {
				child.plan(p, read.AddMany(s, fieldKey(f.Field), rel), f.Selections)
			}
		},
		shape: func(p *planner, s *read.Shape[P], f graphql.CollectedField) bool {
			rel, ok := narrowed(p, f)
			return ok && child.shape(p, read.ShapeMany(s, f.Alias, rel), f.Selections)
		},
	}
}

// sumRel plans a field that adds up an amount of money over related rows.
func sumRel[P any](r read.Sum[P]) relation[P] {
	return relation[P]{
		plan: func(p *planner, s *read.Select[P], f graphql.CollectedField) {
			read.AddSum(s, fieldKey(f.Field), r)
		},
		shape: func(p *planner, s *read.Shape[P], f graphql.CollectedField) bool {
			return p.money(read.ShapeSum(s, f.Alias, r), f)
		},
	}
}

// coerceArgs is one of gqlgen's generated functions that turn a field's
// raw arguments into Go values.
type coerceArgs func(ec *executionContext, ctx context.Context, raw map[string]any) (map[string]any, error)

// listArgs builds a list from a connection field's coerced arguments; name
// is the list's name.
type listArgs[F any] func(name string, args map[string]any) (read.List[F], error)

// pagedField is a connection field under a record: the relation it reads
// and the function that builds its list from the field's arguments, kept
// together so the plan and the resolver cannot disagree.
type pagedField[P, C, F any] struct {
	rel  read.Paged[P, C, F]
	list listArgs[F]
}

// paged pairs a relation with its list function; the filter types must
// match, so a list of events cannot be read through a relation of resources.
func paged[P, C, F any](rel read.Paged[P, C, F], list listArgs[F]) pagedField[P, C, F] {
	return pagedField[P, C, F]{rel: rel, list: list}
}

// pagedRel plans a connection field under a record. Its arguments are
// coerced and checked as its resolver will check them; if they are wrong,
// nothing is planned and the resolver reports the error in its place.
func pagedRel[P, C, F any](field pagedField[P, C, F], child *objectPlan[C], coerce coerceArgs) relation[P] {
	r, list := field.rel, field.list
	args := func(p *planner, f graphql.CollectedField) (read.List[F], bool) {
		raw, err := coerce(p.ec, p.ctx, f.ArgumentMap(p.op.Variables))
		if err != nil {
			return read.List[F]{}, false
		}
		l, err := list(r.Name(), raw)
		return l, err == nil
	}
	return relation[P]{
		plan: func(p *planner, s *read.Select[P], f graphql.CollectedField) {
			l, ok := args(p, f)
			if !ok {
				return
			}
			nodes := p.connection(f, child.typeName, &l.Count, &l.Cursors)
			cs, err := read.AddPaged(s, fieldKey(f.Field), r, l)
			if err != nil {
				return
			}
			for _, set := range nodes {
				child.plan(p, cs, set)
			}
		},
		shape: func(p *planner, s *read.Shape[P], f graphql.CollectedField) bool {
			l, ok := args(p, f)
			if !ok {
				return false
			}
			c, err := read.ShapePaged(s, f.Alias, r, l)
			return err == nil && shapeConnection(p, c, child, f)
		},
	}
}

// connection reads what a connection field asks of its list: whether it
// wants the total count and cursors, and the selection sets of its records
// (under edges.node and under nodes, planned apart because the executor
// resolves them apart).
func (p *planner) connection(f graphql.CollectedField, nodeType string, count, cursors *bool) []ast.SelectionSet {
	var nodes []ast.SelectionSet
	for _, cf := range graphql.CollectFields(p.op, f.Selections, []string{nodeType + "Connection"}) {
		switch cf.Name {
		case "totalCount":
			*count = true
		case "nodes":
			nodes = append(nodes, cf.Selections)
		case "pageInfo":
			for _, pf := range graphql.CollectFields(p.op, cf.Selections, []string{"PageInfo"}) {
				if pf.Name == "startCursor" || pf.Name == "endCursor" {
					*cursors = true
				}
			}
		case "edges":
			for _, ef := range graphql.CollectFields(p.op, cf.Selections, []string{nodeType + "Edge"}) {
				switch ef.Name {
				case "cursor":
					*cursors = true
				case "node":
					nodes = append(nodes, ef.Selections)
				}
			}
		}
	}
	return nodes
}

// selection plans what the field being resolved asks of the records it
// returns, whose selection set is directly theirs (a look-up, a plain
// list).
func selection[T, F any](ctx context.Context, r *Resolver, t read.Table[T, F], o *objectPlan[T]) *read.Select[T] {
	s := read.NewSelect(t)
	o.plan(r.planner(ctx), s, graphql.GetFieldContext(ctx).Field.Selections)
	return s
}
