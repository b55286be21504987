package read

import (
	"strconv"
	"strings"
)

// A Shape is the read path's other way of answering: instead of loading
// records for resolvers to present, PostgreSQL writes the answer itself,
// in the query's own terms (its response keys, in order, and values
// formatted as the API formats them), and the server passes it on. The API
// uses it for every top-level field whose selection it can express (see
// package graph), since then Go does almost nothing per record.

// Shape is what to write for each record of type T: an ordered list of
// response keys, each with the SQL that computes its value.
type Shape[T any] struct{ sh *shape }

type shape struct {
	t      *table
	fields []shapeField
}

// shapeField is one key of a JSON object and how to render its value.
type shapeField struct {
	key    string
	render func(b *builder, self string, depth int) string
}

func newShape[T any](t *table) *Shape[T] { return &Shape[T]{sh: &shape{t: t}} }

func (s *shape) add(key string, render func(b *builder, self string, depth int) string) {
	s.fields = append(s.fields, shapeField{key: key, render: render})
}

// object renders the JSON object of one record.
func (s *shape) object(b *builder, self string, depth int) string {
	pairs := make([][2]string, len(s.fields))
	for i, f := range s.fields {
		pairs[i] = [2]string{f.key, f.render(b, self, depth)}
	}
	return jsonObject(pairs)
}

// maxObjectPairs is how many pairs one json_build_object takes:
// PostgreSQL passes a function at most 100 arguments.
const maxObjectPairs = 50

// jsonObject renders the JSON object of key-value pairs, values being SQL.
// A wider object is built in parts and joined as text, which keeps the
// keys in order (jsonb would sort them).
func jsonObject(pairs [][2]string) string {
	if len(pairs) > maxObjectPairs {
		var parts []string
		for start := 0; start < len(pairs); start += maxObjectPairs {
			part := jsonObject(pairs[start:min(start+maxObjectPairs, len(pairs))])
			parts = append(parts, "left(right("+part+"::text, -1), -1)")
		}
		return "('{' || " + strings.Join(parts, " || ', ' || ") + " || '}')::json"
	}
	var sb strings.Builder
	sb.WriteString("json_build_object(")
	for i, p := range pairs {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(quote(p[0]) + ", " + p[1])
	}
	sb.WriteString(")")
	return sb.String()
}

// Value writes key as the value of the SQL expression expr, written over
// self (the record).
func (s *Shape[T]) Value(key, expr string) {
	s.sh.add(key, func(b *builder, self string, depth int) string { return aliases(expr, self, "") })
}

// Column writes key as column col of the record, as the driver would
// hand it over (text, numbers, booleans, arrays).
func (s *Shape[T]) Column(key, col string) {
	s.Value(key, s.sh.t.expr(col))
}

// Object writes key as an object of further values of the same record,
// such as an event's venue.
func (s *Shape[T]) Object(key string) *Shape[T] {
	inner := &shape{t: s.sh.t}
	s.sh.add(key, func(b *builder, self string, depth int) string { return inner.object(b, self, depth) })
	return &Shape[T]{sh: inner}
}

// Money writes key as an amount of money, computed in pence by the SQL
// expression expr over self.
func (s *Shape[T]) Money(key, expr string) *Money {
	m := &Money{}
	s.sh.add(key, func(b *builder, self string, depth int) string { return m.render(aliases(expr, self, "")) })
	return m
}

// Money is how an amount of money is written, field by field: the
// schema's Money type.
type Money struct{ fields []shapeField }

// The Money fields, as the API formats them (see graph/model/money.go).
const (
	moneyPence     = "money.v::text"
	moneyPounds    = "(CASE WHEN money.v < 0 THEN '-' ELSE '' END) || (abs(money.v) / 100)::text || '.' || lpad((abs(money.v) % 100)::text, 2, '0')"
	moneyFormatted = "(CASE WHEN money.v < 0 THEN '-' ELSE '' END) || '£' || to_char(abs(money.v) / 100, 'FM999,999,999,999,999,990')" +
		" || CASE WHEN abs(money.v) % 100 <> 0 THEN '.' || lpad((abs(money.v) % 100)::text, 2, '0') ELSE '' END"
)

