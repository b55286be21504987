package graph

//go:generate go tool gqlgen generate

import (
	"learningapi/store"
)

// Resolver holds what every resolver needs. Per-request state (loaders)
// travels in the context instead.
type Resolver struct {
	DB *store.DB
}
