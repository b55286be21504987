package model

import (
	"context"

	"learningapi/store"
)

// Connection is one page of a list, in the Relay shape. The total count is
// computed only if the query asks for it.
type Connection[T any] struct {
	Edges    []*Edge[T]
	PageInfo *PageInfo
	Count    func(ctx context.Context) (int, error)
}

// Edge is one record on a page, with its cursor.
type Edge[T any] struct {
	Cursor string
	Node   *T
}

// Nodes returns the page's records without their cursors.
func (c *Connection[T]) Nodes() []*T {
	nodes := make([]*T, len(c.Edges))
	for i, e := range c.Edges {
		nodes[i] = e.Node
	}
	return nodes
}

// TotalCount counts the records across all pages.
func (c *Connection[T]) TotalCount(ctx context.Context) (int, error) { return c.Count(ctx) }

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
)
