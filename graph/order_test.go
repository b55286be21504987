package graph_test

// Every orderBy field and direction returns rows in the order of SQL's
// ORDER BY <expression> <direction>, id <direction> (ties broken by
// creation order), paging forwards and backwards in small pages so that
// cursors fall inside runs of equal keys; and the default orders are the
// documented ones.

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// touch gives a few rows of table distinct updated_at values, each in
// its own statement (the trigger sets now(), fixed per transaction), so
// that UPDATED_AT orders are not all ties.
func touch(t testing.TB, a *api, table string, slugs ...string) {
	t.Helper()
	for _, s := range slugs {
		a.sqlExec(t, fmt.Sprintf(`UPDATE %s SET title = title WHERE slug = $1`, table), s)
		if a.sqlInt(t, fmt.Sprintf(`SELECT count(*) FROM %s WHERE slug = $1`, table), s) != 1 {
			t.Fatalf("no %s %s to touch", table, s)
		}
	}
}

type orderCase struct {
	orderBy map[string]any // nil for the default order
	sql     string         // ORDER BY clause over alias x
}

func runOrderCases(t *testing.T, a *api, field, orderType, view string, cases []orderCase) {
	t.Helper()
	for _, c := range cases {
		name := "default"
		if c.orderBy != nil {
			name = fmt.Sprint(c.orderBy["field"], " ", c.orderBy["direction"])
		}
		t.Run(name, func(t *testing.T) {
			want := a.sqlStrings(t, `SELECT x.slug FROM `+view+` x ORDER BY `+c.sql)
			vars := map[string]any{"o": c.orderBy}
			for _, size := range []int{100, 7} {
				q := fmt.Sprintf(`query($o: %s, $after: String) { %s(first: %d, after: $after, orderBy: $o) { %s nodes { slug } } }`, orderType, field, size, pageInfoFields)
				got, _ := a.slugsOf(t, q, vars, field, "slug")
				sameList(t, fmt.Sprintf("%s %s forwards in pages of %d", field, name, size), got, want)
			}
			q := fmt.Sprintf(`query($o: %s, $before: String) { %s(last: 7, before: $before, orderBy: $o) { %s nodes { slug } } }`, orderType, field, pageInfoFields)
			nodes, _ := a.pageAll(t, q, vars, field, true)
			sameList(t, fmt.Sprintf("%s %s backwards in pages of 7", field, name), fieldOf(t, nodes, "slug"), want)
		})
	}
}

func orderArg(field, dir string) map[string]any {
	m := map[string]any{"field": field}
	if dir != "" {
		m["direction"] = dir
	}
	return m
}

func TestProjectOrder(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	touch(t, a, "project", "mockshire-shared-lives-growth", "north-west-london-carers-card", "dummyport-rural-short-breaks", "exampleshire-carers-card", "testwick-care-worker-wellbeing")
	const startsOn = `coalesce(x.starts_on, 'infinity'::date)`
	runOrderCases(t, a, "projects", "ProjectOrder", "published_project", []orderCase{
		{nil, `x.title, x.id`},
		{orderArg("TITLE", ""), `x.title, x.id`},
		{orderArg("TITLE", "ASC"), `x.title ASC, x.id ASC`},
		{orderArg("TITLE", "DESC"), `x.title DESC, x.id DESC`},
		{orderArg("STARTS_ON", "ASC"), startsOn + ` ASC, x.id ASC`},
		{orderArg("STARTS_ON", "DESC"), startsOn + ` DESC, x.id DESC`},
		{orderArg("UPDATED_AT", "ASC"), `x.updated_at ASC, x.id ASC`},
		{orderArg("UPDATED_AT", "DESC"), `x.updated_at DESC, x.id DESC`},
	})
	t.Run("projects with no start date come last ascending", func(t *testing.T) {
		var out struct {
			Projects struct{ Nodes []struct{ StartsOn *string } }
		}
		a.query(t, `{ projects(first: 100, orderBy: {field: STARTS_ON}) { nodes { startsOn } } }`, nil, &out)
		seenNull := false
		for i, n := range out.Projects.Nodes {
			if n.StartsOn == nil {
				seenNull = true
			} else if seenNull {
				t.Fatalf("project %d has a start date after projects without one", i)
			}
		}
		if !seenNull {
			t.Fatal("the sample data has no project without a start date")
		}
	})
}

