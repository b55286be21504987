package graph

import (
	"context"
	"encoding/json"
	"errors"
	"io"

	"github.com/99designs/gqlgen/graphql"
	lru "github.com/hashicorp/golang-lru/v2"
	"github.com/vektah/gqlparser/v2/ast"

	"learningapi/read"
)

// Shaped answers: where the planner can express everything a top-level
// field asks for in SQL, PostgreSQL writes the field's whole answer, in the
// response's own keys and formats, and the server passes the bytes on
// (read.Shape). The statement is kept, by the query document's field and
// the variables, so a read the website sends again is neither planned nor
// written again. The resolvers are not called, so nothing is done per record
// in Go. Where it cannot (a field rendered from Markdown, arguments that
// must be refused, a filter naming a record that does not exist), the field
// falls back to its resolvers, which answer the same (a test checks this
// on every kind of query) and report the errors.

// shapeValue writes one field of a record that is not a relation; false if
// it cannot be written in SQL.
type shapeValue[T any] func(p *planner, s *read.Shape[T], f graphql.CollectedField) bool

// defaultValues writes the fields gqlgen binds to the record's struct
// fields, each from its column, formatted by the field's GraphQL type.
func defaultValues[T any](def *ast.Definition, columns map[string][]string) map[string]shapeValue[T] {
	values := map[string]shapeValue[T]{}
	for _, field := range def.Fields {
		cols, ok := columns[field.Name]
		if !ok || len(cols) != 1 {
			continue
		}
		col := cols[0]
		switch {
		case field.Name == "id":
			typeName := def.Name
			values["id"] = func(_ *planner, s *read.Shape[T], f graphql.CollectedField) bool {
				s.GlobalID(f.Alias, typeName)
				return true
			}
		case field.Type.Name() == "Date":
			values[field.Name] = func(_ *planner, s *read.Shape[T], f graphql.CollectedField) bool {
				s.Date(f.Alias, col)
				return true
			}
		case field.Type.Name() == "DateTime":
			values[field.Name] = func(_ *planner, s *read.Shape[T], f graphql.CollectedField) bool {
				s.DateTime(f.Alias, col)
				return true
			}
		default:
			values[field.Name] = func(_ *planner, s *read.Shape[T], f graphql.CollectedField) bool {
				s.Column(f.Alias, col)
				return true
			}
		}
	}
	return values
}

