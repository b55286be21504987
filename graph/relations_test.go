package graph_test

// Relations agree with the database and with each other: every edge read
// from one side (a project's resources) is read back from the other side
// (the resource's projects), in the documented order, and nested
// connections' totalCount matches their nodes.

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
)

// relation maps a parent to its children, in order.
type relation map[string][]string

func (r relation) add(parent string, children ...string) {
	if _, ok := r[parent]; !ok {
		r[parent] = []string{}
	}
	r[parent] = append(r[parent], children...)
}

// edges lists "parent|child" pairs.
func (r relation) edges() []string {
	var out []string
	for p, cs := range r {
		for _, c := range cs {
			out = append(out, p+"|"+c)
		}
	}
	return out
}

// flipped lists "child|parent" pairs, to compare with the inverse relation.
func (r relation) flipped() []string {
	var out []string
	for p, cs := range r {
		for _, c := range cs {
			out = append(out, c+"|"+p)
		}
	}
	return out
}

// relSQL reads a relation from SQL returning columns a (parent) and b
// (child), ordered by parent and then in the relation's documented order.
func relSQL(t testing.TB, a *api, query string, args ...any) relation {
	t.Helper()
	rel := relation{}
	for _, pair := range a.sqlPairs(t, query, args...) {
		p, c, _ := strings.Cut(pair, "|")
		rel.add(p, c)
	}
	return rel
}

// sameRel compares two relations parent by parent, in order. A parent
// with no children may be absent from either side.
func sameRel(t *testing.T, what string, got, want relation) {
	t.Helper()
	parents := map[string]bool{}
	for p := range got {
		parents[p] = true
	}
	for p := range want {
		parents[p] = true
	}
	keys := make([]string, 0, len(parents))
	for p := range parents {
		keys = append(keys, p)
	}
	sort.Strings(keys)
	bad := 0
	for _, p := range keys {
		g, w := strings.Join(got[p], ", "), strings.Join(want[p], ", ")
		if g != w {
			bad++
			if bad <= 5 {
				t.Errorf("%s of %s:\n  got  [%s]\n  want [%s]", what, p, g, w)
			}
		}
	}
	if bad > 5 {
		t.Errorf("%s: %d parents differ in all", what, bad)
	}
}

// seenBothWays checks that a relation read from one side is the inverse of
// the relation read from the other side.
func seenBothWays(t *testing.T, what string, forward, inverse relation) {
	t.Helper()
	sameSet(t, what+": edges seen from both sides", forward.edges(), inverse.flipped())
}

type slugNode struct {
	Slug string `json:"slug"`
}

// slugConn is a nested connection read with first: 100.
type slugConn struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool `json:"hasNextPage"`
	} `json:"pageInfo"`
	Nodes []slugNode `json:"nodes"`
}

const slugConnFields = `totalCount pageInfo { hasNextPage } nodes { slug }`

// slugs returns the nodes' slugs, checking that the one page holds the
// whole connection and matches its totalCount.
func (c slugConn) slugs(t *testing.T, what string) []string {
	t.Helper()
	if c.PageInfo.HasNextPage {
		t.Errorf("%s: more than one page; the test reads first: 100", what)
	}
	if c.TotalCount != len(c.Nodes) {
		t.Errorf("%s: totalCount %d but %d nodes on the only page", what, c.TotalCount, len(c.Nodes))
	}
	out := make([]string, len(c.Nodes))
	for i, n := range c.Nodes {
		out[i] = n.Slug
	}
	return out
}

func slugsIn(ns []slugNode) []string {
	out := make([]string, len(ns))
	for i, n := range ns {
		out[i] = n.Slug
	}
	return out
}

