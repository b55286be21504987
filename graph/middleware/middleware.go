// Package middleware holds the HTTP middleware in front of the GraphQL
// endpoint: each piece answers, refuses or marks a request before gqlgen
// sees it, or adjusts the response on its way out.
//
// Every middleware lives in a file of its own and has a constructor that
// takes what it needs and returns a Middleware. graph/handler.go lists the
// ones in front of /graphql with Chain, in the order a request passes
// through them, outermost first (with CORS and the response cache, which
// other packages provide); RequestLog wraps every route, so it wraps the
// router instead.
//
// To add one:
//   - write a new file here with its constructor, returning a Middleware;
//   - add one line to the Chain in graph/handler.go, where in the order the
//     request should meet it;
//   - write a test beside it that needs no database: an httptest request, a
//     trivial next handler, and assertions on what a client would see.
//
// Imports run one way: package graph imports this package, never the
// reverse. Refusals are answered with writeError, in the same
// GraphQL-shaped body and typed codes (model.ErrorCode) as the executor's.
package middleware

import "net/http"

// Middleware wraps a handler in another that runs around it.
type Middleware func(http.Handler) http.Handler

// Chain joins middleware into one; the first listed is the outermost, so
// a request meets them in the order they are written.
func Chain(ms ...Middleware) Middleware {
	return func(h http.Handler) http.Handler {
		for i := len(ms) - 1; i >= 0; i-- {
			h = ms[i](h)
		}
		return h
	}
}
