package read

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"

	"learningapi/store"
)

// A statement answers one or more top-level reads (parts) at once: it is
// SELECT <part>, <part>... and returns one row whose columns are the
// parts' answers as JSON documents, the related records nested inside.
type part interface {
	// expr renders the part's JSON-valued expression.
	expr(b *builder) string
	// decode takes the part's answer; raw is nil for SQL NULL.
	decode(ctx context.Context, raw []byte) error
}

// Statement gathers reads to send as one statement, such as the records of
// several types that nodes(ids:) asks for.
type Statement struct{ parts []part }

// Run sends the statement and hands each read its answer.
func (st *Statement) Run(ctx context.Context, db *store.DB) error {
	if len(st.parts) == 0 {
		return nil
	}
	return run(ctx, db, st.parts...)
}

func run(ctx context.Context, db *store.DB, parts ...part) error {
	b := newBuilder()
	exprs := make([]string, len(parts))
	for i, p := range parts {
		exprs[i] = p.expr(b)
	}
	raws, err := db.JSONRow(ctx, len(parts), b.statement(exprs), b.values...)
	if err != nil {
		return err
	}
	if tags := tagsFrom(ctx); tags != nil {
		tags.add(b.tagList()...)
	}
	for i, p := range parts {
		if err := p.decode(ctx, raws[i]); err != nil {
			return err
		}
	}
	return nil
}

// Render returns the SQL and parameters of the statement that would answer
// the reads, for golden files and EXPLAIN.
func (st *Statement) Render() (string, []any) {
	b := newBuilder()
	exprs := make([]string, len(st.parts))
	for i, p := range st.parts {
		exprs[i] = p.expr(b)
	}
	return b.statement(exprs), b.values
}

// ListPart reads one page of a top-level list.
type ListPart[T, F any] struct {
	t     Table[T, F]
	sel   *Select[T]
	l     List[F]
	order sortSpec
	// Rows is the page, once the statement has run.
	Rows Rows[T]
}

// AddList adds a read of one page of table t to st.
func AddList[T, F any](st *Statement, t Table[T, F], sel *Select[T], l List[F]) (*ListPart[T, F], error) {
	order, err := t.sort(l.Order.Field)
	if err != nil {
		return nil, err
	}
	p := &ListPart[T, F]{t: t, sel: sel, l: l, order: order}
	st.parts = append(st.parts, p)
	return p, nil
}

func (p *ListPart[T, F]) expr(b *builder) string {
	w := &where{b: b}
	if p.t.filter != nil {
		p.t.filter(w, p.l.Filter)
	}
	ls := list{where: w, order: p.order, desc: p.l.Order.Desc, page: p.l.Page, count: p.l.Count, cursors: p.l.Cursors}
	return b.pageOf(p.t.table, p.sel.sel, link{}, ls, "", 0)
}

func (p *ListPart[T, F]) decode(ctx context.Context, raw []byte) error {
	var page pageJSON[T]
	if err := json.Unmarshal(raw, &page); err != nil {
		return fmt.Errorf("read %s: %w", p.t.name, err)
	}
	rows, err := page.trim(p.l.Page)
	p.Rows = rows
	return err
}

// ListOf reads one page of table t, in one statement.
func ListOf[T, F any](ctx context.Context, db *store.DB, t Table[T, F], sel *Select[T], l List[F]) (Rows[T], error) {
	var st Statement
	p, err := AddList(&st, t, sel, l)
	if err != nil {
		return Rows[T]{}, err
	}
	if err := st.Run(ctx, db); err != nil {
		return Rows[T]{}, err
	}
	return p.Rows, nil
}

// FindPart reads the one visible record whose column equals a value.
type FindPart[T, F any] struct {
	t      Table[T, F]
	sel    *Select[T]
	column string
	value  string
	// Found is the record, or nil, once the statement has run.
	Found *T
}

// AddFind adds a look-up by a unique column (slug or code) to st.
func AddFind[T, F any](st *Statement, t Table[T, F], sel *Select[T], column, value string) (*FindPart[T, F], error) {
	if column != "slug" && column != "code" || !t.columns[column] {
		return nil, fmt.Errorf("read: %s cannot be found by %q", t.name, column)
	}
	if column == "code" {
		// To tell whether the code asked for is still the record's own.
		sel.Columns("code")
	}
	p := &FindPart[T, F]{t: t, sel: sel, column: column, value: value}
	st.parts = append(st.parts, p)
	return p, nil
}

func (p *FindPart[T, F]) expr(b *builder) string {
	self := p.t.alias + "0"
	return "(SELECT " + p.sel.sel.object(b, self, 0) + p.t.findRows(b, self, p.column, p.value) + ")"
}

