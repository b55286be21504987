package graph

import (
	"context"
	"errors"

	"github.com/99designs/gqlgen/graphql"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
	"learningapi/read"
	"learningapi/store"
	"learningapi/write"
)

// errNoKey is a write without an API key.
var errNoKey = errors.New("this operation changes content and needs an editor's API key: send `Authorization: Bearer <key>`")

// editor returns the key a write is made with, which must be an editor's
// or an admin's.
func editor(ctx context.Context) (*store.APIKey, error) {
	k := middleware.KeyOf(ctx)
	if k == nil {
		return nil, errNoKey
	}
	if k.Role != store.RoleEditor && k.Role != store.RoleAdmin {
		return nil, errForbidden
	}
	return k, nil
}

// errForbidden is a write by a key whose role may not make it.
var errForbidden = errors.New("this API key's role may not make this change")

// payload answers a write: the ID of the record it wrote, or its
// problems.
func payload(id int64, problems write.Problems) *model.ResourcePayload {
	p := &model.ResourcePayload{UserErrors: []*model.UserError{}}
	for _, e := range problems {
		p.UserErrors = append(p.UserErrors, &model.UserError{Field: e.Field, Message: e.Message, Code: model.UserErrorCode(e.Code)})
	}
	if len(problems) == 0 {
		p.ID = id
	}
	return p
}

// written reads the resource a write returns, drafts included, planned
// from the fields asked for.
func written(ctx context.Context, r *Resolver, p *model.ResourcePayload) (*store.Resource, error) {
	if p.ID == 0 {
		return nil, nil
	}
	t := read.Resources.Drafts()
	var st read.Statement
	part := read.AddByIDs(&st, t, selection(ctx, r, t, resourcePlan), []int64{p.ID})
	if err := st.Run(ctx, r.DB); err != nil {
		return nil, err
	}
	return part.ByID[p.ID], nil
}

// idOf reads the global ID of a record of type typeName.
func idOf(typeName, id string) (int64, bool) {
	t, n, err := parseGlobalID(id)
	return n, err == nil && t == typeName
}

// field carries an omittable input field into an update.
func field(o graphql.Omittable[*string]) write.Field[string] {
	return write.Field[string]{Set: o.IsSet(), Value: o.Value()}
}

// enumStrings is a list of enum values as the database holds them.
func enumStrings[E ~string](values []E) []string {
	return each(values, func(v E) string { return string(v) })
}