func TestProjectRelations(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	type alloc struct {
		ID      string
		Amount  struct{ Pence string }
		Tranche struct{ FinancialYear string }
		Project *slugNode
	}
	projects := pageAllAs[struct {
		Slug                 string
		Consortium           slugNode
		IntegratedCareSystem slugNode
		LeadOrganisation     *slugNode
		Partners             []struct {
			Organisation slugNode
			Role         *string
		}
		Themes     []slugNode
		Priorities []struct {
			Number int
			Fund   slugNode
		}
		Regions      []slugNode
		Allocations  []alloc
		FundingTotal struct{ Pence string }
		Resources    slugConn
		Events       slugConn
	}](t, a, `query($after: String) { projects(first: 20, after: $after) { `+pageInfoFields+` nodes {
		slug consortium { slug } integratedCareSystem { slug } leadOrganisation { slug }
		partners { organisation { slug } role } themes { slug } priorities { number fund { slug } } regions { slug }
		allocations { id amount { pence } tranche { financialYear } project { slug } }
		fundingTotal { pence }
		resources(first: 100) { `+slugConnFields+` } events(first: 100) { `+slugConnFields+` }
	} } }`, "projects")
	if want := a.published(t, "project"); len(projects) != want {
		t.Errorf("%d published projects, want %d", len(projects), want)
	}

	got := map[string]relation{}
	rel := func(name string) relation {
		if got[name] == nil {
			got[name] = relation{}
		}
		return got[name]
	}
	for _, p := range projects {
		rel("consortium").add(p.Slug, p.Consortium.Slug)
		rel("ics").add(p.Slug, p.IntegratedCareSystem.Slug)
		if p.LeadOrganisation != nil {
			rel("lead").add(p.Slug, p.LeadOrganisation.Slug)
		}
		for _, pp := range p.Partners {
			role := ""
			if pp.Role != nil {
				role = *pp.Role
			}
			rel("partners").add(p.Slug, pp.Organisation.Slug+":"+role)
			rel("partnerOrgs").add(p.Slug, pp.Organisation.Slug)
		}
		rel("themes").add(p.Slug, slugsIn(p.Themes)...)
		for _, pr := range p.Priorities {
			rel("priorities").add(p.Slug, pr.Fund.Slug+"/"+fmt.Sprint(pr.Number))
		}
		rel("regions").add(p.Slug, slugsIn(p.Regions)...)
		for _, al := range p.Allocations {
			rel("allocations").add(p.Slug, ungid(t, al.ID)+"="+al.Amount.Pence)
			if al.Project == nil || al.Project.Slug != p.Slug {
				t.Errorf("allocation %s of project %s names project %v", al.ID, p.Slug, al.Project)
			}
		}
		rel("fundingTotal").add(p.Slug, p.FundingTotal.Pence)
		rel("resources").add(p.Slug, p.Resources.slugs(t, p.Slug+".resources")...)
		rel("events").add(p.Slug, p.Events.slugs(t, p.Slug+".events")...)
	}

	const pub = `FROM published_project p `
	checks := []struct{ name, sql string }{
		{"consortium", `SELECT p.slug a, c.slug b ` + pub + `JOIN consortium c ON c.id = p.consortium_id ORDER BY 1`},
		{"ics", `SELECT p.slug a, i.slug b ` + pub + `JOIN consortium c ON c.id = p.consortium_id JOIN ics i ON i.id = c.ics_id ORDER BY 1`},
		{"lead", `SELECT p.slug a, o.slug b ` + pub + `JOIN organisation o ON o.id = p.lead_organisation_id ORDER BY 1`},
		{"partners", `SELECT p.slug a, o.slug || ':' || coalesce(pp.role, '') b ` + pub + `JOIN project_partner pp ON pp.project_id = p.id JOIN organisation o ON o.id = pp.organisation_id ORDER BY p.slug, pp.position`},
		{"themes", `SELECT p.slug a, t.slug b ` + pub + `JOIN project_topic pt ON pt.project_id = p.id JOIN topic t ON t.id = pt.topic_id ORDER BY p.slug, t.name, t.id`},
		{"priorities", `SELECT p.slug a, f.slug || '/' || pr.number b ` + pub + `JOIN project_priority pp ON pp.project_id = p.id JOIN priority pr ON pr.id = pp.priority_id JOIN fund f ON f.id = pr.fund_id ORDER BY p.slug, pr.number`},
		{"regions", `SELECT a, b FROM (SELECT DISTINCT p.slug a, r.slug b, r.code ` + pub + `JOIN consortium c ON c.id = p.consortium_id JOIN ics_local_authority il ON il.ics_id = c.ics_id JOIN local_authority la ON la.id = il.local_authority_id JOIN region r ON r.id = la.region_id) x ORDER BY a, code`},
		{"allocations", `SELECT p.slug a, 'Allocation:' || al.id || '=' || al.amount_pence b ` + pub + `JOIN allocation al ON al.project_id = p.id ORDER BY p.slug, al.fund_tranche_id, al.id`},
		{"fundingTotal", `SELECT p.slug a, coalesce(sum(al.amount_pence), 0)::text b ` + pub + `LEFT JOIN allocation al ON al.project_id = p.id GROUP BY p.slug ORDER BY 1`},
		{"resources", `SELECT p.slug a, r.slug b ` + pub + `JOIN resource_project rp ON rp.project_id = p.id JOIN published_resource r ON r.id = rp.resource_id ORDER BY p.slug, r.published_earliest DESC, r.id DESC`},
		{"events", `SELECT p.slug a, e.slug b ` + pub + `JOIN event_project ep ON ep.project_id = p.id JOIN published_event e ON e.id = ep.event_id ORDER BY p.slug, e.starts_at, e.id`},
	}
	for _, c := range checks {
		want := relSQL(t, a, c.sql)
		if len(want) == 0 {
			t.Errorf("project.%s: the ground truth is empty; the check proves nothing", c.name)
		}
		sameRel(t, "project."+c.name, got[c.name], want)
	}

	// The other side of each relation.
	resources := pageAllAs[struct {
		Slug     string
		Projects slugConn
	}](t, a, `query($after: String) { resources(first: 100, after: $after) { `+pageInfoFields+` nodes { slug projects(first: 100) { `+slugConnFields+` } } } }`, "resources")
	var rest struct {
		Events struct {
			Nodes []struct {
				Slug     string
				Projects slugConn
			}
		}
		Organisations struct {
			Nodes []struct {
				Slug            string
				LedProjects     slugConn
				PartnerProjects slugConn
			}
		}
		Topics struct {
			Nodes []struct {
				Slug     string
				Projects slugConn
			}
		}
		Consortia struct {
			Nodes []struct {
				Slug     string
				Projects slugConn
			}
		}
		IntegratedCareSystems struct {
			Nodes []struct {
				Slug     string
				Projects slugConn
			}
		}
		Regions []struct {
			Slug     string
			Projects slugConn
		}
		Funds []struct {
			Slug       string
			Priorities []struct {
				Number   int
				Projects slugConn
			}
		}
	}
	a.query(t, `{
		events(first: 100) { nodes { slug projects(first: 100) { `+slugConnFields+` } } }
		organisations(first: 100) { nodes { slug ledProjects(first: 100) { `+slugConnFields+` } partnerProjects(first: 100) { `+slugConnFields+` } } }
		topics(first: 100) { nodes { slug projects(first: 100) { `+slugConnFields+` } } }
		consortia(first: 100) { nodes { slug projects(first: 100) { `+slugConnFields+` } } }
		integratedCareSystems(first: 100) { nodes { slug projects(first: 100) { `+slugConnFields+` } } }
		regions { slug projects(first: 100) { `+slugConnFields+` } }
		funds { slug priorities { number projects(first: 100) { `+slugConnFields+` } } }
	}`, nil, &rest)

	back := map[string]relation{}
	brel := func(name string) relation {
		if back[name] == nil {
			back[name] = relation{}
		}
		return back[name]
	}
	for _, r := range resources {
		brel("resource.projects").add(r.Slug, r.Projects.slugs(t, r.Slug+".projects")...)
	}
	for _, e := range rest.Events.Nodes {
		brel("event.projects").add(e.Slug, e.Projects.slugs(t, e.Slug+".projects")...)
	}
	for _, o := range rest.Organisations.Nodes {
		brel("organisation.ledProjects").add(o.Slug, o.LedProjects.slugs(t, o.Slug+".ledProjects")...)
		brel("organisation.partnerProjects").add(o.Slug, o.PartnerProjects.slugs(t, o.Slug+".partnerProjects")...)
	}
	for _, x := range rest.Topics.Nodes {
		brel("topic.projects").add(x.Slug, x.Projects.slugs(t, x.Slug+".projects")...)
	}
	for _, x := range rest.Consortia.Nodes {
		brel("consortium.projects").add(x.Slug, x.Projects.slugs(t, x.Slug+".projects")...)
	}
	for _, x := range rest.IntegratedCareSystems.Nodes {
		brel("integratedCareSystem.projects").add(x.Slug, x.Projects.slugs(t, x.Slug+".projects")...)
	}
	for _, x := range rest.Regions {
		brel("region.projects").add(x.Slug, x.Projects.slugs(t, x.Slug+".projects")...)
	}
	for _, f := range rest.Funds {
		for _, x := range f.Priorities {
			key := f.Slug + "/" + fmt.Sprint(x.Number)
			brel("priority.projects").add(key, x.Projects.slugs(t, key+".projects")...)
		}
	}

	// Each inverse, in its documented order (projects by title).
	const byTitle = `ORDER BY a, p.title, p.id`
	inverse := []struct{ name, sql string }{
		{"resource.projects", `SELECT r.slug a, p.slug b FROM published_resource r JOIN resource_project rp ON rp.resource_id = r.id JOIN published_project p ON p.id = rp.project_id ` + byTitle},
		{"event.projects", `SELECT e.slug a, p.slug b FROM published_event e JOIN event_project ep ON ep.event_id = e.id JOIN published_project p ON p.id = ep.project_id ` + byTitle},
		{"organisation.ledProjects", `SELECT o.slug a, p.slug b FROM organisation o JOIN published_project p ON p.lead_organisation_id = o.id ` + byTitle},
		{"organisation.partnerProjects", `SELECT o.slug a, p.slug b FROM organisation o JOIN project_partner pp ON pp.organisation_id = o.id JOIN published_project p ON p.id = pp.project_id ` + byTitle},
		{"topic.projects", `SELECT a, b FROM (SELECT DISTINCT anc.slug a, p.slug b, p.title, p.id FROM topic anc JOIN (WITH RECURSIVE tree (ancestor_id, descendant_id) AS (SELECT id, id FROM topic UNION ALL SELECT tree.ancestor_id, child.id FROM tree JOIN topic child ON child.parent_id = tree.descendant_id) SELECT ancestor_id, descendant_id FROM tree) tt ON tt.ancestor_id = anc.id JOIN project_topic pt ON pt.topic_id = tt.descendant_id JOIN published_project p ON p.id = pt.project_id) p ` + byTitle},
		{"consortium.projects", `SELECT c.slug a, p.slug b FROM consortium c JOIN published_project p ON p.consortium_id = c.id ` + byTitle},
		{"integratedCareSystem.projects", `SELECT i.slug a, p.slug b FROM ics i JOIN consortium c ON c.ics_id = i.id JOIN published_project p ON p.consortium_id = c.id ` + byTitle},
		{"region.projects", `SELECT a, b FROM (SELECT DISTINCT r.slug a, p.slug b, p.title, p.id FROM region r JOIN local_authority la ON la.region_id = r.id JOIN ics_local_authority il ON il.local_authority_id = la.id JOIN consortium c ON c.ics_id = il.ics_id JOIN published_project p ON p.consortium_id = c.id) p ` + byTitle},
		{"priority.projects", `SELECT f.slug || '/' || pr.number a, p.slug b FROM priority pr JOIN fund f ON f.id = pr.fund_id JOIN project_priority pp ON pp.priority_id = pr.id JOIN published_project p ON p.id = pp.project_id ORDER BY f.slug, pr.number, p.title, p.id`},
	}
	for _, c := range inverse {
		want := relSQL(t, a, c.sql)
		if len(want) == 0 {
			t.Errorf("%s: the ground truth is empty", c.name)
		}
		sameRel(t, c.name, back[c.name], want)
	}

	// Both directions agree with each other.
	seenBothWays(t, "project.resources / resource.projects", got["resources"], back["resource.projects"])
	seenBothWays(t, "project.events / event.projects", got["events"], back["event.projects"])
	seenBothWays(t, "project.leadOrganisation / organisation.ledProjects", got["lead"], back["organisation.ledProjects"])
	seenBothWays(t, "project.partners / organisation.partnerProjects", got["partnerOrgs"], back["organisation.partnerProjects"])
	seenBothWays(t, "project.consortium / consortium.projects", got["consortium"], back["consortium.projects"])
	seenBothWays(t, "project.integratedCareSystem / integratedCareSystem.projects", got["ics"], back["integratedCareSystem.projects"])
	seenBothWays(t, "project.regions / region.projects", got["regions"], back["region.projects"])
	seenBothWays(t, "project.priorities / priority.projects", got["priorities"], back["priority.projects"])
	// A project's themes are found again under each theme (and under each
	// of the theme's ancestors, which topic.projects also covers).
	under := counted(back["topic.projects"].flipped())
	for p, themes := range got["themes"] {
		for _, th := range themes {
			if under[p+"|"+th] == 0 {
				t.Errorf("project %s is filed under %s but %s.projects does not list it", p, th, th)
			}
		}
	}
}

