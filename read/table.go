package read

import (
	"fmt"
	"reflect"
	"strings"
)

// table is what the SQL builder knows of one kind of record.
//
// SQL fragments in table and relation definitions are written with two
// stand-in aliases: self is the record being read and parent the record it
// hangs under. The builder replaces them with an alias per nesting depth
// (p0, o1, t2...), so a relation from a table to itself (an event's
// children, a topic's parent) reads correctly at any depth.
type table struct {
	// name names the table's lists in cursors and messages ("projects").
	name string
	// from is the relation the public's rows are read from: a published_*
	// view for content, the table itself for reference data.
	from string
	// alias is the short alias the builder numbers by depth.
	alias string
	// key is the column that identifies a row and breaks ties in every
	// order ("id"; a link table's other end for partners and speakers).
	key string
	// record is the Go type rows decode into.
	record reflect.Type
	// columns are the record's columns, from its struct's db tags.
	columns map[string]bool
	// exprs are the columns not read as self.<column>.
	exprs map[string]string
	// sorts are the orders a list of the table can be asked for.
	sorts map[string]sortSpec
	// formerOwner is the column of former_code that names a record of
	// this table, for tables whose records keep their former codes
	// (regions, ICSs, local authorities); empty otherwise.
	formerOwner string
}

// sortSpec is one order: an SQL expression over self, and the type its
// text form is cast back to when a cursor is read.
type sortSpec struct {
	expr string
	cast string
}

// Table is one kind of record of Go type T, whose lists are narrowed by a
// filter of type F.
type Table[T any, F any] struct {
	*table
	filter func(w *where, f F)
}

// NoFilter is the filter of lists that cannot be narrowed.
type NoFilter struct{}

// newTable describes a table whose records decode into T. Its columns are
// T's db-tagged fields.
func newTable[T any, F any](name, from, alias string, sorts map[string]sortSpec, filter func(*where, F)) Table[T, F] {
	t := &table{name: name, from: from, alias: alias, key: "id", sorts: sorts, exprs: map[string]string{}}
	t.record = reflect.TypeFor[T]()
	t.columns = map[string]bool{}
	addColumns(t, t.record)
	if !t.columns["id"] {
		panic(fmt.Sprintf("read: %s has no id column; use newLinkTable", name))
	}
	return Table[T, F]{table: t, filter: filter}
}

// newLinkTable describes rows of a link table (a project's partners, an
// event's speakers), identified within their parent by key.
func newLinkTable[T any](name, from, alias, key string) Table[T, NoFilter] {
	t := &table{name: name, from: from, alias: alias, key: key, exprs: map[string]string{}}
	t.record = reflect.TypeFor[T]()
	t.columns = map[string]bool{}
	addColumns(t, t.record)
	return Table[T, NoFilter]{table: t}
}

func addColumns(t *table, rt reflect.Type) {
	for i := range rt.NumField() {
		f := rt.Field(i)
		if f.Anonymous && f.Type.Kind() == reflect.Struct {
			addColumns(t, f.Type)
			continue
		}
		col := f.Tag.Get("db")
		if col == "" || col == "-" {
			continue
		}
		t.columns[col] = true
	}
}

// withExpr reads column col with an expression other than self.<col>.
func (t Table[T, F]) withExpr(col, expr string) Table[T, F] {
	if !t.columns[col] {
		panic(fmt.Sprintf("read: %s has no column %q", t.name, col))
	}
	t.exprs[col] = expr
	return t
}

// withDates names the date columns. JSON has no date type, so a date
// travels as the RFC 3339 moment its day begins in UTC, which is what the
// driver would have scanned into a time.Time.
func (t Table[T, F]) withDates(cols ...string) Table[T, F] {
	for _, c := range cols {
		t = t.withExpr(c, "(self."+c+"::timestamp AT TIME ZONE 'UTC')")
	}
	return t
}

// withFormerCodes says the table's records keep their former codes in
// former_code, under column owner, so a look-up or filter by code also
// finds a record by a code it no longer has.
func (t Table[T, F]) withFormerCodes(owner string) Table[T, F] {
	if !t.columns["code"] {
		panic(fmt.Sprintf("read: %s has no code column", t.name))
	}
	t.formerOwner = owner
	return t
}

// codeMatch is the condition that the record aliased self has a code held
// by param (an SQL text array when many is set), now or, where its table
// keeps former codes under column formerOwner, formerly.
func codeMatch(self, param, formerOwner string, many bool) string {
	eq := " = " + param
	if many {
		eq = " = ANY(" + param + ")"
	}
	cond := self + ".code" + eq
	if formerOwner != "" {
		cond += " OR " + self + ".id = ANY(ARRAY(SELECT former." + formerOwner +
			" FROM former_code former WHERE former.code" + eq + "))"
	}
	return cond
}

// Name is the table's list name, which cursors carry.
func (t *table) Name() string { return t.name }

// Drafts is t read from the table itself rather than its published view:
// every record, drafts included. Only editors' answers read it (the
// record a write returns).
func (t Table[T, F]) Drafts() Table[T, F] {
	c := *t.table
	c.from = c.Stored()
	return Table[T, F]{table: &c, filter: t.filter}
}

// Stored is the table the list's rows are stored in (published_project's
// is project), whose size prices a scan of the list.
func (t *table) Stored() string { return strings.TrimPrefix(t.from, "published_") }

// expr is the SQL that reads column col of the record aliased self.
func (t *table) expr(col string) string {
	if e, ok := t.exprs[col]; ok {
		return e
	}
	return "self." + col
}

// sort returns the named order.
func (t *table) sort(field string) (sortSpec, error) {
	s, ok := t.sorts[field]
	if !ok {
		return sortSpec{}, fmt.Errorf("read: %s cannot be sorted by %q", t.name, field)
	}
	return s, nil
}

// tag is the table the public's rows come from, the unit that change
// notifications name: published_project is read from project.
func (t *table) tag() string { return strings.TrimPrefix(t.from, "published_") }