func (p *FindPart[T, F]) decode(ctx context.Context, raw []byte) error {
	found, err := decodeOne[T](ctx, p.t.table, raw)
	p.Found = found
	if found != nil && p.column == "code" {
		if current := reflect.ValueOf(found).Elem().FieldByName("Code").String(); current != p.value {
			supersededFrom(ctx)(p.value, current)
		}
	}
	return err
}

// findRows renders " FROM ... WHERE ..." for the record aliased self whose
// column (slug or code) is value. A code also finds the record that had it
// before its current one, if the table keeps former codes; ONS never gives
// one code to two areas, and the database refuses a former code that is
// some area's current code, so at most one record matches.
func (t *table) findRows(b *builder, self, column, value string) string {
	param := b.param(value)
	cond := self + "." + column + " = " + param
	if column == "code" {
		cond = codeMatch(self, param, t.formerOwner, false)
		b.reads(cond)
	}
	return " FROM " + t.from + " " + self + " WHERE " + cond
}

// Find reads the visible record of table t whose column (slug or code)
// equals value, or nil, in one statement.
func Find[T, F any](ctx context.Context, db *store.DB, t Table[T, F], sel *Select[T], column, value string) (*T, error) {
	var st Statement
	p, err := AddFind(&st, t, sel, column, value)
	if err != nil {
		return nil, err
	}
	if err := st.Run(ctx, db); err != nil {
		return nil, err
	}
	return p.Found, nil
}

// IDsPart reads visible records by id.
type IDsPart[T, F any] struct {
	t   Table[T, F]
	sel *Select[T]
	ids []int64
	// ByID holds the records found, once the statement has run.
	ByID map[int64]*T
}

// AddByIDs adds a read of the visible records of table t with these ids.
func AddByIDs[T, F any](st *Statement, t Table[T, F], sel *Select[T], ids []int64) *IDsPart[T, F] {
	p := &IDsPart[T, F]{t: t, sel: sel, ids: ids}
	st.parts = append(st.parts, p)
	return p
}

func (p *IDsPart[T, F]) expr(b *builder) string {
	self := p.t.alias + "0"
	return "(SELECT json_agg(" + p.sel.sel.object(b, self, 0) + ") FROM " + p.t.from + " " + self +
		" WHERE " + self + ".id = ANY(" + b.param(int64Array(p.ids)) + "::bigint[]))"
}

func (p *IDsPart[T, F]) decode(ctx context.Context, raw []byte) error {
	var rows []T
	if raw != nil {
		if err := json.Unmarshal(raw, &rows); err != nil {
			return fmt.Errorf("read %s by id: %w", p.t.name, err)
		}
	}
	p.ByID = make(map[int64]*T, len(rows))
	tags := tagsFrom(ctx)
	for i := range rows {
		id := p.t.idOf(&rows[i])
		p.ByID[id] = &rows[i]
		tags.add(p.t.recordTag(id))
	}
	if len(rows) < len(p.ids) {
		// A record not visible now may be published later.
		tags.add(p.t.tag())
	}
	return nil
}

// decodeOne decodes a to-one answer and tags the response with it.
func decodeOne[T any](ctx context.Context, t *table, raw []byte) (*T, error) {
	tags := tagsFrom(ctx)
	if raw == nil || bytes.Equal(raw, []byte("null")) {
		tags.add(t.tag())
		return nil, nil
	}
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, fmt.Errorf("read %s: %w", t.name, err)
	}
	tags.add(t.recordTag(t.idOf(&v)))
	return &v, nil
}

// idOf returns the id of a record of the table.
func (t *table) idOf(v any) int64 {
	rv := reflect.ValueOf(v).Elem()
	return rv.FieldByName("ID").Int()
}

// recordTag names one record for the response cache: project:12.
func (t *table) recordTag(id int64) string { return t.tag() + ":" + strconv.FormatInt(id, 10) }

// ErrNotLoaded means a relation was read from a record that was not read
// with it: the query planner and the resolvers disagree.
var ErrNotLoaded = errors.New("relation not loaded with its record")

// related finds what was loaded under a relation's key.
func related(parent any, key string) (json.RawMessage, error) {
	l, ok := parent.(interface {
		Related(string) (json.RawMessage, bool)
	})
	if !ok {
		return nil, fmt.Errorf("%w: %T carries no related records", ErrNotLoaded, parent)
	}
	raw, ok := l.Related(key)
	if !ok {
		return nil, fmt.Errorf("%w: %s", ErrNotLoaded, key)
	}
	return raw, nil
}

