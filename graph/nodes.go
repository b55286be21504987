package graph

import (
	"context"
	"errors"

	"learningapi/graph/model"
	"learningapi/store"
)

// maxNodes bounds nodes(ids:), like a page.
const maxNodes = 100

// node fetches any visible record by global ID, through the loaders, so
// nodes(ids:) costs one statement per type asked for.
func node(ctx context.Context, id string) (model.Node, error) {
	typeName, n, err := parseGlobalID(id)
	if err != nil {
		return nil, err
	}
	switch typeName {
	case "Source":
		return asNode(loadByID(ctx, store.Sources, &n))
	case "Region":
		return asNode(loadByID(ctx, store.Regions, &n))
	case "NhsRegion":
		return asNode(loadByID(ctx, store.NHSRegions, &n))
	case "IntegratedCareSystem":
		return asNode(loadByID(ctx, store.ICSs, &n))
	case "LocalAuthority":
		return asNode(loadByID(ctx, store.LocalAuthorities, &n))
	case "Organisation":
		return asNode(loadByID(ctx, store.Organisations, &n))
	case "Person":
		return asNode(loadByID(ctx, store.People, &n))
	case "Topic":
		return asNode(loadByID(ctx, store.Topics, &n))
	case "Fund":
		return asNode(loadByID(ctx, store.Funds, &n))
	case "FundTranche":
		return asNode(loadByID(ctx, store.FundTranches, &n))
	case "Priority":
		return asNode(loadByID(ctx, store.Priorities, &n))
	case "Consortium":
		return asNode(loadByID(ctx, store.Consortia, &n))
	case "Allocation":
		return asNode(loadByID(ctx, store.Allocations, &n))
	case "Project":
		return asNode(loadByID(ctx, store.Projects, &n))
	case "Resource":
		return asNode(loadByID(ctx, store.Resources, &n))
	case "EventSeries":
		return asNode(loadByID(ctx, store.EventSeriesList, &n))
	case "Event":
		return asNode(loadByID(ctx, store.Events, &n))
	}
	return nil, badInput("%q is not a valid ID: IDs are opaque strings returned by this API", id)
}

// asNode keeps a missing record a true nil: a nil pointer inside a
// non-nil interface would be resolved as a record.
func asNode[T any](v *T, err error) (model.Node, error) {
	if v == nil || err != nil {
		return nil, err
	}
	return v, nil
}

// nodesByID fetches many records by global ID in the order asked.
func nodesByID(ctx context.Context, ids []string) ([]model.Node, error) {
	if len(ids) > maxNodes {
		return nil, badInput("ids: at most %d IDs at once (got %d)", maxNodes, len(ids))
	}
	for _, id := range ids {
		if _, _, err := parseGlobalID(id); err != nil {
			return nil, err
		}
	}
	out := make([]model.Node, len(ids))
	errs := make([]error, len(ids))
	done := make(chan int, len(ids))
	for i, id := range ids {
		go func() {
			out[i], errs[i] = node(ctx, id)
			done <- i
		}()
	}
	for range ids {
		<-done
	}
	for _, err := range errs {
		if err != nil {
			return nil, err
		}
	}
	return out, nil
}

// sourceOf loads the source a fact-bearing record cites, if any.
func sourceOf(ctx context.Context, f store.Fact) (*store.Source, error) {
	return loadByID(ctx, store.Sources, f.SourceID)
}

// find looks a record up by slug or code: null, not an error, when there
// is none.
func find[T store.Record, F any](ctx context.Context, db *store.DB, list store.List[T, F], column, value string) (*T, error) {
	v, err := list.Find(ctx, db, column, value)
	if errors.Is(err, store.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// findBySlugOrCode serves look-ups that take exactly one of a slug and a
// code.
func findBySlugOrCode[T store.Record, F any](ctx context.Context, db *store.DB, list store.List[T, F], slug, code *string) (*T, error) {
	switch {
	case (slug == nil) == (code == nil):
		return nil, badInput("give exactly one of slug and code")
	case slug != nil:
		return find(ctx, db, list, "slug", *slug)
	default:
		return find(ctx, db, list, "code", *code)
	}
}

// maxAll bounds the fixed reference lists served whole (regions, funds).
const maxAll = 100

// all serves a short, fixed reference list whole, such as the regions.
func all[T store.Record, F any](ctx context.Context, db *store.DB, list store.List[T, F], o order) ([]*T, error) {
	s, err := list.Sort(o.Field, o.Desc)
	if err != nil {
		return nil, err
	}
	var noFilter F
	rows, _, err := list.Page(ctx, db, noFilter, s, store.Page{Limit: maxAll})
	if err != nil {
		return nil, err
	}
	return pointers(rows), nil
}

// firstOf picks the first record of a relation that holds at most one.
func firstOf[T any](rows []*T, err error) (*T, error) {
	if err != nil || len(rows) == 0 {
		return nil, err
	}
	return rows[0], nil
}