func TestResourceAndEventRelations(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	resources := pageAllAs[struct {
		Slug      string
		Publisher *slugNode
		Authors   []slugNode
		Topics    []slugNode
		Events    slugConn
	}](t, a, `query($after: String) { resources(first: 100, after: $after) { `+pageInfoFields+` nodes { slug publisher { slug } authors { slug } topics { slug } events(first: 100) { `+slugConnFields+` } } } }`, "resources")
	var out struct {
		Events struct {
			Nodes []struct {
				Slug     string
				Series   *slugNode
				Parent   *slugNode
				Children slugConn
				Speakers []struct {
					Person slugNode
					Role   string
				}
				Recording *slugNode
				Host      *slugNode
				Topics    []slugNode
				Resources slugConn
			}
		}
		EventSeriesList struct {
			Nodes []struct {
				Slug   string
				Host   *slugNode
				Events slugConn
			}
		}
		People struct {
			Nodes []struct {
				Slug         string
				Organisation *slugNode
				Resources    slugConn
				Events       slugConn
			}
		}
		Topics struct {
			Nodes []struct {
				Slug      string
				Parent    *slugNode
				Children  []slugNode
				Resources slugConn
			}
		}
	}
	a.query(t, `{
		events(first: 100) { nodes { slug series { slug } parent { slug } children(first: 100) { `+slugConnFields+` }
			speakers { person { slug } role } recording { slug } host { slug } topics { slug } resources(first: 100) { `+slugConnFields+` } } }
		eventSeriesList(first: 100) { nodes { slug host { slug } events(first: 100) { `+slugConnFields+` } } }
		people(first: 100) { nodes { slug organisation { slug } resources(first: 100) { `+slugConnFields+` } events(first: 100) { `+slugConnFields+` } } }
		topics(first: 100) { nodes { slug parent { slug } children { slug } resources(first: 100) { `+slugConnFields+` } } }
	}`, nil, &out)

	got := map[string]relation{}
	rel := func(name string) relation {
		if got[name] == nil {
			got[name] = relation{}
		}
		return got[name]
	}
	for _, r := range resources {
		if r.Publisher != nil {
			rel("resource.publisher").add(r.Slug, r.Publisher.Slug)
		}
		rel("resource.authors").add(r.Slug, slugsIn(r.Authors)...)
		rel("resource.topics").add(r.Slug, slugsIn(r.Topics)...)
		rel("resource.events").add(r.Slug, r.Events.slugs(t, r.Slug+".events")...)
	}
	for _, e := range out.Events.Nodes {
		if e.Series != nil {
			rel("event.series").add(e.Slug, e.Series.Slug)
		}
		if e.Parent != nil {
			rel("event.parent").add(e.Slug, e.Parent.Slug)
		}
		rel("event.children").add(e.Slug, e.Children.slugs(t, e.Slug+".children")...)
		for _, s := range e.Speakers {
			rel("event.speakers").add(e.Slug, s.Person.Slug+":"+s.Role)
			rel("event.speakerPeople").add(e.Slug, s.Person.Slug)
		}
		if e.Recording != nil {
			rel("event.recording").add(e.Slug, e.Recording.Slug)
		}
		if e.Host != nil {
			rel("event.host").add(e.Slug, e.Host.Slug)
		}
		rel("event.topics").add(e.Slug, slugsIn(e.Topics)...)
		rel("event.resources").add(e.Slug, e.Resources.slugs(t, e.Slug+".resources")...)
	}
	for _, s := range out.EventSeriesList.Nodes {
		if s.Host != nil {
			rel("eventSeries.host").add(s.Slug, s.Host.Slug)
		}
		rel("eventSeries.events").add(s.Slug, s.Events.slugs(t, s.Slug+".events")...)
	}
	for _, p := range out.People.Nodes {
		if p.Organisation != nil {
			rel("person.organisation").add(p.Slug, p.Organisation.Slug)
		}
		rel("person.resources").add(p.Slug, p.Resources.slugs(t, p.Slug+".resources")...)
		rel("person.events").add(p.Slug, p.Events.slugs(t, p.Slug+".events")...)
	}
	for _, tp := range out.Topics.Nodes {
		if tp.Parent != nil {
			rel("topic.parent").add(tp.Slug, tp.Parent.Slug)
		}
		rel("topic.children").add(tp.Slug, slugsIn(tp.Children)...)
		rel("topic.resources").add(tp.Slug, tp.Resources.slugs(t, tp.Slug+".resources")...)
	}

	const newest = `r.published_earliest DESC, r.id DESC`
	const timeOrder = `e.starts_at, e.id`
	checks := []struct{ name, sql string }{
		{"resource.publisher", `SELECT r.slug a, o.slug b FROM published_resource r JOIN organisation o ON o.id = r.publisher_organisation_id ORDER BY 1`},
		{"resource.authors", `SELECT r.slug a, pe.slug b FROM published_resource r JOIN resource_author ra ON ra.resource_id = r.id JOIN person pe ON pe.id = ra.person_id ORDER BY r.slug, ra.position`},
		{"resource.topics", `SELECT r.slug a, t.slug b FROM published_resource r JOIN resource_topic rt ON rt.resource_id = r.id JOIN topic t ON t.id = rt.topic_id ORDER BY r.slug, t.name, t.id`},
		{"resource.events", `SELECT r.slug a, e.slug b FROM published_resource r JOIN resource_event re ON re.resource_id = r.id JOIN published_event e ON e.id = re.event_id ORDER BY r.slug, ` + timeOrder},
		{"event.series", `SELECT e.slug a, s.slug b FROM published_event e JOIN published_event_series s ON s.id = e.series_id ORDER BY 1`},
		{"event.parent", `SELECT e.slug a, p.slug b FROM published_event e JOIN published_event p ON p.id = e.parent_id ORDER BY 1`},
		{"event.children", `SELECT p.slug a, e.slug b FROM published_event p JOIN published_event e ON e.parent_id = p.id ORDER BY p.slug, ` + timeOrder},
		{"event.speakers", `SELECT e.slug a, pe.slug || ':' || es.role b FROM published_event e JOIN event_speaker es ON es.event_id = e.id JOIN person pe ON pe.id = es.person_id ORDER BY e.slug, es.position`},
		{"event.recording", `SELECT e.slug a, r.slug b FROM published_event e JOIN published_resource r ON r.id = e.recording_resource_id ORDER BY 1`},
		{"event.host", `SELECT e.slug a, o.slug b FROM published_event e JOIN organisation o ON o.id = e.host_organisation_id ORDER BY 1`},
		{"event.topics", `SELECT e.slug a, t.slug b FROM published_event e JOIN event_topic et ON et.event_id = e.id JOIN topic t ON t.id = et.topic_id ORDER BY e.slug, t.name, t.id`},
		{"event.resources", `SELECT e.slug a, r.slug b FROM published_event e JOIN resource_event re ON re.event_id = e.id JOIN published_resource r ON r.id = re.resource_id ORDER BY e.slug, ` + newest},
		{"eventSeries.host", `SELECT s.slug a, o.slug b FROM published_event_series s JOIN organisation o ON o.id = s.host_organisation_id ORDER BY 1`},
		{"eventSeries.events", `SELECT s.slug a, e.slug b FROM published_event_series s JOIN published_event e ON e.series_id = s.id ORDER BY s.slug, ` + timeOrder},
		{"person.organisation", `SELECT pe.slug a, o.slug b FROM person pe JOIN organisation o ON o.id = pe.organisation_id ORDER BY 1`},
		{"person.resources", `SELECT pe.slug a, r.slug b FROM person pe JOIN resource_author ra ON ra.person_id = pe.id JOIN published_resource r ON r.id = ra.resource_id ORDER BY pe.slug, ` + newest},
		{"person.events", `SELECT pe.slug a, e.slug b FROM person pe JOIN event_speaker es ON es.person_id = pe.id JOIN published_event e ON e.id = es.event_id ORDER BY pe.slug, ` + timeOrder},
		{"topic.parent", `SELECT t.slug a, p.slug b FROM topic t JOIN topic p ON p.id = t.parent_id ORDER BY 1`},
		{"topic.children", `SELECT p.slug a, t.slug b FROM topic p JOIN topic t ON t.parent_id = p.id ORDER BY p.slug, t.position, t.id`},
		{"topic.resources", `SELECT a, b FROM (SELECT DISTINCT anc.slug a, r.slug b, r.published_earliest, r.id FROM topic anc JOIN (WITH RECURSIVE tree (ancestor_id, descendant_id) AS (SELECT id, id FROM topic UNION ALL SELECT tree.ancestor_id, child.id FROM tree JOIN topic child ON child.parent_id = tree.descendant_id) SELECT ancestor_id, descendant_id FROM tree) tt ON tt.ancestor_id = anc.id JOIN resource_topic rt ON rt.topic_id = tt.descendant_id JOIN published_resource r ON r.id = rt.resource_id) r ORDER BY a, ` + newest},
	}
	for _, c := range checks {
		want := relSQL(t, a, c.sql)
		if len(want) == 0 {
			t.Errorf("%s: the ground truth is empty; the check proves nothing", c.name)
		}
		sameRel(t, c.name, got[c.name], want)
	}
	seenBothWays(t, "resource.authors / person.resources", got["resource.authors"], got["person.resources"])
	seenBothWays(t, "resource.events / event.resources", got["resource.events"], got["event.resources"])
	seenBothWays(t, "event.parent / event.children", got["event.parent"], got["event.children"])
	seenBothWays(t, "event.series / eventSeries.events", got["event.series"], got["eventSeries.events"])
	seenBothWays(t, "event.speakers / person.events", got["event.speakerPeople"], got["person.events"])
	seenBothWays(t, "topic.parent / topic.children", got["topic.parent"], got["topic.children"])
	under := counted(got["topic.resources"].flipped())
	for r, topics := range got["resource.topics"] {
		for _, tp := range topics {
			if under[r+"|"+tp] == 0 {
				t.Errorf("resource %s is filed under %s but %s.resources does not list it", r, tp, tp)
			}
		}
	}
}