// Of returns the record related to parent, as loaded under key, or nil.
func (r One[P, C]) Of(ctx context.Context, parent *P, key string) (*C, error) {
	raw, err := related(parent, relKey(key, r.name))
	if err != nil {
		return nil, err
	}
	return decodeOne[C](ctx, r.child, raw)
}

// Of returns the records related to parent, as loaded under key.
func (r Many[P, C]) Of(parent *P, key string) ([]*C, error) {
	raw, err := related(parent, relKey(key, r.name))
	if err != nil {
		return nil, err
	}
	var rows []C
	if err := json.Unmarshal(raw, &rows); err != nil {
		return nil, fmt.Errorf("read %s: %w", r.name, err)
	}
	out := make([]*C, len(rows))
	for i := range rows {
		out[i] = &rows[i]
	}
	return out, nil
}

// Of returns the page related to parent, as loaded under key; page must
// be the page asked for when the relation was added.
func (r Paged[P, C, F]) Of(parent *P, key string, page Page) (Rows[C], error) {
	raw, err := related(parent, relKey(key, r.name))
	if err != nil {
		return Rows[C]{}, err
	}
	var p pageJSON[C]
	if err := json.Unmarshal(raw, &p); err != nil {
		return Rows[C]{}, fmt.Errorf("read %s: %w", r.name, err)
	}
	return p.trim(page)
}

// Of returns the total for parent, as loaded under key.
func (r Sum[P]) Of(parent *P, key string) (int64, error) {
	raw, err := related(parent, relKey(key, r.name))
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(string(raw), 10, 64)
	if err != nil {
		return 0, fmt.Errorf("read %s: %w", r.name, err)
	}
	return n, nil
}

// Shaped is a top-level field answered whole by PostgreSQL, in the query's
// own shape (see Shape).
type Shaped struct {
	data func(b *builder) string
	// found, if set, lists the ids of the records read by identity (a
	// look-up by slug), so that the answer is tagged with them.
	found func(b *builder) string
	t     *table
	// tags are known before the statement runs (the ids nodes asks for).
	tags []string
	// current, for a look-up by code, is the found record's code, which
	// differs from asked when the code asked for is a former one.
	current func(b *builder) string
	asked   string
}

// ShapeList answers a top-level list field: one page of table t, as l
// asks, shaped by the returned Conn.
func ShapeList[T, F any](t Table[T, F], l List[F]) (*Conn[T], *Shaped, error) {
	c, err := newConn[T](t, t.name, l)
	if err != nil {
		return nil, nil, err
	}
	return c, &Shaped{t: t.table, data: func(b *builder) string {
		return c.c.render(b, t.where(b, l.Filter), link{}, "", 0)
	}}, nil
}

// ShapeFind answers a look-up by a unique column (slug or code), shaped
// by the returned Shape; null if no visible record has the value.
func ShapeFind[T, F any](t Table[T, F], column, value string) (*Shape[T], *Shaped, error) {
	if column != "slug" && column != "code" || !t.columns[column] {
		return nil, nil, fmt.Errorf("read: %s cannot be found by %q", t.name, column)
	}
	sh := newShape[T](t.table)
	self := t.alias + "0"
	sp := &Shaped{t: t.table,
		data: func(b *builder) string {
			return "(SELECT " + sh.sh.object(b, self, 0) + t.findRows(b, self, column, value) + ")"
		},
		found: func(b *builder) string {
			return "(SELECT json_agg(" + self + ".id)" + t.findRows(b, self, column, value) + ")"
		},
	}
	if column == "code" {
		sp.asked = value
		sp.current = func(b *builder) string {
			return "(SELECT to_json(" + self + ".code)" + t.findRows(b, self, column, value) + ")"
		}
	}
	return sh, sp, nil
}

// ShapeAll answers a short fixed list whole (the regions), at most limit
// records in order o, shaped by the returned Shape.
func ShapeAll[T, F any](t Table[T, F], o Order, limit int) (*Shape[T], *Shaped, error) {
	c, sp, err := ShapeList(t, List[F]{Order: o, Page: Page{Limit: limit}})
	if err != nil {
		return nil, nil, err
	}
	sh, col := c.c.record()
	c.c.fields = append(c.c.fields, connField{key: "all", render: func(pg pageSQL) string { return pg.agg(col) }})
	list := sp.data
	sp.data = func(b *builder) string { return "(" + list(b) + ")->'all'" }
	return &Shape[T]{sh: sh}, sp, nil
}

