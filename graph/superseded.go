package graph

import (
	"context"
	"slices"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"

	"learningapi/read"
)

// Superseded codes. A look-up by a code an area no longer has
// (integratedCareSystem(code: "E54000052")) answers with the area as it is
// now, whose code and formerCodes show the change; for programs, the
// response also lists each such look-up in its extensions:
//
//	"extensions": {"supersededCodes": [
//	  {"path": ["integratedCareSystem"], "code": "E54000052", "currentCode": "E54000063"}]}
//
// path is the look-up's place in the answer (its alias, if it has one).

// supersededCode is one entry of extensions.supersededCodes.
type supersededCode struct {
	Path        []string `json:"path"`
	Code        string   `json:"code"`
	CurrentCode string   `json:"currentCode"`
}

// supersededCodes gathers one response's entries; root fields run at once.
type supersededCodes struct {
	mu   sync.Mutex
	list []supersededCode
}

type supersededKey struct{}

// reportSupersededCodes is the response middleware that gathers the
// look-ups by former codes and adds them to the response's extensions, in
// the order of their paths.
func reportSupersededCodes(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
	found := &supersededCodes{}
	resp := next(context.WithValue(ctx, supersededKey{}, found))
	found.mu.Lock()
	defer found.mu.Unlock()
	if resp == nil || len(found.list) == 0 {
		return resp
	}
	slices.SortFunc(found.list, func(a, b supersededCode) int {
		return strings.Compare(strings.Join(a.Path, "."), strings.Join(b.Path, "."))
	})
	if resp.Extensions == nil {
		resp.Extensions = map[string]any{}
	}
	resp.Extensions["supersededCodes"] = found.list
	return resp
}

// hearSupersededCodes returns a context in which the reads of the root
// field being resolved report look-ups by former codes into the response's
// list.
func hearSupersededCodes(ctx context.Context) context.Context {
	found, _ := ctx.Value(supersededKey{}).(*supersededCodes)
	rf := graphql.GetRootFieldContext(ctx)
	if found == nil || rf == nil {
		return ctx
	}
	path := []string{rf.Field.Alias}
	return read.OnSuperseded(ctx, func(code, current string) {
		found.mu.Lock()
		defer found.mu.Unlock()
		found.list = append(found.list, supersededCode{Path: path, Code: code, CurrentCode: current})
	})
}