func TestResourceOrder(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	touch(t, a, "resource", "embracing-change-scaling-innovation-in-care",
		a.sqlString(t, `SELECT slug FROM published_resource ORDER BY id LIMIT 1`),
		a.sqlString(t, `SELECT slug FROM published_resource ORDER BY id DESC LIMIT 1`),
		a.sqlString(t, `SELECT slug FROM published_resource WHERE published_earliest = '2026-11-20' ORDER BY id LIMIT 1 OFFSET 3`))
	const published = `coalesce(x.published_earliest, '-infinity'::date)`
	runOrderCases(t, a, "resources", "ResourceOrder", "published_resource", []orderCase{
		{nil, published + ` DESC, x.id DESC`},
		{orderArg("PUBLISHED_ON", ""), published + ` DESC, x.id DESC`},
		{orderArg("PUBLISHED_ON", "ASC"), published + ` ASC, x.id ASC`},
		{orderArg("PUBLISHED_ON", "DESC"), published + ` DESC, x.id DESC`},
		{orderArg("TITLE", "ASC"), `x.title ASC, x.id ASC`},
		{orderArg("TITLE", "DESC"), `x.title DESC, x.id DESC`},
		{orderArg("UPDATED_AT", "ASC"), `x.updated_at ASC, x.id ASC`},
		{orderArg("UPDATED_AT", "DESC"), `x.updated_at DESC, x.id DESC`},
	})
}

func TestEventOrder(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	touch(t, a, "event", "exampleshire-festival-2025-workshop-carers-wellbeing", "designing-a-carers-card-webinar", "exampleshire-festival-2026-networking-evening")
	runOrderCases(t, a, "events", "EventOrder", "published_event", []orderCase{
		{nil, `x.starts_at, x.id`},
		{orderArg("STARTS_AT", ""), `x.starts_at, x.id`},
		{orderArg("STARTS_AT", "ASC"), `x.starts_at ASC, x.id ASC`},
		{orderArg("STARTS_AT", "DESC"), `x.starts_at DESC, x.id DESC`},
		{orderArg("TITLE", "ASC"), `x.title ASC, x.id ASC`},
		{orderArg("TITLE", "DESC"), `x.title DESC, x.id DESC`},
		{orderArg("UPDATED_AT", "ASC"), `x.updated_at ASC, x.id ASC`},
		{orderArg("UPDATED_AT", "DESC"), `x.updated_at DESC, x.id DESC`},
	})
}

