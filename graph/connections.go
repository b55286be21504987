package graph

import (
	"context"

	"learningapi/graph/model"
	"learningapi/store"
)

// Page sizes, as the API conventions set them.
const (
	defaultPageSize = 20
	maxPageSize     = 100
)

// pageArgs are the Relay arguments of a connection field.
type pageArgs struct {
	First, Last   *int
	After, Before *string
}

// order names a sort of a list and its direction.
type order struct {
	Field string
	Desc  bool
}

// listID names a list and order for its cursors: a cursor only works on
// the list, relation and order that issued it.
func listID(name string, rel store.Relation, o order) string {
	dir := "ASC"
	if o.Desc {
		dir = "DESC"
	}
	id := name
	if rel != "" {
		id += " of " + string(rel)
	}
	return id + " by " + o.Field + " " + dir
}

// page checks the Relay arguments and turns them into a store page.
func (a pageArgs) page(list string) (store.Page, error) {
	if a.First != nil && a.Last != nil {
		return store.Page{}, badInput("give first or last, not both")
	}
	p := store.Page{Limit: defaultPageSize}
	for name, n := range map[string]*int{"first": a.First, "last": a.Last} {
		if n != nil && (*n < 1 || *n > maxPageSize) {
			return store.Page{}, badInput("%s must be between 1 and %d (got %d)", name, maxPageSize, *n)
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
			return store.Page{}, err
		}
	}
	if a.Before != nil {
		if p.Before, err = decodeCursor(*a.Before, list, "before"); err != nil {
			return store.Page{}, err
		}
	}
	return p, nil
}

// connection serves a top-level list field: one page of the records
// matching f, with a total count run only if the query asks for it.
func connection[T store.Record, F any](ctx context.Context, db *store.DB, list store.List[T, F], f F, o order, a pageArgs) (*model.Connection[T], error) {
	id := listID(list.Name(), "", o)
	s, p, err := sortAndPage(list, o, a, id)
	if err != nil {
		return nil, err
	}
	rows, info, err := list.Page(ctx, db, f, s, p)
	if err != nil {
		return nil, err
	}
	return newConnection(id, rows, info, func(ctx context.Context) (int, error) {
		return list.Count(ctx, db, f)
	}), nil
}

// connectionUnder serves a list field under a parent record, such as a
// project's resources. Pages and counts for every parent in the request
// are fetched together, one statement each.
func connectionUnder[T store.Record, F any](ctx context.Context, list store.List[T, F], rel store.Relation, parent int64, f F, o order, a pageArgs) (*model.Connection[T], error) {
	id := listID(list.Name(), rel, o)
	s, p, err := sortAndPage(list, o, a, id)
	if err != nil {
		return nil, err
	}
	res, err := loadPageUnder(ctx, list, rel, parent, f, s, p)
	if err != nil {
		return nil, err
	}
	return newConnection(id, res.Rows, res.Info, func(ctx context.Context) (int, error) {
		return loadCountUnder(ctx, list, rel, parent, f)
	}), nil
}

func sortAndPage[T store.Record, F any](list store.List[T, F], o order, a pageArgs, id string) (store.Sort, store.Page, error) {
	s, err := list.Sort(o.Field, o.Desc)
	if err != nil {
		return store.Sort{}, store.Page{}, err
	}
	p, err := a.page(id)
	return s, p, err
}

func newConnection[T store.Record](list string, rows []T, info store.PageInfo, count func(context.Context) (int, error)) *model.Connection[T] {
	c := &model.Connection[T]{
		Edges: make([]*model.Edge[T], len(rows)),
		PageInfo: &model.PageInfo{
			HasNextPage:     info.HasNext,
			HasPreviousPage: info.HasPrevious,
		},
		Count: count,
	}
	for i := range rows {
		cursor := encodeCursor(list, store.CursorOf(rows[i]))
		c.Edges[i] = &model.Edge[T]{Cursor: cursor, Node: &rows[i]}
	}
	if n := len(c.Edges); n > 0 {
		c.PageInfo.StartCursor = &c.Edges[0].Cursor
		c.PageInfo.EndCursor = &c.Edges[n-1].Cursor
	}
	return c
}
