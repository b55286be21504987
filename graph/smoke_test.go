package graph_test

import (
	"encoding/json"
	"testing"

	"learningapi/dbtest"
)

func TestSmoke(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	for _, q := range []string{
		`{ projects(first: 2, filter: {regions: ["london"], themes: ["unpaid-carers"]}) { totalCount nodes { slug regions { name } themes { name parent { name } } } } }`,
		`{ project(slug: "north-west-london-carers-card") { title provenance source { title url } consortium { name integratedCareSystem { code localAuthorities { name } } allocations { amount { pence pounds formatted } note tranche { financialYear } } } fundingTotal { formatted } resources { totalCount } events { totalCount } } }`,
		`{ eventSeries(slug: "co-production-week-2025") { title edition theme startsOn events(filter: {topLevel: true}) { nodes { slug type startsAt endsAt timeZone children { totalCount nodes { title startsAt } } } } } }`,
		`{ fund(slug: "accelerating-reform-fund") { totalAmount { formatted pence } trancheTotal { formatted } tranches { financialYear amount { formatted } grantDetermination announcedOn } statistics { measure value qualifier source { title } } priorities { number title } } }`,
		`{ integratedCareSystem(code: "E54000027") { name nhsRegion { name } regions { name } localAuthorities { name code region { name } integratedCareSystems { name } organisation { name } } projects { nodes { title } } consortium { slug } } }`,
		`{ resources(first: 3, filter: {types: [CASE_STUDY], audiences: [UNPAID_CARERS]}) { totalCount edges { cursor node { title publishedOn authors { name organisation { name } } topics { name } projects { nodes { title } } accessibility { formats durationSeconds } } } pageInfo { hasNextPage endCursor } } }`,
		`{ events(first: 3, orderBy: {field: STARTS_AT, direction: DESC}) { nodes { title startsAt registration { status capacity url } venue { name } speakers { role person { name } } recording { title } series { title } parent { title } host { name } projects { totalCount } resources { totalCount } } } }`,
		`{ topics(filter: {isTheme: true}) { totalCount nodes { slug children { slug } projects(first: 1) { totalCount } resources(first: 1) { totalCount } } } }`,
		`{ regions { code name projects(first: 1) { totalCount } localAuthorities { name } } nhsRegions { name integratedCareSystems { name } } }`,
		`{ organisations(first: 2, filter: {kinds: [COUNCIL]}) { totalCount nodes { name localAuthority { name } ledProjects { totalCount } partnerProjects { totalCount } } } people(first: 2) { nodes { name resources { totalCount } events { totalCount } } } consortia(first: 2, filter: {regions: ["london"]}) { totalCount nodes { name members { name } allocatedTotal { formatted } } } eventSeriesList { nodes { slug year theme } } sources(first: 3) { totalCount nodes { slug title } } localAuthorities(first: 2, filter: {kinds: [LONDON_BOROUGH]}) { totalCount nodes { name } } integratedCareSystems(first: 2, filter: {provenance: ILLUSTRATIVE}) { totalCount nodes { name } } }`,
	} {
		var out map[string]any
		a.query(q, nil, &out)
		b, _ := json.MarshalIndent(out, "", " ")
		if len(b) > 3000 {
			b = b[:3000]
		}
		t.Logf("%s", b)
	}
	var out map[string]any
	a.query(`{ projects(first: 1) { nodes { id } } }`, nil, &out)
	id := out["projects"].(map[string]any)["nodes"].([]any)[0].(map[string]any)["id"].(string)
	a.query(`query($id: ID!) { node(id: $id) { __typename ... on Project { title } } nodes(ids: [$id, $id]) { id } }`, map[string]any{"id": id}, &out)
	t.Logf("%v", out)
	for _, q := range []string{
		`{ node(id: "garbage") { id } }`,
		`{ projects(first: 1000) { nodes { id } } }`,
		`{ projects(after: "abc") { nodes { id } } }`,
		`{ projects(filter: {regions: ["atlantis"]}) { nodes { id } } }`,
		`{ projects(filter: {startsOn: {from: "2025-13-01"}}) { nodes { id } } }`,
		`{ region(slug: "london", code: "E12000007") { name } }`,
		`{ nope }`,
		`{ projects { nodes { title `,
	} {
		errs, data := a.queryErrors(q, nil)
		t.Logf("%s -> %+v data=%s", q, errs, data)
	}
}