func TestGeographyRelations(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	var out struct {
		IntegratedCareSystems struct {
			Nodes []struct {
				Slug             string
				NhsRegion        slugNode
				LocalAuthorities []slugNode
				Regions          []slugNode
				Consortium       *slugNode
			}
		}
		LocalAuthorities struct {
			Nodes []struct {
				Slug                  string
				Region                slugNode
				IntegratedCareSystems []slugNode
				Organisation          *slugNode
			}
		}
		Regions []struct {
			Slug             string
			LocalAuthorities []slugNode
		}
		NhsRegions []struct {
			Slug                  string
			IntegratedCareSystems []slugNode
		}
		Organisations struct {
			Nodes []struct {
				Slug                 string
				LocalAuthority       *slugNode
				IntegratedCareSystem *slugNode
			}
		}
		Consortia struct {
			Nodes []struct {
				Slug                 string
				IntegratedCareSystem slugNode
			}
		}
	}
	a.query(t, `{
		integratedCareSystems(first: 100) { nodes { slug nhsRegion { slug } localAuthorities { slug } regions { slug } consortium { slug } } }
		localAuthorities(first: 100) { nodes { slug region { slug } integratedCareSystems { slug } organisation { slug } } }
		regions { slug localAuthorities { slug } }
		nhsRegions { slug integratedCareSystems { slug } }
		organisations(first: 100) { nodes { slug localAuthority { slug } integratedCareSystem { slug } } }
		consortia(first: 100) { nodes { slug integratedCareSystem { slug } } }
	}`, nil, &out)
	got := map[string]relation{}
	rel := func(name string) relation {
		if got[name] == nil {
			got[name] = relation{}
		}
		return got[name]
	}
	for _, i := range out.IntegratedCareSystems.Nodes {
		rel("ics.nhsRegion").add(i.Slug, i.NhsRegion.Slug)
		rel("ics.localAuthorities").add(i.Slug, slugsIn(i.LocalAuthorities)...)
		rel("ics.regions").add(i.Slug, slugsIn(i.Regions)...)
		if i.Consortium != nil {
			rel("ics.consortium").add(i.Slug, i.Consortium.Slug)
		}
	}
	for _, la := range out.LocalAuthorities.Nodes {
		rel("la.region").add(la.Slug, la.Region.Slug)
		rel("la.ics").add(la.Slug, slugsIn(la.IntegratedCareSystems)...)
		if la.Organisation != nil {
			rel("la.organisation").add(la.Slug, la.Organisation.Slug)
		}
	}
	for _, r := range out.Regions {
		rel("region.localAuthorities").add(r.Slug, slugsIn(r.LocalAuthorities)...)
	}
	for _, n := range out.NhsRegions {
		rel("nhsRegion.ics").add(n.Slug, slugsIn(n.IntegratedCareSystems)...)
	}
	for _, o := range out.Organisations.Nodes {
		if o.LocalAuthority != nil {
			rel("organisation.localAuthority").add(o.Slug, o.LocalAuthority.Slug)
		}
		if o.IntegratedCareSystem != nil {
			rel("organisation.ics").add(o.Slug, o.IntegratedCareSystem.Slug)
		}
	}
	for _, c := range out.Consortia.Nodes {
		rel("consortium.ics").add(c.Slug, c.IntegratedCareSystem.Slug)
	}
	checks := []struct{ name, sql string }{
		{"ics.nhsRegion", `SELECT i.slug a, n.slug b FROM ics i JOIN nhs_region n ON n.id = i.nhs_region_id ORDER BY 1`},
		{"ics.localAuthorities", `SELECT i.slug a, la.slug b FROM ics i JOIN ics_local_authority il ON il.ics_id = i.id JOIN local_authority la ON la.id = il.local_authority_id ORDER BY i.slug, la.name, la.id`},
		{"ics.regions", `SELECT a, b FROM (SELECT DISTINCT i.slug a, r.slug b, r.code FROM ics i JOIN ics_local_authority il ON il.ics_id = i.id JOIN local_authority la ON la.id = il.local_authority_id JOIN region r ON r.id = la.region_id) x ORDER BY a, code`},
		{"ics.consortium", `SELECT i.slug a, c.slug b FROM ics i JOIN consortium c ON c.ics_id = i.id ORDER BY 1`},
		{"la.region", `SELECT la.slug a, r.slug b FROM local_authority la JOIN region r ON r.id = la.region_id ORDER BY 1`},
		{"la.ics", `SELECT la.slug a, i.slug b FROM local_authority la JOIN ics_local_authority il ON il.local_authority_id = la.id JOIN ics i ON i.id = il.ics_id ORDER BY la.slug, i.name, i.id`},
		{"la.organisation", `SELECT la.slug a, o.slug b FROM local_authority la JOIN organisation o ON o.local_authority_id = la.id ORDER BY 1`},
		{"region.localAuthorities", `SELECT r.slug a, la.slug b FROM region r JOIN local_authority la ON la.region_id = r.id ORDER BY r.slug, la.name, la.id`},
		{"nhsRegion.ics", `SELECT n.slug a, i.slug b FROM nhs_region n JOIN ics i ON i.nhs_region_id = n.id ORDER BY n.slug, i.name, i.id`},
		{"organisation.localAuthority", `SELECT o.slug a, la.slug b FROM organisation o JOIN local_authority la ON la.id = o.local_authority_id ORDER BY 1`},
		{"organisation.ics", `SELECT o.slug a, i.slug b FROM organisation o JOIN ics i ON i.id = o.ics_id ORDER BY 1`},
		{"consortium.ics", `SELECT c.slug a, i.slug b FROM consortium c JOIN ics i ON i.id = c.ics_id ORDER BY 1`},
	}
	for _, c := range checks {
		want := relSQL(t, a, c.sql)
		if len(want) == 0 {
			t.Errorf("%s: the ground truth is empty; the check proves nothing", c.name)
		}
		sameRel(t, c.name, got[c.name], want)
	}
	seenBothWays(t, "ics.localAuthorities / localAuthority.integratedCareSystems", got["ics.localAuthorities"], got["la.ics"])
	seenBothWays(t, "ics.nhsRegion / nhsRegion.integratedCareSystems", got["ics.nhsRegion"], got["nhsRegion.ics"])
	seenBothWays(t, "localAuthority.region / region.localAuthorities", got["la.region"], got["region.localAuthorities"])
	seenBothWays(t, "localAuthority.organisation / organisation.localAuthority", got["la.organisation"], got["organisation.localAuthority"])
	seenBothWays(t, "ics.consortium / consortium.integratedCareSystem", got["ics.consortium"], got["consortium.ics"])
}