// Element is one record of nodes(ids:) or node(id:): the visible record of
// a table with an id, or null.
type Element struct {
	render func(b *builder) string
	tag    string
}

// ShapeByID is the record of table t with id, shaped by sh.
func ShapeByID[T, F any](t Table[T, F], sh *Shape[T], id int64) Element {
	self := t.alias + "0"
	return Element{tag: t.recordTag(id), render: func(b *builder) string {
		return "(SELECT " + sh.sh.object(b, self, 0) + " FROM " + t.from + " " + self + " WHERE " + self + ".id = " + b.param(id) + ")"
	}}
}

// ShapeElements answers nodes(ids:): the elements in order, as a JSON
// array.
func ShapeElements(elems []Element) *Shaped {
	sp := &Shaped{data: func(b *builder) string {
		parts := make([]string, len(elems))
		for i, e := range elems {
			parts[i] = e.render(b)
		}
		return "json_build_array(" + strings.Join(parts, ", ") + ")"
	}}
	for _, e := range elems {
		sp.tags = append(sp.tags, e.tag)
	}
	return sp
}

// ShapeElement answers node(id:): the element, or null.
func ShapeElement(e Element) *Shaped {
	return &Shaped{data: e.render, tags: []string{e.tag}}
}

// Rendered is a shaped field's SQL, rendered: it depends only on the
// query and its variables, so the API can keep it and send it again.
type Rendered struct {
	sql    string
	values []any
	tags   []string // tags known before the statement runs
	found  *table   // the table of records read by identity, if any
	// asked is the code a look-up by code asked for; the statement then
	// also returns the code of the record found.
	asked      string
	hasCurrent bool
}

// Render writes a shaped field's statement.
func (sp *Shaped) Render() *Rendered {
	b := newBuilder()
	exprs := []string{sp.data(b)}
	unknown := "NULL::json"
	if len(b.unknown) > 0 {
		unknown = "json_build_array(" + strings.Join(b.unknown, ", ") + ")"
	}
	exprs = append(exprs, unknown)
	r := &Rendered{tags: append(b.tagList(), sp.tags...)}
	if sp.found != nil {
		exprs = append(exprs, sp.found(b))
		r.found = sp.t
	}
	if sp.current != nil {
		exprs = append(exprs, sp.current(b))
		r.asked, r.hasCurrent = sp.asked, true
	}
	r.sql, r.values = ShapedMark+b.statement(exprs), b.values
	return r
}

// ShapedMark starts every statement that writes an answer whole, so that
// one can tell them apart in logs and pg_stat_statements.
const ShapedMark = "/* shaped */ "

// SQL is the statement and its parameters, for golden files and EXPLAIN.
func (r *Rendered) SQL() (string, []any) { return r.sql, r.values }

// Run sends the statement and returns the field's answer as PostgreSQL
// wrote it: valid JSON with spaces between tokens, which the response's
// encoder (encoding/json, compacting every json.RawMessage it writes)
// removes, so it is not compacted twice. A filter naming a record that
// does not exist returns an *UnknownRefError, since the answer has no
// place for the report.
func (r *Rendered) Run(ctx context.Context, db *store.DB) (json.RawMessage, error) {
	n := 2
	if r.found != nil {
		n++
	}
	if r.hasCurrent {
		n++
	}
	raws, err := db.JSONRow(ctx, n, r.sql, r.values...)
	if err != nil {
		return nil, err
	}
	if raws[1] != nil {
		var reports [][]unknownNames
		if err := json.Unmarshal(raws[1], &reports); err != nil {
			return nil, fmt.Errorf("read: unknown names: %w", err)
		}
		for _, rep := range reports {
			if err := unknownRefs(rep); err != nil {
				return nil, err
			}
		}
	}
	tags := tagsFrom(ctx)
	tags.add(r.tags...)
	if r.found != nil {
		var ids []int64
		if raws[2] != nil {
			if err := json.Unmarshal(raws[2], &ids); err != nil {
				return nil, fmt.Errorf("read: found ids: %w", err)
			}
		}
		if len(ids) == 0 {
			tags.add(r.found.tag())
		}
		for _, id := range ids {
			tags.add(r.found.recordTag(id))
		}
	}
	if r.hasCurrent && raws[n-1] != nil {
		var current string
		if err := json.Unmarshal(raws[n-1], &current); err != nil {
			return nil, fmt.Errorf("read: current code: %w", err)
		}
		if current != r.asked {
			supersededFrom(ctx)(r.asked, current)
		}
	}
	if raws[0] == nil {
		return json.RawMessage("null"), nil
	}
	return raws[0], nil
}