// Pence, Pounds, Formatted and Currency write the amount's forms under key.
func (m *Money) Pence(key string)     { m.value(key, moneyPence) }
func (m *Money) Pounds(key string)    { m.value(key, moneyPounds) }
func (m *Money) Formatted(key string) { m.value(key, moneyFormatted) }
func (m *Money) Currency(key string)  { m.value(key, "'GBP'") }

// Literal writes a constant JSON value, such as __typename.
func (m *Money) Literal(key, value string) { m.value(key, jsonLiteral(value)) }

func (m *Money) value(key, expr string) {
	m.fields = append(m.fields, shapeField{key: key, render: func(*builder, string, int) string { return expr }})
}

func (m *Money) render(amount string) string {
	pairs := make([][2]string, len(m.fields))
	for i, f := range m.fields {
		pairs[i] = [2]string{f.key, f.render(nil, "", 0)}
	}
	return "(SELECT " + jsonObject(pairs) + " FROM (SELECT (" + amount + ")::bigint AS v) money)"
}

// Literal writes key as a constant string, such as __typename.
func (s *Shape[T]) Literal(key, value string) {
	s.sh.add(key, func(*builder, string, int) string { return jsonLiteral(value) })
}

func jsonLiteral(s string) string { return quote(s) + "::text" }

// GlobalID writes key as the record's global ID: base64url of
// "<typeName>:<id>", as the API makes it.
func (s *Shape[T]) GlobalID(key, typeName string) {
	s.Value(key, "translate(encode(convert_to("+quote(typeName+":")+" || self.id, 'UTF8'), 'base64'), E'+/=\\n', '-_')")
}

// Date writes key as the date column col, YYYY-MM-DD.
func (s *Shape[T]) Date(key, col string) {
	s.Value(key, "to_char(self."+col+", 'YYYY-MM-DD')")
}

// DateTime writes key as the moment in column col, in UK time with its
// offset, as 2025-07-01T10:00:00+01:00.
func (s *Shape[T]) DateTime(key, col string) {
	s.Value(key, UKTime("self."+col))
}

// UKTime is the SQL writing a moment in UK time, RFC 3339 with a numeric
// offset (+00:00 in winter, +01:00 in summer), to the second.
func UKTime(expr string) string {
	return "to_char(" + expr + " AT TIME ZONE 'Europe/London', 'YYYY-MM-DD\"T\"HH24:MI:SS') || '+' || to_char((" +
		expr + " AT TIME ZONE 'Europe/London') - (" + expr + " AT TIME ZONE 'UTC'), 'HH24:MI')"
}

// ShapeOne writes key as the record related by r, or null, and returns the
// shape to fill in for it.
func ShapeOne[P, C any](s *Shape[P], key string, r One[P, C]) *Shape[C] {
	child := newShape[C](r.child)
	s.sh.add(key, func(b *builder, self string, depth int) string {
		// A to-one relation's record is tagged by its table: any change to
		// it may change the answer.
		b.tables[r.child.tag()] = true
		return b.one(r.child, child.sh, r.link, r.order, self, depth+1)
	})
	return child
}

// ShapeMany writes key as the records related by r, in the relation's
// order.
func ShapeMany[P, C any](s *Shape[P], key string, r Many[P, C]) *Shape[C] {
	child := newShape[C](r.child)
	s.sh.add(key, func(b *builder, self string, depth int) string {
		return b.many(r.child, child.sh, r.link, r.order, self, depth+1)
	})
	return child
}

// ShapeSum writes key as the total r adds up, as money.
func ShapeSum[P any](s *Shape[P], key string, r Sum[P]) *Money {
	m := &Money{}
	s.sh.add(key, func(b *builder, self string, depth int) string {
		return m.render(b.sum(r.child, r.expr, r.link, self, depth+1))
	})
	return m
}

// ShapePaged writes key as a connection: one page of the records related
// by r, as l asks, shaped by the returned Conn.
func ShapePaged[P, C, F any](s *Shape[P], key string, r Paged[P, C, F], l List[F]) (*Conn[C], error) {
	c, err := newConn[C](r.child, r.Name(), l)
	if err != nil {
		return nil, err
	}
	s.sh.add(key, func(b *builder, self string, depth int) string {
		return c.c.render(b, r.child.where(b, l.Filter), r.link, self, depth+1)
	})
	return c, nil
}