// shape writes what the selection set asks of each record into s; false
// if some field cannot be written in SQL.
func (o *objectPlan[T]) shape(p *planner, s *read.Shape[T], set ast.SelectionSet) bool {
	for _, f := range graphql.CollectFields(p.op, set, o.satisfies) {
		switch {
		case f.Name == "__typename":
			s.Literal(f.Alias, o.typeName)
		case o.rels[f.Name].shape != nil:
			if !o.rels[f.Name].shape(p, s, f) {
				return false
			}
		case o.values[f.Name] != nil:
			if !o.values[f.Name](p, s, f) {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// money writes the fields asked of an amount of money.
func (p *planner) money(m *read.Money, f graphql.CollectedField) bool {
	for _, mf := range graphql.CollectFields(p.op, f.Selections, []string{"Money"}) {
		switch mf.Name {
		case "pence":
			m.Pence(mf.Alias)
		case "pounds":
			m.Pounds(mf.Alias)
		case "formatted":
			m.Formatted(mf.Alias)
		case "currency":
			m.Currency(mf.Alias)
		case "__typename":
			m.Literal(mf.Alias, "Money")
		default:
			return false
		}
	}
	return true
}

// moneyValue writes a field of money held in pence in column col.
func moneyValue[T any](col string) shapeValue[T] {
	return func(p *planner, s *read.Shape[T], f graphql.CollectedField) bool {
		return p.money(s.Money(f.Alias, "self."+col), f)
	}
}

// objectValue writes a field whose value is an object of the record's own
// columns, such as an event's venue: exprs gives each field's SQL.
func objectValue[T any](typeName string, exprs map[string]string) shapeValue[T] {
	return func(p *planner, s *read.Shape[T], f graphql.CollectedField) bool {
		obj := s.Object(f.Alias)
		for _, of := range graphql.CollectFields(p.op, f.Selections, []string{typeName}) {
			if of.Name == "__typename" {
				obj.Literal(of.Alias, typeName)
				continue
			}
			expr, ok := exprs[of.Name]
			if !ok {
				return false
			}
			obj.Value(of.Alias, expr)
		}
		return true
	}
}

// sqlValue writes a field computed by an SQL expression over the record.
func sqlValue[T any](expr string) shapeValue[T] {
	return func(_ *planner, s *read.Shape[T], f graphql.CollectedField) bool {
		s.Value(f.Alias, expr)
		return true
	}
}

// shapeConnection writes what a connection field asks of its page.
func shapeConnection[C any](p *planner, c *read.Conn[C], child *objectPlan[C], f graphql.CollectedField) bool {
	connType, edgeType := child.typeName+"Connection", child.typeName+"Edge"
	for _, cf := range graphql.CollectFields(p.op, f.Selections, []string{connType}) {
		switch cf.Name {
		case "__typename":
			c.Literal(cf.Alias, connType)
		case "totalCount":
			c.TotalCount(cf.Alias)
		case "nodes":
			if !child.shape(p, c.Nodes(cf.Alias), cf.Selections) {
				return false
			}
		case "edges":
			e := c.Edges(cf.Alias)
			for _, ef := range graphql.CollectFields(p.op, cf.Selections, []string{edgeType}) {
				switch ef.Name {
				case "__typename":
					e.Literal(ef.Alias, edgeType)
				case "cursor":
					e.Cursor(ef.Alias)
				case "node":
					if !child.shape(p, e.Node(ef.Alias), ef.Selections) {
						return false
					}
				default:
					return false
				}
			}
		case "pageInfo":
			pi := c.PageInfo(cf.Alias)
			for _, pf := range graphql.CollectFields(p.op, cf.Selections, []string{"PageInfo"}) {
				switch pf.Name {
				case "__typename":
					pi.Literal(pf.Alias, "PageInfo")
				case "hasNextPage":
					pi.HasNextPage(pf.Alias)
				case "hasPreviousPage":
					pi.HasPreviousPage(pf.Alias)
				case "startCursor":
					pi.StartCursor(pf.Alias)
				case "endCursor":
					pi.EndCursor(pf.Alias)
				default:
					return false
				}
			}
		default:
			return false
		}
	}
	return true
}

// rootShape shapes one top-level field; false if it cannot.
type rootShape func(p *planner, f graphql.CollectedField) (*read.Shaped, bool)

// shapeRootList shapes a top-level list field.
func shapeRootList[T, F any](field rootField[T, F], coerce coerceArgs) rootShape {
	t, o, list := field.table, field.plan, field.list
	return func(p *planner, f graphql.CollectedField) (*read.Shaped, bool) {
		raw, err := coerce(p.ec, p.ctx, f.ArgumentMap(p.op.Variables))
		if err != nil {
			return nil, false
		}
		l, err := list(t.Name(), raw)
		if err != nil {
			return nil, false
		}
		c, sp, err := read.ShapeList(t, l)
		return sp, err == nil && shapeConnection(p, c, o, f)
	}
}

// shapeRootFind shapes a look-up by slug, or by slug or code.
func shapeRootFind[T, F any](t read.Table[T, F], o *objectPlan[T], coerce coerceArgs) rootShape {
	return func(p *planner, f graphql.CollectedField) (*read.Shaped, bool) {
		raw, err := coerce(p.ec, p.ctx, f.ArgumentMap(p.op.Variables))
		if err != nil {
			return nil, false
		}
		column, value, ok := lookUpArg(raw)
		if !ok {
			return nil, false
		}
		s, sp, err := read.ShapeFind(t, column, value)
		return sp, err == nil && o.shape(p, s, f.Selections)
	}
}

// lookUpArg finds the one of slug and code a look-up was given.
func lookUpArg(args map[string]any) (column, value string, ok bool) {
	var found []string
	for _, column := range []string{"slug", "code"} {
		switch v := args[column].(type) {
		case string:
			found = append(found, column, v)
		case *string:
			if v != nil {
				found = append(found, column, *v)
			}
		}
	}
	if len(found) != 2 {
		return "", "", false
	}
	return found[0], found[1], true
}

// shapeRootAll shapes a short fixed list served whole.
func shapeRootAll[T, F any](t read.Table[T, F], o *objectPlan[T], order read.Order) rootShape {
	return func(p *planner, f graphql.CollectedField) (*read.Shaped, bool) {
		s, sp, err := read.ShapeAll(t, order, maxAll)
		return sp, err == nil && o.shape(p, s, f.Selections)
	}
}

// shapeNodes shapes node(id:) (many false) or nodes(ids:).
func shapeNodes(many bool) rootShape {
	return func(p *planner, f graphql.CollectedField) (*read.Shaped, bool) {
		var ids []string
		args := f.ArgumentMap(p.op.Variables)
		if many {
			list, _ := args["ids"].([]any)
			for _, v := range list {
				id, _ := v.(string)
				ids = append(ids, id)
			}
			if len(ids) != len(list) || len(ids) > maxNodes {
				return nil, false
			}
		} else {
			id, ok := args["id"].(string)
			if !ok {
				return nil, false
			}
			ids = []string{id}
		}
		elems := make([]read.Element, len(ids))
		for i, id := range ids {
			typeName, n, err := parseGlobalID(id)
			nt, known := nodeTypes[typeName]
			if err != nil || !known {
				return nil, false
			}
			var ok bool
			if elems[i], ok = nt.shape(p, f.Selections, n); !ok {
				return nil, false
			}
		}
		if many {
			return read.ShapeElements(elems), true
		}
		return read.ShapeElement(elems[0]), true
	}
}

// renderKey identifies a top-level field of a query document with its
// variables, which together decide its statement. The field is the parsed
// document's own node (gqlgen keeps parsed documents by their text), and
// holding it keeps the document alive, so the key cannot be mistaken for
// another document's.
type renderKey struct {
	field     *ast.Field
	variables string
}

// renderedStatements is how many statements the resolver keeps rendered.
const renderedStatements = 1024

func newRenderedCache() *lru.Cache[renderKey, *read.Rendered] {
	c, err := lru.New[renderKey, *read.Rendered](renderedStatements)
	if err != nil {
		panic(err)
	}
	return c
}

// shapeRoot is the root-field interceptor that answers a top-level Query
// field whole in SQL when it can, and otherwise lets its resolver run.
// Either way, a look-up by a former code is reported (see superseded.go).
func (r *Resolver) shapeRoot(ctx context.Context, next graphql.RootResolver) graphql.Marshaler {
	ctx = hearSupersededCodes(ctx)
	rf := graphql.GetRootFieldContext(ctx)
	op := graphql.GetOperationContext(ctx)
	if rf == nil || !r.shaped || op.Operation == nil || op.Operation.Operation != ast.Query {
		return next(ctx)
	}
	shapeField, ok := rootShapes[rf.Field.Name]
	if !ok {
		return next(ctx)
	}
	vars, err := json.Marshal(op.Variables)
	if err != nil {
		return next(ctx)
	}
	key := renderKey{field: rf.Field.Field, variables: string(vars)}
	stmt, known := r.rendered.Get(key)
	if !known {
		if sp, ok := shapeField(r.planner(ctx), rf.Field); ok {
			stmt = sp.Render()
		}
		r.rendered.Add(key, stmt)
	}
	if stmt == nil {
		return next(ctx)
	}
	data, err := stmt.Run(ctx, r.DB)
	var unknown *read.UnknownRefError
	if errors.As(err, &unknown) {
		// The resolver reports the unknown name where it belongs.
		return next(ctx)
	}
	if err != nil {
		graphql.AddError(graphql.WithFieldContext(ctx, &graphql.FieldContext{Object: "Query", Field: rf.Field}), err)
		return graphql.Null
	}
	return graphql.WriterFunc(func(w io.Writer) { _, _ = w.Write(data) })
}
