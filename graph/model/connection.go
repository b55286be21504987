package model

import (
	"learningapi/read"
	"learningapi/store"
)

// Connection is one page of a list, in the Relay shape. Cursors are sealed
// only when the query asks for them.
type Connection[T any] struct {
	rows   read.Rows[T]
	cursor func(read.Cursor) string
}

// NewConnection presents a page; cursor seals a row's position into the
// cursor a client passes back.
func NewConnection[T any](rows read.Rows[T], cursor func(read.Cursor) string) *Connection[T] {
	return &Connection[T]{rows: rows, cursor: cursor}
}

// Edges returns the page's records with their cursors.
func (c *Connection[T]) Edges() []*Edge[T] {
	edges := make([]*Edge[T], len(c.rows.Rows))
	for i := range edges {
		edges[i] = &Edge[T]{c: c, i: i}
	}
	return edges
}

// Nodes returns the page's records.
func (c *Connection[T]) Nodes() []*T {
	nodes := make([]*T, len(c.rows.Rows))
	for i := range nodes {
		nodes[i] = &c.rows.Rows[i]
	}
	return nodes
}

// PageInfo says where the page sits in the list.
func (c *Connection[T]) PageInfo() *PageInfo {
	info := &PageInfo{HasNextPage: c.rows.HasNext, HasPreviousPage: c.rows.HasPrevious}
	if n := len(c.rows.Rows); n > 0 {
		info.first, info.last = c.cursorAt(0), c.cursorAt(n-1)
	}
	return info
}

// TotalCount counts the records across all pages (read only when the
// query asks for it).
func (c *Connection[T]) TotalCount() int { return c.rows.Total }

func (c *Connection[T]) cursorAt(i int) func() string {
	return func() string {
		pos := any(&c.rows.Rows[i]).(interface{ Position() (string, int64) })
		key, id := pos.Position()
		return c.cursor(read.Cursor{Key: key, ID: id})
	}
}

// Edge is one record on a page, with its cursor.
type Edge[T any] struct {
	c *Connection[T]
	i int
}

// Cursor is the record's position, sealed.
func (e *Edge[T]) Cursor() string { return e.c.cursorAt(e.i)() }

// Node is the record.
func (e *Edge[T]) Node() *T { return &e.c.rows.Rows[e.i] }

// PageInfo is Relay's page information; its cursors are sealed on demand.
type PageInfo struct {
	HasNextPage     bool
	HasPreviousPage bool
	first, last     func() string
}

// StartCursor is the cursor of the page's first record, or nil.
func (p *PageInfo) StartCursor() *string { return call(p.first) }

// EndCursor is the cursor of the page's last record, or nil.
func (p *PageInfo) EndCursor() *string { return call(p.last) }

func call(f func() string) *string {
	if f == nil {
		return nil
	}
	s := f()
	return &s
}

// The connection and edge types of the schema.
type (
	SourceConnection               = Connection[store.Source]
	SourceEdge                     = Edge[store.Source]
	IntegratedCareSystemConnection = Connection[store.ICS]
	IntegratedCareSystemEdge       = Edge[store.ICS]
	LocalAuthorityConnection       = Connection[store.LocalAuthority]
	LocalAuthorityEdge             = Edge[store.LocalAuthority]
	OrganisationConnection         = Connection[store.Organisation]
	OrganisationEdge               = Edge[store.Organisation]
	PersonConnection               = Connection[store.Person]
	PersonEdge                     = Edge[store.Person]
	TopicConnection                = Connection[store.Topic]
	TopicEdge                      = Edge[store.Topic]
	ConsortiumConnection           = Connection[store.Consortium]
	ConsortiumEdge                 = Edge[store.Consortium]
	ProjectConnection              = Connection[store.Project]
	ProjectEdge                    = Edge[store.Project]
	ResourceConnection             = Connection[store.Resource]
	ResourceEdge                   = Edge[store.Resource]
	EventSeriesConnection          = Connection[store.EventSeries]
	EventSeriesEdge                = Edge[store.EventSeries]
	EventConnection                = Connection[store.Event]
	EventEdge                      = Edge[store.Event]
	AuditEntryConnection           = Connection[store.AuditEntry]
	AuditEntryEdge                 = Edge[store.AuditEntry]
)