func newConn[C, F any](t Table[C, F], name string, l List[F]) (*Conn[C], error) {
	order, err := t.sort(l.Order.Field)
	if err != nil {
		return nil, err
	}
	return &Conn[C]{c: &conn{t: t.table, list: ListID(name, l.Order), page: l.Page, order: order, desc: l.Order.Desc}}, nil
}

// where applies a filter.
func (t Table[T, F]) where(b *builder, f F) *where {
	w := &where{b: b}
	if t.filter != nil {
		t.filter(w, f)
	}
	return w
}

// ListID names a list and its order for its cursors: a cursor only works
// on the list and order that issued it.
func ListID(name string, o Order) string {
	dir := " ASC"
	if o.Desc {
		dir = " DESC"
	}
	return name + " by " + o.Field + dir
}

// Conn is how a connection is written: its edges, nodes, page information
// and count, under the keys the query gives them.
type Conn[C any] struct{ c *conn }

type conn struct {
	t     *table
	list  string // the list's ID, which its cursors carry
	page  Page
	order sortSpec
	desc  bool
	// fields are the connection object's keys, rendered over the page.
	fields []connField
	// rows are the records' objects each row of the page computes, one
	// per key that shapes them (nodes, or edges' node).
	rows    []*shape
	cursors bool
	count   bool
}

// connField is one key of an object rendered over a page's rows.
type connField struct {
	key    string
	render func(pg pageSQL) string
}

// pageSQL is what connection fields refer to: the page's rows as pg (pg.rn
// numbers them in the order fetched, pg.c is a row's cursor, pg.r0... its
// records' objects), the page size, and how the page was fetched.
type pageSQL struct {
	size     func() string // the page size parameter, added when first used
	listDir  string        // the ORDER BY pg.rn direction that gives list order
	backward bool
	count    string
}

// agg aggregates a per-row value over the page's rows, in list order,
// leaving out the row fetched to look ahead.
func (pg pageSQL) agg(value string) string {
	return "coalesce(json_agg(" + value + " ORDER BY pg.rn " + pg.listDir + ") FILTER (WHERE pg.rn <= " + pg.size() + "), '[]')"
}

// record adds a shape of the page's records and returns it, with the
// name of the column that holds it.
func (c *conn) record() (*shape, string) {
	sh := &shape{t: c.t}
	c.rows = append(c.rows, sh)
	return sh, "pg.r" + strconv.Itoa(len(c.rows)-1)
}

func renderFields(fields []connField, pg pageSQL) string {
	pairs := make([][2]string, len(fields))
	for i, f := range fields {
		pairs[i] = [2]string{f.key, f.render(pg)}
	}
	return jsonObject(pairs)
}

// Nodes writes key as the page's records, shaped by the returned Shape.
func (c *Conn[C]) Nodes(key string) *Shape[C] {
	sh, col := c.c.record()
	c.c.fields = append(c.c.fields, connField{key: key, render: func(pg pageSQL) string { return pg.agg(col) }})
	return &Shape[C]{sh: sh}
}

// Edges writes key as the page's edges, shaped by the returned Edges.
func (c *Conn[C]) Edges(key string) *Edges[C] {
	e := &Edges[C]{c: c.c}
	c.c.fields = append(c.c.fields, connField{key: key, render: func(pg pageSQL) string {
		return pg.agg(renderFields(e.fields, pg))
	}})
	return e
}

// TotalCount writes key as the number of records across all pages.
func (c *Conn[C]) TotalCount(key string) {
	c.c.count = true
	c.c.fields = append(c.c.fields, connField{key: key, render: func(pg pageSQL) string { return pg.count }})
}

// Literal writes key as a constant string (__typename).
func (c *Conn[C]) Literal(key, value string) {
	c.c.fields = append(c.c.fields, constant(key, value))
}

func constant(key, value string) connField {
	return connField{key: key, render: func(pageSQL) string { return jsonLiteral(value) }}
}

// PageInfo writes key as the page information, shaped by the returned
// PageInfo.
func (c *Conn[C]) PageInfo(key string) *PageInfo {
	p := &PageInfo{c: c.c}
	c.c.fields = append(c.c.fields, connField{key: key, render: func(pg pageSQL) string { return renderFields(p.fields, pg) }})
	return p
}

// Edges is how each edge of a page is written.
type Edges[C any] struct {
	c      *conn
	fields []connField
}