// TestNestedOrders: nested connections keep their documented default
// order and honour orderBy.
func TestNestedOrders(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	cases := []struct {
		name, query, path, sql string
	}{
		{"topic.projects default by title", `query($after: String) { topic(slug: "unpaid-carers") { projects(first: 6, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "topic.projects",
			`SELECT p.slug FROM published_project p WHERE EXISTS (SELECT 1 FROM project_topic pt JOIN (WITH RECURSIVE tree (ancestor_id, descendant_id) AS (SELECT id, id FROM topic UNION ALL SELECT tree.ancestor_id, child.id FROM tree JOIN topic child ON child.parent_id = tree.descendant_id) SELECT ancestor_id, descendant_id FROM tree) tt ON tt.descendant_id = pt.topic_id JOIN topic t ON t.id = tt.ancestor_id WHERE pt.project_id = p.id AND t.slug = 'unpaid-carers') ORDER BY p.title, p.id`},
		{"topic.projects STARTS_ON DESC", `query($after: String) { topic(slug: "unpaid-carers") { projects(first: 6, after: $after, orderBy: {field: STARTS_ON, direction: DESC}) { ` + pageInfoFields + ` nodes { slug } } } }`, "topic.projects",
			`SELECT p.slug FROM published_project p WHERE EXISTS (SELECT 1 FROM project_topic pt JOIN (WITH RECURSIVE tree (ancestor_id, descendant_id) AS (SELECT id, id FROM topic UNION ALL SELECT tree.ancestor_id, child.id FROM tree JOIN topic child ON child.parent_id = tree.descendant_id) SELECT ancestor_id, descendant_id FROM tree) tt ON tt.descendant_id = pt.topic_id JOIN topic t ON t.id = tt.ancestor_id WHERE pt.project_id = p.id AND t.slug = 'unpaid-carers') ORDER BY coalesce(p.starts_on, 'infinity') DESC, p.id DESC`},
		{"topic.resources default newest first", `query($after: String) { topic(slug: "unpaid-carers") { resources(first: 9, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "topic.resources",
			`SELECT r.slug FROM published_resource r WHERE EXISTS (SELECT 1 FROM resource_topic rt JOIN (WITH RECURSIVE tree (ancestor_id, descendant_id) AS (SELECT id, id FROM topic UNION ALL SELECT tree.ancestor_id, child.id FROM tree JOIN topic child ON child.parent_id = tree.descendant_id) SELECT ancestor_id, descendant_id FROM tree) tt ON tt.descendant_id = rt.topic_id JOIN topic t ON t.id = tt.ancestor_id WHERE rt.resource_id = r.id AND t.slug = 'unpaid-carers') ORDER BY r.published_earliest DESC, r.id DESC`},
		{"project.resources default newest first", `query($after: String) { project(slug: "mockshire-shared-lives-growth") { resources(first: 2, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "project.resources",
			`SELECT r.slug FROM published_resource r JOIN resource_project rp ON rp.resource_id = r.id JOIN project p ON p.id = rp.project_id WHERE p.slug = 'mockshire-shared-lives-growth' ORDER BY r.published_earliest DESC, r.id DESC`},
		{"project.resources TITLE ASC", `query($after: String) { project(slug: "mockshire-shared-lives-growth") { resources(first: 2, after: $after, orderBy: {field: TITLE, direction: ASC}) { ` + pageInfoFields + ` nodes { slug } } } }`, "project.resources",
			`SELECT r.slug FROM published_resource r JOIN resource_project rp ON rp.resource_id = r.id JOIN project p ON p.id = rp.project_id WHERE p.slug = 'mockshire-shared-lives-growth' ORDER BY r.title, r.id`},
		{"eventSeries.events default in time order", `query($after: String) { eventSeries(slug: "exampleshire-carers-learning-festival-2025") { events(first: 2, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "eventSeries.events",
			`SELECT e.slug FROM published_event e JOIN event_series s ON s.id = e.series_id WHERE s.slug = 'exampleshire-carers-learning-festival-2025' ORDER BY e.starts_at, e.id`},
		{"eventSeries.events TITLE DESC", `query($after: String) { eventSeries(slug: "exampleshire-carers-learning-festival-2025") { events(first: 2, after: $after, orderBy: {field: TITLE, direction: DESC}) { ` + pageInfoFields + ` nodes { slug } } } }`, "eventSeries.events",
			`SELECT e.slug FROM published_event e JOIN event_series s ON s.id = e.series_id WHERE s.slug = 'exampleshire-carers-learning-festival-2025' ORDER BY e.title DESC, e.id DESC`},
		{"event.children in time order", `query($after: String) { event(slug: "exampleshire-festival-2025-conference") { children(first: 2, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "event.children",
			`SELECT e.slug FROM published_event e JOIN event p ON p.id = e.parent_id WHERE p.slug = 'exampleshire-festival-2025-conference' ORDER BY e.starts_at, e.id`},
		{"person.resources newest first", `query($after: String) { person(slug: "alex-example") { resources(first: 2, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "person.resources",
			`SELECT r.slug FROM published_resource r JOIN resource_author ra ON ra.resource_id = r.id JOIN person pe ON pe.id = ra.person_id WHERE pe.slug = 'alex-example' ORDER BY r.published_earliest DESC, r.id DESC`},
		{"region.projects UPDATED_AT DESC", `query($after: String) { region(slug: "london") { projects(first: 2, after: $after, orderBy: {field: UPDATED_AT, direction: DESC}) { ` + pageInfoFields + ` nodes { slug } } } }`, "region.projects",
			`SELECT p.slug FROM published_project p WHERE ` + projectInRegionsP + ` ORDER BY p.updated_at DESC, p.id DESC`},
		{"event.projects TITLE DESC", `query($after: String) { event(slug: "exampleshire-festival-2025-conference") { projects(first: 2, after: $after, orderBy: {field: TITLE, direction: DESC}) { ` + pageInfoFields + ` nodes { slug } } } }`, "event.projects",
			`SELECT p.slug FROM published_project p JOIN event_project ep ON ep.project_id = p.id JOIN event e ON e.id = ep.event_id WHERE e.slug = 'exampleshire-festival-2025-conference' ORDER BY p.title DESC, p.id DESC`},
		{"organisation.ledProjects STARTS_ON", `query($after: String) { organisation(slug: "mockshire-county-council") { ledProjects(first: 2, after: $after, orderBy: {field: STARTS_ON}) { ` + pageInfoFields + ` nodes { slug } } } }`, "organisation.ledProjects",
			`SELECT p.slug FROM published_project p JOIN organisation o ON o.id = p.lead_organisation_id WHERE o.slug = 'mockshire-county-council' ORDER BY coalesce(p.starts_on, 'infinity'), p.id`},
		{"fund.consortia by name", `query($after: String) { fund(slug: "accelerating-reform-fund") { consortia(first: 10, after: $after) { ` + pageInfoFields + ` nodes { slug } } } }`, "fund.consortia",
			`SELECT c.slug FROM consortium c JOIN fund f ON f.id = c.fund_id WHERE f.slug = 'accelerating-reform-fund' ORDER BY c.name, c.id`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := a.sqlStrings(t, c.sql)
			if len(want) < 3 {
				t.Fatalf("case too weak: %d rows", len(want))
			}
			got, _ := a.slugsOf(t, c.query, nil, c.path, "slug")
			sameList(t, c.name, got, want)
			// The same list paged backwards.
			back := regexp.MustCompile(`first: (\d+), after: \$after`).ReplaceAllString(c.query, "last: $1, before: $$before")
			back = strings.Replace(back, "$after: String", "$before: String", 1)
			if back == c.query {
				t.Fatal("could not make a backward query")
			}
			nodes, _ := a.pageAll(t, back, nil, c.path, true)
			sameList(t, c.name+" (backwards)", fieldOf(t, nodes, "slug"), want)
		})
	}
}

const projectInRegionsP = `EXISTS (SELECT 1 FROM consortium c
	JOIN ics_local_authority il ON il.ics_id = c.ics_id
	JOIN local_authority la ON la.id = il.local_authority_id
	JOIN region r ON r.id = la.region_id
	WHERE c.id = p.consortium_id AND r.slug = 'london')`
