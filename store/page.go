package store

import (
	"context"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"
)

// Cursor is a position in an ordered list: the sort key of a row, written
// as text by PostgreSQL, and the row's id as the tie-breaker.
type Cursor struct {
	Key string
	ID  int64
}

// Page asks for one page of a list, the Relay way: Limit rows after After
// (forwards), or the last Limit rows before Before (Backward).
type Page struct {
	Limit    int
	Backward bool
	After    *Cursor
	Before   *Cursor
}

// PageInfo says whether rows lie beyond the page in either direction.
type PageInfo struct {
	HasNext     bool
	HasPrevious bool
}

// Sort is one way to order a list: an SQL expression over the list's
// alias, the type to compare cursor keys as, and the direction. The row id
// always breaks ties, so the order is total and paging is stable.
type Sort struct {
	Expr string
	Type string
	Desc bool
}

// Listed is embedded in every Record record. A list query fills it with
// the row's sort key (for its cursor) and, for lists nested under several
// parents at once, the parent the row was fetched for and its place in
// that parent's page.
type Listed struct {
	CursorKey string `db:"list_cursor"`
	RowID     int64  `db:"list_row_id"`
	ParentID  int64  `db:"list_parent"`
	RowNumber int64  `db:"list_position"`
}

// listQuery is the shape of one list: which columns of which relation,
// under which alias, with which conditions. Every list query in the store
// goes through it, so keyset paging is written once.
type listQuery struct {
	Columns string   // select list, without the cursor key
	From    string   // FROM and JOIN clauses
	Alias   string   // alias of the listed relation
	ID      string   // expression unique per row, the tie-breaker
	Where   []string // conditions, combined with AND
	Args    []any    // arguments referenced as $1.. by Where
}

// where adds a condition. The placeholder ? in cond is replaced with the
// next $n, so conditions can be composed without counting arguments.
func (q *listQuery) where(cond string, args ...any) {
	for _, a := range args {
		q.Args = append(q.Args, a)
		cond = strings.Replace(cond, "?", fmt.Sprintf("$%d", len(q.Args)), 1)
	}
	q.Where = append(q.Where, cond)
}

func (q *listQuery) whereClause() string {
	if len(q.Where) == 0 {
		return ""
	}
	return "WHERE " + strings.Join(q.Where, " AND ")
}

// keyset adds the conditions and ORDER BY that select one page.
func (q *listQuery) keyset(s Sort, p Page) (orderBy string) {
	id := q.ID
	after, before := ">", "<"
	if s.Desc {
		after, before = "<", ">"
	}
	if p.After != nil {
		q.where(fmt.Sprintf("(%s, %s) %s (?::%s, ?)", s.Expr, id, after, s.Type), p.After.Key, p.After.ID)
	}
	if p.Before != nil {
		q.where(fmt.Sprintf("(%s, %s) %s (?::%s, ?)", s.Expr, id, before, s.Type), p.Before.Key, p.Before.ID)
	}
	dir := "ASC"
	if s.Desc != p.Backward {
		dir = "DESC"
	}
	return fmt.Sprintf("%s %s, %s %s", s.Expr, dir, id, dir)
}

// fetchPage runs q for one page, sorted by s. It fetches one row more than
// asked to learn whether another page follows.
func fetchPage[T any](ctx context.Context, db sqlx.QueryerContext, q listQuery, s Sort, p Page) ([]T, PageInfo, error) {
	orderBy := q.keyset(s, p)
	q.Args = append(q.Args, p.Limit+1)
	query := fmt.Sprintf(`SELECT %s, (%s)::text AS list_cursor, %s AS list_row_id %s %s ORDER BY %s LIMIT $%d`,
		q.Columns, s.Expr, q.ID, q.From, q.whereClause(), orderBy, len(q.Args))
	var rows []T
	if err := sqlx.SelectContext(ctx, db, &rows, query, q.Args...); err != nil {
		return nil, PageInfo{}, Classify(err)
	}
	rows, info := trimPage(rows, p)
	return rows, info, nil
}

