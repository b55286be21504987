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

// errForbidden is an operation by a key whose role may not make it.
var errForbidden = errors.New("this API key's role may not do this: it needs an admin's key")

// errNoAdminKey is an admin's operation without a key.
var errNoAdminKey = errors.New("this operation needs an admin's API key: send `Authorization: Bearer <key>`")

// admin returns the key of an admin's operation, which must be an admin's.
func admin(ctx context.Context) (*store.APIKey, error) {
	k := middleware.KeyOf(ctx)
	switch {
	case k == nil:
		return nil, errNoAdminKey
	case k.Role != store.RoleAdmin:
		return nil, errForbidden
	}
	return k, nil
}

// auditedTypes names the GraphQL type of each kind of record the audit log
// holds, by the name the log gives it.
var auditedTypes = map[string]string{"resource": "Resource"}

// auditList names the audit log in its cursors.
const auditList = "audit log"

// auditLog reads a page of the audit log, newest first.
func auditLog(ctx context.Context, db *store.DB, first *int, after *string, in *model.AuditLogFilter) (*model.Connection[store.AuditEntry], error) {
	page, err := pageArgs{First: first, After: after}.page(auditList)
	if err != nil {
		return nil, err
	}
	var f store.AuditFilter
	if in != nil {
		if in.Record != nil {
			typeName, id, err := parseGlobalID(*in.Record)
			if err != nil {
				return nil, err
			}
			for logged, t := range auditedTypes {
				if t == typeName {
					f.RecordType, f.RecordID = logged, id
				}
			}
			if f.RecordType == "" {
				return nil, badInput("filter.record: %s records are not written through the API, so the log holds none", typeName)
			}
		}
		if in.KeyName != nil {
			f.KeyName = *in.KeyName
		}
		f.From, f.To = in.From, in.To
	}
	var before *int64
	if page.After != nil {
		before = &page.After.ID
	}
	rows, more, err := db.AuditLog(ctx, f, before, page.Limit)
	if err != nil {
		return nil, err
	}
	return model.NewConnection(read.Rows[store.AuditEntry]{Rows: rows, HasNext: more, HasPrevious: before != nil},
		func(c read.Cursor) string { return encodeCursor(auditList, c) }), nil
}

// writeResource makes a write to the resource with global ID id, by an
// editor's key, and answers with the resource or the write's problems.
func writeResource(ctx context.Context, id string, do func(actor *store.APIKey, id int64) (write.Problems, error)) (*model.ResourcePayload, error) {
	actor, err := editor(ctx)
	if err != nil {
		return nil, err
	}
	n, ok := idOf("Resource", id)
	if !ok {
		return payload(0, write.Problems{{Field: []string{"input", "id"}, Message: "id is not the ID of a resource", Code: write.InvalidFormat}}), nil
	}
	problems, err := do(actor, n)
	if err != nil {
		return nil, err
	}
	return payload(n, problems), nil
}

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