func TestFundingRelations(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	type alloc struct {
		ID         string
		Amount     struct{ Pence string }
		Tranche    struct{ FinancialYear string }
		Consortium slugNode
		Project    *slugNode
	}
	var out struct {
		Funds []struct {
			Slug     string
			Funder   *slugNode
			Tranches []struct {
				ID            string
				FinancialYear string
				Fund          slugNode
				Allocations   []alloc
			}
			Priorities []struct {
				Number int
				Fund   slugNode
			}
			Statistics []struct{ Measure, Value string }
			Consortia  slugConn
		}
		Consortia struct {
			Nodes []struct {
				Slug             string
				Fund             slugNode
				LeadOrganisation *slugNode
				Members          []slugNode
				Allocations      []alloc
				AllocatedTotal   struct{ Pence string }
			}
		}
	}
	alloFields := `id amount { pence } tranche { financialYear } consortium { slug } project { slug }`
	a.query(t, `{
		funds { slug funder { slug } tranches { id financialYear fund { slug } allocations { `+alloFields+` } }
			priorities { number fund { slug } } statistics { measure value } consortia(first: 100) { `+slugConnFields+` } }
		consortia(first: 100) { nodes { slug fund { slug } leadOrganisation { slug } members { slug } allocations { `+alloFields+` } allocatedTotal { pence } } }
	}`, nil, &out)
	got := map[string]relation{}
	rel := func(name string) relation {
		if got[name] == nil {
			got[name] = relation{}
		}
		return got[name]
	}
	allocDesc := func(al alloc) string {
		p := ""
		if al.Project != nil {
			p = al.Project.Slug
		}
		return fmt.Sprintf("%s=%s@%s>%s/%s", ungid(t, al.ID), al.Amount.Pence, al.Tranche.FinancialYear, al.Consortium.Slug, p)
	}
	for _, f := range out.Funds {
		if f.Funder != nil {
			rel("fund.funder").add(f.Slug, f.Funder.Slug)
		}
		for _, tr := range f.Tranches {
			rel("fund.tranches").add(f.Slug, tr.FinancialYear)
			if tr.Fund.Slug != f.Slug {
				t.Errorf("tranche %s of %s names fund %s", tr.FinancialYear, f.Slug, tr.Fund.Slug)
			}
			for _, al := range tr.Allocations {
				rel("tranche.allocations").add(tr.FinancialYear, allocDesc(al))
				rel("allocations").add("all", ungid(t, al.ID))
			}
		}
		for _, p := range f.Priorities {
			rel("fund.priorities").add(f.Slug, fmt.Sprint(p.Number))
			if p.Fund.Slug != f.Slug {
				t.Errorf("priority %d of %s names fund %s", p.Number, f.Slug, p.Fund.Slug)
			}
		}
		for _, s := range f.Statistics {
			rel("fund.statistics").add(f.Slug, s.Measure+"="+s.Value)
		}
		rel("fund.consortia").add(f.Slug, f.Consortia.slugs(t, f.Slug+".consortia")...)
	}
	for _, c := range out.Consortia.Nodes {
		rel("consortium.fund").add(c.Slug, c.Fund.Slug)
		if c.LeadOrganisation != nil {
			rel("consortium.lead").add(c.Slug, c.LeadOrganisation.Slug)
		}
		rel("consortium.members").add(c.Slug, slugsIn(c.Members)...)
		for _, al := range c.Allocations {
			rel("consortium.allocations").add(c.Slug, allocDesc(al))
			if al.Consortium.Slug != c.Slug {
				t.Errorf("allocation %s of consortium %s names consortium %s", al.ID, c.Slug, al.Consortium.Slug)
			}
		}
		rel("consortium.allocatedTotal").add(c.Slug, c.AllocatedTotal.Pence)
	}
	const desc = `'Allocation:' || al.id || '=' || al.amount_pence || '@' || ft.financial_year || '>' || c.slug || '/' || coalesce(p.slug, '')`
	const allocFrom = ` FROM allocation al JOIN fund_tranche ft ON ft.id = al.fund_tranche_id JOIN consortium c ON c.id = al.consortium_id LEFT JOIN published_project p ON p.id = al.project_id `
	checks := []struct{ name, sql string }{
		{"fund.funder", `SELECT f.slug a, o.slug b FROM fund f JOIN organisation o ON o.id = f.funder_organisation_id ORDER BY 1`},
		{"fund.tranches", `SELECT f.slug a, ft.financial_year b FROM fund f JOIN fund_tranche ft ON ft.fund_id = f.id ORDER BY f.slug, ft.financial_year`},
		{"fund.priorities", `SELECT f.slug a, pr.number::text b FROM fund f JOIN priority pr ON pr.fund_id = f.id ORDER BY f.slug, pr.number`},
		{"fund.statistics", `SELECT f.slug a, fs.measure || '=' || fs.value::text b FROM fund f JOIN fund_statistic fs ON fs.fund_id = f.id ORDER BY f.slug, fs.measure, fs.id`},
		{"fund.consortia", `SELECT f.slug a, c.slug b FROM fund f JOIN consortium c ON c.fund_id = f.id ORDER BY f.slug, c.name, c.id`},
		{"tranche.allocations", `SELECT ft.financial_year a, ` + desc + ` b` + allocFrom + `ORDER BY ft.financial_year, al.id`},
		{"consortium.fund", `SELECT c.slug a, f.slug b FROM consortium c JOIN fund f ON f.id = c.fund_id ORDER BY 1`},
		{"consortium.lead", `SELECT c.slug a, o.slug b FROM consortium c JOIN organisation o ON o.id = c.lead_organisation_id ORDER BY 1`},
		{"consortium.members", `SELECT c.slug a, o.slug b FROM consortium c JOIN consortium_member cm ON cm.consortium_id = c.id JOIN organisation o ON o.id = cm.organisation_id ORDER BY c.slug, o.name, o.id`},
		{"consortium.allocations", `SELECT c.slug a, ` + desc + ` b` + allocFrom + `ORDER BY c.slug, al.fund_tranche_id, al.id`},
		{"consortium.allocatedTotal", `SELECT c.slug a, coalesce(sum(al.amount_pence), 0)::text b FROM consortium c LEFT JOIN allocation al ON al.consortium_id = c.id GROUP BY c.slug ORDER BY 1`},
		{"allocations", `SELECT 'all' a, 'Allocation:' || id b FROM allocation ORDER BY fund_tranche_id, id`},
	}
	for _, c := range checks {
		want := relSQL(t, a, c.sql)
		if len(want) == 0 {
			t.Errorf("%s: the ground truth is empty; the check proves nothing", c.name)
		}
		sameRel(t, c.name, got[c.name], want)
	}
	// Every allocation is reached both from its tranche and from its
	// consortium, with the same tranche, consortium and project.
	var fromTranches, fromConsortia []string
	for _, v := range got["tranche.allocations"] {
		fromTranches = append(fromTranches, v...)
	}
	for _, v := range got["consortium.allocations"] {
		fromConsortia = append(fromConsortia, v...)
	}
	sameSet(t, "allocations via tranches / via consortia", fromTranches, fromConsortia)
	seenBothWays(t, "consortium.fund / fund.consortia", got["consortium.fund"], got["fund.consortia"])
}

