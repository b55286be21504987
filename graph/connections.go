package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"

	"learningapi/graph/model"
	"learningapi/read"
)

// Page sizes, as the API conventions set them.
const (
	defaultPageSize = 20
	maxPageSize     = 100
	// maxAll bounds the fixed reference lists served whole (regions, funds).
	maxAll = 100
)

// pageArgs are the Relay arguments of a connection field.
type pageArgs struct {
	First, Last   *int
	After, Before *string
}

// pageArgsOf reads the Relay arguments from a field's coerced arguments.
func pageArgsOf(args map[string]any) pageArgs {
	first, _ := args["first"].(*int)
	last, _ := args["last"].(*int)
	after, _ := args["after"].(*string)
	before, _ := args["before"].(*string)
	return pageArgs{First: first, Last: last, After: after, Before: before}
}

// page checks the Relay arguments and turns them into a page of the list
// named list.
func (a pageArgs) page(list string) (read.Page, error) {
	if a.First != nil && a.Last != nil {
		return read.Page{}, badInput("give first or last, not both")
	}
	p := read.Page{Limit: defaultPageSize}
	for name, n := range map[string]*int{"first": a.First, "last": a.Last} {
		if n != nil && (*n < 1 || *n > maxPageSize) {
			return read.Page{}, badInput("%s must be between 1 and %d (got %d)", name, maxPageSize, *n)
		}
	}
	if a.First != nil {
		p.Limit = *a.First
	}
	if a.Last != nil {
		p.Limit, p.Backward = *a.Last, true
	}
	var err error
	if a.After != nil {
		if p.After, err = decodeCursor(*a.After, list, "after"); err != nil {
			return read.Page{}, err
		}
	}
	if a.Before != nil {
		if p.Before, err = decodeCursor(*a.Before, list, "before"); err != nil {
			return read.Page{}, err
		}
	}
	return p, nil
}

// listOf checks a list field's arguments: the list named name, in order
// o, narrowed by f.
func listOf[F any](name string, f F, o read.Order, a pageArgs) (read.List[F], error) {
	p, err := a.page(read.ListID(name, o))
	if err != nil {
		return read.List[F]{}, err
	}
	return read.List[F]{Filter: f, Order: o, Page: p}, nil
}

// connection builds the connection for a page of the list named name.
func connection[T any](name string, o read.Order, rows read.Rows[T]) *model.Connection[T] {
	id := read.ListID(name, o)
	return model.NewConnection(rows, func(c read.Cursor) string { return encodeCursor(id, c) })
}

// rootField is a top-level list field: its table, the plan of its
// records, and the function that builds its list from the field's
// arguments, kept together so the shape and the resolver cannot disagree.
type rootField[T, F any] struct {
	table read.Table[T, F]
	plan  *objectPlan[T]
	list  listArgs[F]
}

func rootListField[T, F any](t read.Table[T, F], o *objectPlan[T], list listArgs[F]) rootField[T, F] {
	storedIn[o.typeName] = t.Stored()
	return rootField[T, F]{table: t, plan: o, list: list}
}

// storedIn names the table each listed type's records are stored in
// ("Resource": "resource"), for the cost of scanning them.
var storedIn = map[string]string{}

// rootList serves a top-level list field in one statement: the page, the
// records' relations at every depth, and the count if asked.
func rootList[T, F any](ctx context.Context, r *Resolver, field rootField[T, F]) (*model.Connection[T], error) {
	t, o := field.table, field.plan
	l, err := field.list(t.Name(), graphql.GetFieldContext(ctx).Args)
	if err != nil {
		return nil, err
	}
	s := read.NewSelect(t)
	p := r.planner(ctx)
	for _, set := range p.connection(graphql.GetFieldContext(ctx).Field, o.typeName, &l.Count, &l.Cursors) {
		o.plan(p, s, set)
	}
	rows, err := read.ListOf(ctx, r.DB, t, s, l)
	if err != nil {
		return nil, err
	}
	return connection(t.Name(), l.Order, rows), nil
}

// pagedOf serves a connection field under a record from what was loaded
// with the record, building its list with the function its plan used; the
// list's checks run again here, so an error is reported on this field.
func pagedOf[P, C, F any](ctx context.Context, field pagedField[P, C, F], parent *P) (*model.Connection[C], error) {
	l, err := field.list(field.rel.Name(), graphql.GetFieldContext(ctx).Args)
	if err != nil {
		return nil, err
	}
	rows, err := field.rel.Of(parent, keyOf(ctx), l.Page)
	if err != nil {
		return nil, err
	}
	return connection(field.rel.Name(), l.Order, rows), nil
}

// find serves a look-up by slug or code: null, not an error, when there is
// none.
func find[T, F any](ctx context.Context, r *Resolver, t read.Table[T, F], o *objectPlan[T], column, value string) (*T, error) {
	return read.Find(ctx, r.DB, t, selection(ctx, r, t, o), column, value)
}

// findBySlugOrCode serves look-ups that take exactly one of a slug and a
// code.
func findBySlugOrCode[T, F any](ctx context.Context, r *Resolver, t read.Table[T, F], o *objectPlan[T], slug, code *string) (*T, error) {
	switch {
	case (slug == nil) == (code == nil):
		return nil, badInput("give exactly one of slug and code")
	case slug != nil:
		return find(ctx, r, t, o, "slug", *slug)
	default:
		return find(ctx, r, t, o, "code", *code)
	}
}

// all serves a short, fixed reference list whole, such as the regions.
func all[T, F any](ctx context.Context, r *Resolver, t read.Table[T, F], o *objectPlan[T], order read.Order) ([]*T, error) {
	var noFilter F
	rows, err := read.ListOf(ctx, r.DB, t, selection(ctx, r, t, o), read.List[F]{Filter: noFilter, Order: order, Page: read.Page{Limit: maxAll}})
	if err != nil {
		return nil, err
	}
	return pointers(rows.Rows), nil
}

// one serves a field that holds at most one related record.
func one[P, C any](ctx context.Context, r read.One[P, C], parent *P) (*C, error) {
	return r.Of(ctx, parent, keyOf(ctx))
}

// many serves a field that holds every related record.
func many[P, C any](ctx context.Context, r read.Many[P, C], parent *P) ([]*C, error) {
	return r.Of(parent, keyOf(ctx))
}

// money serves a total of money over related rows.
func money[P any](ctx context.Context, r read.Sum[P], parent *P) (model.Money, error) {
	n, err := r.Of(parent, keyOf(ctx))
	return model.Money(n), err
}

func pointers[T any](rows []T) []*T {
	out := make([]*T, len(rows))
	for i := range rows {
		out[i] = &rows[i]
	}
	return out
}
