package graph

//go:generate go tool gqlgen generate

import (
	lru "github.com/hashicorp/golang-lru/v2"

	"learningapi/read"
	"learningapi/store"
)

// Resolver holds what every resolver needs. Per-request state travels in
// the context instead.
type Resolver struct {
	DB *store.DB
	// schema is the executable schema the resolver serves, which the
	// planner uses to coerce arguments as the executor does.
	schema *executableSchema
	// shaped lets PostgreSQL answer top-level fields whole where it can
	// (see shape.go).
	shaped bool
	// rendered keeps the statements of shaped fields (nil where the field
	// cannot be shaped), by document field and variables.
	rendered *lru.Cache[renderKey, *read.Rendered]
}