// TestBatchedNestedListsKeepTheirArguments reads the same relation under
// several parents, with different page sizes, orders and filters, in one
// request (where the API batches them) and checks each against SQL.
func TestBatchedNestedListsKeepTheirArguments(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out map[string]json.RawMessage
	a.query(t, `{
		london: region(slug: "london") {
			a: projects(first: 2) { totalCount nodes { slug } }
			b: projects(first: 100, orderBy: {field: TITLE, direction: DESC}) { totalCount nodes { slug } }
			c: projects(first: 100, filter: {provenance: VERIFIED_PUBLIC}) { totalCount nodes { slug } } }
		ne: region(slug: "north-east") {
			a: projects(first: 2) { totalCount nodes { slug } }
			c: projects(first: 100, filter: {provenance: ILLUSTRATIVE}) { totalCount nodes { slug } } }
		yh: region(code: "E12000003") {
			b: projects(first: 100, orderBy: {field: TITLE, direction: DESC}) { totalCount nodes { slug } } }
	}`, nil, &out)
	region := func(slug string) string {
		return `EXISTS (SELECT 1 FROM consortium c JOIN ics_local_authority il ON il.ics_id = c.ics_id JOIN local_authority la ON la.id = il.local_authority_id
			JOIN region r ON r.id = la.region_id WHERE c.id = p.consortium_id AND r.slug = '` + slug + `')`
	}
	cases := []struct {
		path  string
		where string
		order string
		limit int
	}{
		{"london.a", region("london"), "p.title, p.id", 2},
		{"london.b", region("london"), "p.title DESC, p.id DESC", 100},
		{"london.c", region("london") + ` AND p.provenance = 'VERIFIED_PUBLIC'`, "p.title, p.id", 100},
		{"ne.a", region("north-east"), "p.title, p.id", 2},
		{"ne.c", region("north-east") + ` AND p.provenance = 'ILLUSTRATIVE'`, "p.title, p.id", 100},
		{"yh.b", region("yorkshire-and-the-humber"), "p.title DESC, p.id DESC", 100},
	}
	for _, c := range cases {
		var conn struct {
			TotalCount int
			Nodes      []slugNode
		}
		parent, field, _ := strings.Cut(c.path, ".")
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(out[parent], &obj); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal(obj[field], &conn); err != nil {
			t.Fatal(err)
		}
		all := a.sqlStrings(t, `SELECT p.slug FROM published_project p WHERE `+c.where+` ORDER BY `+c.order)
		if len(all) < 2 {
			t.Fatalf("%s: case too weak", c.path)
		}
		want := all[:min(c.limit, len(all))]
		sameList(t, c.path, slugsIn(conn.Nodes), want)
		if conn.TotalCount != len(all) {
			t.Errorf("%s: totalCount %d, want %d", c.path, conn.TotalCount, len(all))
		}
	}
}
