package store

import (
	"context"
	"fmt"
)

// List describes one kind of record that can be listed, looked up and
// followed from a parent record: which relation it is read from, how its
// filter F narrows it, how it can be sorted and which parents it hangs
// under. Every record type has one List value (see Projects, Resources...),
// so paging, counting and batching are written once for all of them.
type List[T Record, F any] struct {
	name      string
	columns   string
	from      string
	alias     string
	id        string // unique row expression; alias.id if empty
	filter    func(q *listQuery, f F)
	sorts     map[string]Sort
	relations map[Relation]relation
}

// Relation names how a list hangs under a parent record, such as the
// resources of a project.
type Relation string

// relation says how to reach a list's rows from a parent: extra joins, and
// the expression that yields the parent's id for each row. Joins must not
// repeat a row for the same parent.
type relation struct {
	join   string
	parent string
}

// Name is the list's name, used to tell cursors of different lists apart.
func (l List[T, F]) Name() string { return l.name }

// Sort returns the named sort, in the given direction.
func (l List[T, F]) Sort(field string, desc bool) (Sort, error) {
	s, ok := l.sorts[field]
	if !ok {
		return Sort{}, fmt.Errorf("store: %s cannot be sorted by %q", l.name, field)
	}
	s.Desc = desc
	return s, nil
}

func (l List[T, F]) base(f F) listQuery {
	q := listQuery{Columns: l.columns, From: l.from, Alias: l.alias, ID: l.id}
	if q.ID == "" {
		q.ID = l.alias + ".id"
	}
	if l.filter != nil {
		l.filter(&q, f)
	}
	return q
}

func (l List[T, F]) under(rel Relation) (relation, error) {
	r, ok := l.relations[rel]
	if !ok {
		return relation{}, fmt.Errorf("store: %s has no relation %q", l.name, rel)
	}
	return r, nil
}

func (l List[T, F]) baseUnder(rel Relation, f F) (listQuery, string, error) {
	r, err := l.under(rel)
	if err != nil {
		return listQuery{}, "", err
	}
	q := l.base(f)
	q.From += " " + r.join
	return q, r.parent, nil
}

// Page returns one page of the records matching f.
func (l List[T, F]) Page(ctx context.Context, db *DB, f F, s Sort, p Page) ([]T, PageInfo, error) {
	rows, info, err := fetchPage[T](ctx, db, l.base(f), s, p)
	if err != nil {
		return nil, PageInfo{}, fmt.Errorf("list %s: %w", l.name, err)
	}
	return rows, info, nil
}

// Count counts the records matching f.
func (l List[T, F]) Count(ctx context.Context, db *DB, f F) (int, error) {
	n, err := countRows(ctx, db, l.base(f))
	if err != nil {
		return 0, fmt.Errorf("count %s: %w", l.name, err)
	}
	return n, nil
}

// PagesUnder returns one page of matching records under each parent, in
// one statement.
func (l List[T, F]) PagesUnder(ctx context.Context, db *DB, rel Relation, parents []int64, f F, s Sort, p Page) (map[int64][]T, map[int64]PageInfo, error) {
	q, parentExpr, err := l.baseUnder(rel, f)
	if err != nil {
		return nil, nil, err
	}
	rows, infos, err := fetchPages[T](ctx, db, q, parentExpr, parents, s, p)
	if err != nil {
		return nil, nil, fmt.Errorf("list %s of %s: %w", l.name, rel, err)
	}
	return rows, infos, nil
}

// CountsUnder counts the matching records under each parent, in one
// statement.
func (l List[T, F]) CountsUnder(ctx context.Context, db *DB, rel Relation, parents []int64, f F) (map[int64]int, error) {
	q, parentExpr, err := l.baseUnder(rel, f)
	if err != nil {
		return nil, err
	}
	counts, err := countRowsByParent(ctx, db, q, parentExpr, parents)
	if err != nil {
		return nil, fmt.Errorf("count %s of %s: %w", l.name, rel, err)
	}
	return counts, nil
}

// AllUnder returns every record under each parent, in one statement, for
// relations that stay small (a project's themes, an event's speakers).
func (l List[T, F]) AllUnder(ctx context.Context, db *DB, rel Relation, parents []int64, s Sort) (map[int64][]T, error) {
	var zero F
	q, parentExpr, err := l.baseUnder(rel, zero)
	if err != nil {
		return nil, err
	}
	q.where(parentExpr+" = ANY(?)", int64Array(parents))
	dir := "ASC"
	if s.Desc {
		dir = "DESC"
	}
	query := fmt.Sprintf(`SELECT %s, (%s)::text AS list_cursor, %s AS list_parent %s %s ORDER BY %s, %s %s, %s %s`,
		q.Columns, s.Expr, parentExpr, q.From, q.whereClause(), parentExpr, s.Expr, dir, q.ID, dir)
	var rows []T
	if err := db.SelectContext(ctx, &rows, query, q.Args...); err != nil {
		return nil, fmt.Errorf("list %s of %s: %w", l.name, rel, Classify(err))
	}
	grouped := make(map[int64][]T, len(parents))
	for _, r := range rows {
		parent := parentOf(r)
		grouped[parent] = append(grouped[parent], r)
	}
	return grouped, nil
}

// ByIDs returns the visible records with the given ids, keyed by id.
// Missing ids are simply absent.
func (l List[T, F]) ByIDs(ctx context.Context, db *DB, ids []int64) (map[int64]T, error) {
	var zero F
	q := l.base(zero)
	q.where(q.ID+" = ANY(?)", int64Array(ids))
	query := fmt.Sprintf(`SELECT %s, %s AS list_row_id %s %s`, q.Columns, q.ID, q.From, q.whereClause())
	var rows []T
	if err := db.SelectContext(ctx, &rows, query, q.Args...); err != nil {
		return nil, fmt.Errorf("%s by id: %w", l.name, Classify(err))
	}
	byID := make(map[int64]T, len(rows))
	for _, r := range rows {
		byID[r.listed().RowID] = r
	}
	return byID, nil
}

// Find returns the visible record whose column equals value, or
// ErrNotFound. Column must be one of the list's unique keys.
func (l List[T, F]) Find(ctx context.Context, db *DB, column, value string) (T, error) {
	var zero T
	if column != "slug" && column != "code" {
		return zero, fmt.Errorf("store: %s cannot be found by %q", l.name, column)
	}
	var noFilter F
	q := l.base(noFilter)
	q.where(q.Alias+"."+column+" = ?", value)
	query := fmt.Sprintf(`SELECT %s %s %s`, q.Columns, q.From, q.whereClause())
	var rows []T
	if err := db.SelectContext(ctx, &rows, query, q.Args...); err != nil {
		return zero, fmt.Errorf("%s by %s: %w", l.name, column, Classify(err))
	}
	if len(rows) == 0 {
		return zero, fmt.Errorf("%s %s %q: %w", l.name, column, value, ErrNotFound)
	}
	return rows[0], nil
}

// NoFilter is the filter of lists that cannot be narrowed.
type NoFilter struct{}