// fetchPages runs q for one page under each of many parents at once:
// parentExpr names the parent of each row, and each parent gets its own
// page of the same size and position. Rows come back grouped by parent
// (in Listed.ParentID) in page order.
func fetchPages[T Record](ctx context.Context, db sqlx.QueryerContext, q listQuery, parentExpr string, parents []int64, s Sort, p Page) (map[int64][]T, map[int64]PageInfo, error) {
	q.where(parentExpr+" = ANY(?)", int64Array(parents))
	orderBy := q.keyset(s, p)
	q.Args = append(q.Args, p.Limit+1)
	query := fmt.Sprintf(`SELECT * FROM (
		SELECT %s, (%s)::text AS list_cursor, %s AS list_row_id, %s AS list_parent,
		       row_number() OVER (PARTITION BY %s ORDER BY %s) AS list_position
		%s %s
	) ranked WHERE list_position <= $%d ORDER BY list_parent, list_position`,
		q.Columns, s.Expr, q.ID, parentExpr, parentExpr, orderBy, q.From, q.whereClause(), len(q.Args))
	var rows []T
	if err := sqlx.SelectContext(ctx, db, &rows, query, q.Args...); err != nil {
		return nil, nil, Classify(err)
	}
	grouped := make(map[int64][]T, len(parents))
	for _, r := range rows {
		parent := parentOf(r)
		grouped[parent] = append(grouped[parent], r)
	}
	infos := make(map[int64]PageInfo, len(parents))
	for _, parent := range parents {
		page, info := trimPage(grouped[parent], p)
		grouped[parent] = page
		infos[parent] = info
	}
	return grouped, infos, nil
}

// Record is any listable record: every one embeds Listed.
type Record interface{ listed() Listed }

func (l Listed) listed() Listed { return l }

func parentOf[T Record](r T) int64 { return r.listed().ParentID }

// CursorOf returns the position of a row fetched by a list query.
func CursorOf[T Record](r T) Cursor { return Cursor{Key: r.listed().CursorKey, ID: r.listed().RowID} }

// trimPage drops the extra row fetched to detect a following page and puts
// a backward page back in list order.
func trimPage[T any](rows []T, p Page) ([]T, PageInfo) {
	more := len(rows) > p.Limit
	if more {
		rows = rows[:p.Limit]
	}
	var info PageInfo
	if p.Backward {
		for i, j := 0, len(rows)-1; i < j; i, j = i+1, j-1 {
			rows[i], rows[j] = rows[j], rows[i]
		}
		info.HasPrevious = more
		info.HasNext = p.Before != nil
	} else {
		info.HasNext = more
		info.HasPrevious = p.After != nil
	}
	return rows, info
}

// countRows counts the rows q matches.
func countRows(ctx context.Context, db sqlx.QueryerContext, q listQuery) (int, error) {
	var n int
	query := fmt.Sprintf(`SELECT count(*) %s %s`, q.From, q.whereClause())
	if err := sqlx.GetContext(ctx, db, &n, query, q.Args...); err != nil {
		return 0, Classify(err)
	}
	return n, nil
}

// countRowsByParent counts the rows q matches under each parent.
func countRowsByParent(ctx context.Context, db sqlx.QueryerContext, q listQuery, parentExpr string, parents []int64) (map[int64]int, error) {
	q.where(parentExpr+" = ANY(?)", int64Array(parents))
	query := fmt.Sprintf(`SELECT %s AS list_parent, count(*) AS n %s %s GROUP BY 1`, parentExpr, q.From, q.whereClause())
	var rows []struct {
		ParentID int64 `db:"list_parent"`
		N        int   `db:"n"`
	}
	if err := sqlx.SelectContext(ctx, db, &rows, query, q.Args...); err != nil {
		return nil, Classify(err)
	}
	counts := make(map[int64]int, len(parents))
	for _, r := range rows {
		counts[r.ParentID] = r.N
	}
	return counts, nil
}
