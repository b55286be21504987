package graph

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"

	"learningapi/graph/model"
	"learningapi/read"
)

// maxNodes bounds nodes(ids:), like a page.
const maxNodes = 100

// nodeType reads records of one GraphQL type by id.
type nodeType interface {
	// add plans what set asks of the type's records, adds a read of the
	// records with these ids to st, and returns how to find each once st
	// has run (nil if it is not visible).
	add(p *planner, st *read.Statement, set ast.SelectionSet, ids []int64) func(id int64) model.Node
	// shape shapes what set asks of the record with id, if it can.
	shape(p *planner, set ast.SelectionSet, id int64) (read.Element, bool)
}

type nodeOf[T, F any] struct {
	t read.Table[T, F]
	o *objectPlan[T]
}

func (n nodeOf[T, F]) add(p *planner, st *read.Statement, set ast.SelectionSet, ids []int64) func(int64) model.Node {
	s := read.NewSelect(n.t)
	n.o.plan(p, s, set)
	part := read.AddByIDs(st, n.t, s, ids)
	return func(id int64) model.Node {
		if rec, ok := part.ByID[id]; ok {
			return rec
		}
		// A nil *T inside a non-nil interface would be resolved as a record.
		return nil
	}
}

func (n nodeOf[T, F]) shape(p *planner, set ast.SelectionSet, id int64) (read.Element, bool) {
	s := read.NewShape(n.t)
	if !n.o.shape(p, s, set) {
		return read.Element{}, false
	}
	return read.ShapeByID(n.t, s, id), true
}

// nodeTypes are the types node(id:) and nodes(ids:) can return, by the
// type name global IDs carry.
var nodeTypes = map[string]nodeType{}

func registerNode[T, F any](t read.Table[T, F], o *objectPlan[T]) {
	nodeTypes[o.typeName] = nodeOf[T, F]{t: t, o: o}
}

func init() {
	registerNode(read.Sources, sourcePlan)
	registerNode(read.Regions, regionPlan)
	registerNode(read.NHSRegions, nhsRegionPlan)
	registerNode(read.ICSs, icsPlan)
	registerNode(read.LocalAuthorities, localAuthorityPlan)
	registerNode(read.Organisations, organisationPlan)
	registerNode(read.People, personPlan)
	registerNode(read.Topics, topicPlan)
	registerNode(read.Funds, fundPlan)
	registerNode(read.FundTranches, fundTranchePlan)
	registerNode(read.Priorities, priorityPlan)
	registerNode(read.Consortia, consortiumPlan)
	registerNode(read.Allocations, allocationPlan)
	registerNode(read.Projects, projectPlan)
	registerNode(read.Resources, resourcePlan)
	registerNode(read.EventSeriesList, eventSeriesPlan)
	registerNode(read.Events, eventPlan)
}

// nodes reads records of any types by global ID, in the order asked, in
// one statement.
func (r *Resolver) nodes(ctx context.Context, ids []string) ([]model.Node, error) {
	if len(ids) > maxNodes {
		return nil, badInput("ids: at most %d IDs at once (got %d)", maxNodes, len(ids))
	}
	type ref struct {
		typeName string
		id       int64
	}
	refs := make([]ref, len(ids))
	byType := map[string][]int64{}
	var order []string
	for i, id := range ids {
		typeName, n, err := parseGlobalID(id)
		if err != nil {
			return nil, err
		}
		if _, ok := nodeTypes[typeName]; !ok {
			return nil, badInput("%q is not a valid ID: IDs are opaque strings returned by this API", id)
		}
		refs[i] = ref{typeName, n}
		if _, seen := byType[typeName]; !seen {
			order = append(order, typeName)
		}
		byType[typeName] = append(byType[typeName], n)
	}
	p := r.planner(ctx)
	set := graphql.GetFieldContext(ctx).Field.Selections
	var st read.Statement
	found := map[string]func(int64) model.Node{}
	for _, typeName := range order {
		found[typeName] = nodeTypes[typeName].add(p, &st, set, byType[typeName])
	}
	if err := st.Run(ctx, r.DB); err != nil {
		return nil, err
	}
	out := make([]model.Node, len(ids))
	for i, ref := range refs {
		out[i] = found[ref.typeName](ref.id)
	}
	return out, nil
}
