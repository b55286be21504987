package read

import (
	"fmt"
	"slices"
)

// Select says what to read of each record of type T: which columns, and
// which related records, each under its own key. The API builds one from a
// query's selection set before anything is read, so a whole query is
// answered by one statement however deep it goes.
type Select[T any] struct{ sel *selection }

// selection is the untyped heart of a Select.
type selection struct {
	t        *table
	columns  []string
	rels     []*relSel
	position *sortSpec // the list order, when cursors are asked for
}

// relSel is one related set of records to read for every record of a
// selection.
type relSel struct {
	key    string
	child  any // *Select[C], for merging repeats of the same key
	render func(b *builder, parent string, depth int) string
}

// NewSelect starts a selection of records of table t. The id (or the
// table's key) is always read.
func NewSelect[T, F any](t Table[T, F]) *Select[T] { return newSelect[T](t.table) }

func newSelect[T any](t *table) *Select[T] {
	s := &Select[T]{sel: &selection{t: t}}
	if t.columns[t.key] {
		s.sel.columns = []string{t.key}
	}
	return s
}

// Columns asks for columns. Names not in the table are a programming
// error.
func (s *Select[T]) Columns(cols ...string) {
	for _, c := range cols {
		if !s.sel.t.columns[c] {
			panic(fmt.Sprintf("read: %s has no column %q", s.sel.t.name, c))
		}
		if !slices.Contains(s.sel.columns, c) {
			s.sel.columns = append(s.sel.columns, c)
		}
	}
}

// add registers a related set under key, or returns the child selection
// already registered there: a field selected twice (through two
// fragments, say) is read once.
func add[C any](s *selection, key string, t *table, render func(child *Select[C]) func(*builder, string, int) string) *Select[C] {
	for _, rs := range s.rels {
		if rs.key == key {
			if c, ok := rs.child.(*Select[C]); ok {
				return c
			}
			panic(fmt.Sprintf("read: key %q used for two kinds of record", key))
		}
	}
	child := newSelect[C](t)
	s.rels = append(s.rels, &relSel{key: key, child: child, render: render(child)})
	return child
}

// One is a relation from a record of type P to at most one record of type
// C, such as a project's lead organisation. The relation is a typed value,
// so a relation of events cannot be read from a project.
type One[P, C any] struct {
	name  string
	child *table
	link
	order string // picks the first where several match
}

// Many is a relation from a record of type P to all its related records
// of type C, in a fixed order: a project's themes, an event's speakers.
type Many[P, C any] struct {
	name  string
	child *table
	link
	order string
}

// Paged is a relation from a record of type P to a list of records of
// type C that is paged, sorted and filtered by F like a top-level list:
// a project's resources.
type Paged[P, C, F any] struct {
	name  string
	child Table[C, F]
	link
}

// Sum is the total of an amount over the rows related to a record of type
// P, such as the money allocated to a project.
type Sum[P any] struct {
	name  string
	child *table
	link
	expr string
}

func one[P, C, F any](name string, child Table[C, F], l link) One[P, C] {
	return One[P, C]{name: name, child: child.table, link: l}
}

func firstOf[P, C, F any](name string, child Table[C, F], l link, order string) One[P, C] {
	return One[P, C]{name: name, child: child.table, link: l, order: order}
}

func many[P, C, F any](name string, child Table[C, F], l link, order string) Many[P, C] {
	return Many[P, C]{name: name, child: child.table, link: l, order: order}
}

func paged[P, C, F any](name string, child Table[C, F], l link) Paged[P, C, F] {
	return Paged[P, C, F]{name: name, child: child, link: l}
}

func sum[P, C, F any](name string, child Table[C, F], l link, expr string) Sum[P] {
	return Sum[P]{name: name, child: child.table, link: l, expr: expr}
}

// OfProvenance narrows r to the related records of one provenance
// (VERIFIED_PUBLIC, INFERRED or ILLUSTRATIVE); nil narrows nothing. It is
// for lists over reference data that real and illustrative records share,
// such as a region's councils.
func (r Many[P, C]) OfProvenance(provenance *string) Many[P, C] {
	if !r.child.columns["provenance"] {
		panic(fmt.Sprintf("read: %s has no provenance column", r.child.name))
	}
	if provenance == nil {
		return r
	}
	// The value is one of the schema's enum values, written as a literal
	// so the relation stays a fixed fragment of SQL.
	r.link.where = "(" + r.link.where + ") AND self.provenance = " + quote(*provenance)
	return r
}

// Name is the relation's name, which its cursors carry.
func (r Paged[P, C, F]) Name() string { return r.name }

// relKey is where a relation's rows sit in its parent's object: the
// caller's key for the field, and the relation's name, so that reading a
// key with another relation than the one loaded there finds nothing
// rather than misreading it.
func relKey(key, name string) string { return key + "/" + name }

// AddOne asks for the record related by r under key, and returns the
// selection to fill in for it.
func AddOne[P, C any](s *Select[P], key string, r One[P, C]) *Select[C] {
	return add(s.sel, relKey(key, r.name), r.child, func(child *Select[C]) func(*builder, string, int) string {
		return func(b *builder, parent string, depth int) string {
			return b.one(r.child, child.sel, r.link, r.order, parent, depth)
		}
	})
}

// AddMany asks for the records related by r under key.
func AddMany[P, C any](s *Select[P], key string, r Many[P, C]) *Select[C] {
	return add(s.sel, relKey(key, r.name), r.child, func(child *Select[C]) func(*builder, string, int) string {
		return func(b *builder, parent string, depth int) string {
			return b.many(r.child, child.sel, r.link, r.order, parent, depth)
		}
	})
}

// AddPaged asks for one page of the records related by r under key.
// Invalid list arguments are reported here, before anything is read.
func AddPaged[P, C, F any](s *Select[P], key string, r Paged[P, C, F], l List[F]) (*Select[C], error) {
	order, err := r.child.sort(l.Order.Field)
	if err != nil {
		return nil, err
	}
	return add(s.sel, relKey(key, r.name), r.child.table, func(child *Select[C]) func(*builder, string, int) string {
		return func(b *builder, parent string, depth int) string {
			w := &where{b: b}
			if r.child.filter != nil {
				r.child.filter(w, l.Filter)
			}
			ls := list{where: w, order: order, desc: l.Order.Desc, page: l.Page, count: l.Count, cursors: l.Cursors}
			return b.pageOf(r.child.table, child.sel, r.link, ls, parent, depth)
		}
	}), nil
}

// AddSum asks for the total r adds up, under key.
func AddSum[P any](s *Select[P], key string, r Sum[P]) {
	add(s.sel, relKey(key, r.name), r.child, func(*Select[struct{}]) func(*builder, string, int) string {
		return func(b *builder, parent string, depth int) string {
			return b.sum(r.child, r.expr, r.link, parent, depth)
		}
	})
}
