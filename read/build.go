package read

import (
	"fmt"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// builder assembles one statement: its parameters, and the tables whose
// changes could change its answer (for the response cache's tags).
type builder struct {
	values []any
	tables map[string]bool
	with   []string // common table expressions the statement starts with
	// unknown are the reports of names in filters that match nothing, for
	// answers shaped whole by PostgreSQL, which have no place for them.
	unknown []string
}

func newBuilder() *builder { return &builder{tables: map[string]bool{}} }

// param adds a parameter and returns its placeholder.
func (b *builder) param(v any) string {
	b.values = append(b.values, v)
	return "$" + strconv.Itoa(len(b.values))
}

// reads notes the tables an SQL fragment reads, so that an answer built
// from a list is tagged with every table whose change could alter it.
func (b *builder) reads(fragment string) {
	for _, t := range tablesIn(fragment) {
		b.tables[t] = true
	}
}

// tagList returns the tables noted, sorted.
func (b *builder) tagList() []string {
	out := make([]string, 0, len(b.tables))
	for t := range b.tables {
		out = append(out, t)
	}
	sort.Strings(out)
	return out
}

var (
	fromPattern = regexp.MustCompile(`(?i)\b(?:FROM|JOIN)\s+([a-z_][a-z0-9_]*)\s*(\(?)`)
	tablesSeen  sync.Map // fragment -> []string
)

// tablesIn lists the tables and views a fragment reads, a view under the
// table it shows (published_project is project). Function calls such as
// unnest(...) are not tables.
func tablesIn(fragment string) []string {
	if v, ok := tablesSeen.Load(fragment); ok {
		return v.([]string)
	}
	var out []string
	for _, m := range fromPattern.FindAllStringSubmatch(fragment, -1) {
		if m[2] == "(" {
			continue
		}
		out = append(out, strings.TrimPrefix(strings.ToLower(m[1]), "published_"))
	}
	tablesSeen.Store(fragment, out)
	return out
}

// aliases puts the stand-ins self and parent of a fragment in their place.
func aliases(fragment, self, parent string) string {
	if parent == "" {
		return strings.ReplaceAll(fragment, "self.", self+".")
	}
	return strings.NewReplacer("self.", self+".", "parent.", parent+".").Replace(fragment)
}

// quote writes s as an SQL string literal.
func quote(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

// objectSQL renders the JSON of one record, aliased self at depth.
type objectSQL interface {
	object(b *builder, self string, depth int) string
}

// object renders the JSON object of one record of sel, aliased self at
// depth: its columns, its position in its list if asked, and its related
// records.
func (sel *selection) object(b *builder, self string, depth int) string {
	var sb strings.Builder
	sb.WriteString("json_build_object(")
	for i, col := range sel.columns {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(quote(col) + ", " + aliases(sel.t.expr(col), self, ""))
	}
	if sel.position != nil {
		if len(sel.columns) > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString("'_ck', (" + sel.position.expr + ")::text, '_ci', " + self + "." + sel.t.key)
	}
	if len(sel.rels) > 0 {
		if len(sel.columns) > 0 || sel.position != nil {
			sb.WriteString(", ")
		}
		sb.WriteString("'_rel', json_build_array(")
		for i, rs := range sel.rels {
			switch {
			case i == 0:
				sb.WriteString("json_build_object(")
			case i%maxObjectPairs == 0:
				sb.WriteString("), json_build_object(")
			default:
				sb.WriteString(", ")
			}
			sb.WriteString("\n" + strings.Repeat("  ", depth+1) + quote(rs.key) + ", " + rs.render(b, self, depth+1))
		}
		sb.WriteString("))")
	}
	sb.WriteString(")")
	return sb.String()
}

// link says how a relation finds its rows from its parent's: extra FROM
// items over self, and the condition that ties self to parent.
type link struct {
	join  string
	where string
}

// rowsFrom renders "FROM <from> <alias> <join>" for a table read under a
// link, noting what the link reads.
func (b *builder) rowsFrom(t *table, self, parent string, l link) string {
	from := "FROM " + t.from + " " + self
	if l.join != "" {
		b.reads(l.join)
		from += " " + aliases(l.join, self, parent)
	}
	return from
}

// one renders a to-one relation: the related record's object, or null.
func (b *builder) one(t *table, obj objectSQL, l link, order, parent string, depth int) string {
	self := t.alias + strconv.Itoa(depth)
	b.reads(l.where)
	q := "(SELECT " + obj.object(b, self, depth) + " " + b.rowsFrom(t, self, parent, l) +
		" WHERE " + aliases(l.where, self, parent)
	if order != "" {
		q += " ORDER BY " + aliases(order, self, parent) + ", " + self + "." + t.key
	}
	return q + " LIMIT 1)"
}

// many renders every related record, in a fixed order, as a JSON array.
func (b *builder) many(t *table, obj objectSQL, l link, order, parent string, depth int) string {
	self := t.alias + strconv.Itoa(depth)
	b.tables[t.tag()] = true
	b.reads(l.where)
	by := aliases(order, self, parent) + ", " + self + "." + t.key
	return "(SELECT coalesce(json_agg(" + obj.object(b, self, depth) + " ORDER BY " + by + "), '[]') " +
		b.rowsFrom(t, self, parent, l) + " WHERE " + aliases(l.where, self, parent) + ")"
}

// sum renders the total of an expression over related rows.
func (b *builder) sum(t *table, expr string, l link, parent string, depth int) string {
	self := t.alias + strconv.Itoa(depth)
	b.tables[t.tag()] = true
	b.reads(l.where)
	return "(SELECT coalesce(sum(" + aliases(expr, self, parent) + "), 0) " +
		b.rowsFrom(t, self, parent, l) + " WHERE " + aliases(l.where, self, parent) + ")"
}

// list is a list's narrowing and paging, with its filter already applied.
type list struct {
	where   *where
	order   sortSpec
	desc    bool
	page    Page
	count   bool
	cursors bool
}

// window is one page of a list, rendered but for what is selected of each
// row: where the rows come from and which of them, in which order, and
// how to count every row the filter matches.
type window struct {
	self    string   // the listed row's alias
	from    string   // FROM clause
	conds   []string // the filter and the page's keyset position
	sort    string   // the order's expression
	key     string   // the tie-breaker's expression
	dir     string   // ASC or DESC, the direction rows are fetched in
	limit   string   // the parameter holding the page size plus one
	count   string   // counts every matching row; empty unless asked
	unknown string   // reports the filter's names that match nothing; empty if it names none
}

// window renders a page of a list under a parent (when l has a where) or
// at the top (parent empty). A top-level page that is counted finds its
// matching rows once, in a materialized CTE that both the page and the
// count read: otherwise the filter would run twice, once walking the order
// and once counting.
func (b *builder) window(t *table, l link, ls list, parent string, depth int) window {
	w := window{self: t.alias + strconv.Itoa(depth)}
	b.tables[t.tag()] = true
	from := b.rowsFrom(t, w.self, parent, l)
	var filtered []string
	if l.where != "" {
		b.reads(l.where)
		filtered = append(filtered, aliases(l.where, w.self, parent))
	}
	for _, c := range ls.where.conds {
		b.reads(c)
		filtered = append(filtered, aliases(c, w.self, parent))
	}
	w.sort = aliases(ls.order.expr, w.self, parent)
	w.key = w.self + "." + t.key
	ahead, behind := ">", "<"
	if ls.desc {
		ahead, behind = "<", ">"
	}
	w.dir = "ASC"
	if ls.desc != ls.page.Backward {
		w.dir = "DESC"
	}
	w.limit = b.param(ls.page.Limit + 1)
	keyset := func(sort, key string) []string {
		var conds []string
		if ls.page.After != nil {
			conds = append(conds, fmt.Sprintf("(%s, %s) %s (%s::%s, %s)", sort, key, ahead,
				b.param(ls.page.After.Key), ls.order.cast, b.param(ls.page.After.ID)))
		}
		if ls.page.Before != nil {
			conds = append(conds, fmt.Sprintf("(%s, %s) %s (%s::%s, %s)", sort, key, behind,
				b.param(ls.page.Before.Key), ls.order.cast, b.param(ls.page.Before.ID)))
		}
		return conds
	}
	if parent == "" && ls.count {
		// The page is cut from the matching rows' keys before the rows
		// themselves are joined in, so only a page of rows is read whole.
		cte := "matched" + strconv.Itoa(len(b.with))
		b.with = append(b.with, cte+" AS MATERIALIZED (SELECT "+w.key+" AS i, "+w.sort+" AS k "+from+whereClause(filtered)+")")
		w.from = "FROM (SELECT m.i, m.k FROM " + cte + " m" + whereClause(keyset("m.k", "m.i")) +
			" ORDER BY m.k " + w.dir + ", m.i " + w.dir + " LIMIT " + w.limit + ") m JOIN " + t.from + " " + w.self + " ON " + w.key + " = m.i"
		w.sort, w.key = "m.k", "m.i"
		w.count = "(SELECT count(*) FROM " + cte + ")"
	} else {
		w.from = from
		w.conds = append(filtered, keyset(w.sort, w.key)...)
		if ls.count {
			w.count = "(SELECT count(*) " + from + whereClause(filtered) + ")"
		}
	}
	if len(ls.where.refs) > 0 {
		var sb strings.Builder
		sb.WriteString("json_build_array(")
		for i, r := range ls.where.refs {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString("json_build_object('kind', " + quote(string(r.kind)) + ", 'names', " + r.check + ")")
		}
		sb.WriteString(")")
		w.unknown = sb.String()
	}
	return w
}

// pageOf renders one page of a list as {"rows": [...], "total": n,
// "unknown": [...]}: one row more than the page holds (to tell whether
// another page follows), the count if asked, and the filter's names that
// matched nothing.
func (b *builder) pageOf(t *table, sel *selection, l link, ls list, parent string, depth int) string {
	w := b.window(t, l, ls, parent, depth)
	if ls.cursors {
		sel.position = &sortSpec{expr: w.sort}
	}
	indent := "\n" + strings.Repeat("  ", depth+1)
	var sb strings.Builder
	sb.WriteString("json_build_object(" + indent + "'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k " + w.dir + ", pg.i " + w.dir + "), '[]') FROM (")
	sb.WriteString(indent + "  SELECT " + sel.object(b, w.self, depth) + " AS j, " + w.sort + " AS k, " + w.key + " AS i")
	sb.WriteString(indent + "  " + w.from + whereClause(w.conds))
	sb.WriteString(indent + "  ORDER BY " + w.sort + " " + w.dir + ", " + w.key + " " + w.dir + " LIMIT " + w.limit + ") pg)")
	if w.count != "" {
		sb.WriteString("," + indent + "'total', " + w.count)
	}
	if w.unknown != "" {
		sb.WriteString("," + indent + "'unknown', " + w.unknown)
	}
	sb.WriteString(")")
	return sb.String()
}

func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return " WHERE " + strings.Join(conds, " AND ")
}

// statement is the whole SQL of a SELECT of exprs.
func (b *builder) statement(exprs []string) string {
	sql := "SELECT " + strings.Join(exprs, ",\n")
	if len(b.with) > 0 {
		sql = "WITH " + strings.Join(b.with, ",\n") + "\n" + sql
	}
	return sql
}