// Cursor writes key as the edge's cursor.
func (e *Edges[C]) Cursor(key string) {
	e.c.cursors = true
	e.fields = append(e.fields, connField{key: key, render: func(pageSQL) string { return "pg.c" }})
}

// Node writes key as the edge's record, shaped by the returned Shape.
func (e *Edges[C]) Node(key string) *Shape[C] {
	sh, col := e.c.record()
	e.fields = append(e.fields, connField{key: key, render: func(pageSQL) string { return col }})
	return &Shape[C]{sh: sh}
}

// Literal writes key as a constant string (__typename).
func (e *Edges[C]) Literal(key, value string) { e.fields = append(e.fields, constant(key, value)) }

// PageInfo is how a page's information is written.
type PageInfo struct {
	c      *conn
	fields []connField
}

// HasNextPage writes key as whether rows follow the page.
func (p *PageInfo) HasNextPage(key string) {
	before := p.c.page.Before != nil
	p.fields = append(p.fields, connField{key: key, render: func(pg pageSQL) string {
		if pg.backward {
			return strconv.FormatBool(before)
		}
		return "count(*) > " + pg.size()
	}})
}

// HasPreviousPage writes key as whether rows come before the page.
func (p *PageInfo) HasPreviousPage(key string) {
	after := p.c.page.After != nil
	p.fields = append(p.fields, connField{key: key, render: func(pg pageSQL) string {
		if pg.backward {
			return "count(*) > " + pg.size()
		}
		return strconv.FormatBool(after)
	}})
}

// StartCursor writes key as the cursor of the page's first record, null
// on an empty page.
func (p *PageInfo) StartCursor(key string) { p.cursor(key, false) }

// EndCursor writes key as the cursor of the page's last record, null on an
// empty page.
func (p *PageInfo) EndCursor(key string) { p.cursor(key, true) }

func (p *PageInfo) cursor(key string, last bool) {
	p.c.cursors = true
	p.fields = append(p.fields, connField{key: key, render: func(pg pageSQL) string {
		dir := pg.listDir
		if last {
			dir = map[string]string{"ASC": "DESC", "DESC": "ASC"}[dir]
		}
		return "(array_agg(pg.c ORDER BY pg.rn " + dir + ") FILTER (WHERE pg.rn <= " + pg.size() + "))[1]"
	}})
}

// Literal writes key as a constant string (__typename).
func (p *PageInfo) Literal(key, value string) { p.fields = append(p.fields, constant(key, value)) }

// render writes the connection: a subquery fetches the page's rows (and
// the one after it), numbers them and computes their objects and cursors;
// the connection's fields aggregate them (GROUP BY () makes one object
// even where no field aggregates, as when only totalCount is asked).
func (c *conn) render(b *builder, w *where, l link, parent string, depth int) string {
	ls := list{where: w, order: c.order, desc: c.desc, page: c.page, count: c.count, cursors: c.cursors}
	win := b.window(c.t, l, ls, parent, depth)
	var size string
	pg := pageSQL{listDir: "ASC", backward: c.page.Backward, count: win.count, size: func() string {
		if size == "" {
			size = b.param(c.page.Limit)
		}
		return size
	}}
	if c.page.Backward {
		pg.listDir = "DESC"
	}
	if win.unknown != "" {
		b.unknown = append(b.unknown, win.unknown)
	}
	order := win.sort + " " + win.dir + ", " + win.key + " " + win.dir
	indent := "\n" + strings.Repeat("  ", depth+1)
	var cols []string
	for i, sh := range c.rows {
		cols = append(cols, sh.object(b, win.self, depth)+" AS r"+strconv.Itoa(i))
	}
	if c.cursors {
		cols = append(cols, cursorSQL(c.list, "("+win.sort+")::text", win.key)+" AS c")
	}
	cols = append(cols, "row_number() OVER (ORDER BY "+order+") AS rn")
	return "(SELECT " + renderFields(c.fields, pg) + " FROM (" + indent + "  SELECT " + strings.Join(cols, ", ") +
		indent + "  " + win.from + whereClause(win.conds) +
		indent + "  ORDER BY " + order + " LIMIT " + win.limit + ") pg GROUP BY ())"
}

// NewShape starts the shape of records of table t.
func NewShape[T, F any](t Table[T, F]) *Shape[T] { return newShape[T](t.table) }
