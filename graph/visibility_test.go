package graph_test

// Drafts, records in review, scheduled and archived records never reach
// the public API: not in lists or counts, not by slug, not by global ID,
// not through any relation, and not as a filter value (which must fail
// exactly like a slug that does not exist).

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"learningapi/graph/model"
)

// The unpublished records of the sample data, as its author lists them.
var (
	unpublishedProjects  = []string{"exampleshire-carers-app-pilot", "lorem-coast-carers-respite-review", "demoton-carers-helpline"}
	unpublishedResources = []string{"draft-guide-to-carers-apps", "draft-carers-card-evaluation", "shared-lives-costs-briefing-in-review", "care-workforce-podcast-in-review", "exampleshire-carers-directory-2024-archived"}
	unpublishedEvents    = []string{"carers-app-launch-draft", "shared-lives-networking-in-review"}
)

const idSlug = `{ id slug }`

// dumpQuery reads every published record of every content kind and every
// relation that can lead to content, in one query.
const dumpQuery = `{
	projects(first: 100) { totalCount nodes { id slug
		resources(first: 100) { totalCount nodes ` + idSlug + ` }
		events(first: 100) { totalCount nodes ` + idSlug + ` }
		allocations { id project ` + idSlug + ` } } }
	newest: resources(first: 100) { totalCount nodes { id slug
		projects(first: 100) { totalCount nodes ` + idSlug + ` }
		events(first: 100) { totalCount nodes ` + idSlug + ` } } }
	oldest: resources(first: 100, orderBy: {field: PUBLISHED_ON, direction: ASC}) { totalCount nodes { id slug
		projects(first: 100) { totalCount nodes ` + idSlug + ` }
		events(first: 100) { totalCount nodes ` + idSlug + ` } } }
	events(first: 100) { totalCount nodes { id slug
		series ` + idSlug + ` parent ` + idSlug + ` recording ` + idSlug + `
		children(first: 100) { totalCount nodes ` + idSlug + ` }
		projects(first: 100) { totalCount nodes ` + idSlug + ` }
		resources(first: 100) { totalCount nodes ` + idSlug + ` } } }
	eventSeriesList(first: 100) { totalCount nodes { id slug events(first: 100) { totalCount nodes ` + idSlug + ` } } }
	topics(first: 100) { nodes { slug
		projects(first: 100) { totalCount nodes ` + idSlug + ` }
		resources(first: 100) { totalCount nodes ` + idSlug + ` } } }
	organisations(first: 100) { nodes { slug
		ledProjects(first: 100) { totalCount nodes ` + idSlug + ` }
		partnerProjects(first: 100) { totalCount nodes ` + idSlug + ` } } }
	people(first: 100) { nodes { slug
		resources(first: 100) { totalCount nodes ` + idSlug + ` }
		events(first: 100) { totalCount nodes ` + idSlug + ` } } }
	regions { slug projects(first: 100) { totalCount nodes ` + idSlug + ` } }
	integratedCareSystems(first: 100) { nodes { slug
		projects(first: 100) { totalCount nodes ` + idSlug + ` }
		consortium { slug projects(first: 100) { totalCount nodes ` + idSlug + ` } } } }
	consortia(first: 100) { nodes { slug
		projects(first: 100) { totalCount nodes ` + idSlug + ` }
		allocations { id project ` + idSlug + ` } } }
	funds { slug
		tranches { allocations { id project ` + idSlug + ` } }
		priorities { number projects(first: 100) { totalCount nodes ` + idSlug + ` } } }
}`

// assertHidden checks that none of the given slugs or global IDs appears
// anywhere in a response, as a whole JSON string value.
func assertHidden(t *testing.T, where string, raw json.RawMessage, slugs []string, ids []string) {
	t.Helper()
	text := string(raw)
	// A positive control: published records related to the hidden ones
	// are there, so an empty or failed response cannot pass.
	for _, s := range []string{"exampleshire-shared-lives-short-breaks", "exampleshire-festival-2025-workshop-carers-wellbeing", "mockshire-shared-lives-growth"} {
		if !strings.Contains(text, `"`+s+`"`) {
			t.Errorf("%s: published %q is missing from the response; the check would prove nothing", where, s)
		}
	}
	for _, s := range append(append([]string{}, slugs...), ids...) {
		if strings.Contains(text, `"`+s+`"`) {
			i := strings.Index(text, `"`+s+`"`)
			lo, hi := max(0, i-200), min(len(text), i+len(s)+60)
			t.Errorf("%s: unpublished %q appears in the response: ...%s...", where, s, text[lo:hi])
		}
	}
}

// idsOf returns the global IDs of rows of table with the given slugs.
func idsOf(t testing.TB, a *api, typeName, table string, slugs []string) []string {
	t.Helper()
	var ids []int64
	if err := a.db.Select(&ids, fmt.Sprintf(`SELECT id FROM %s WHERE slug = ANY($1) ORDER BY id`, table), sqlArray(slugs...)); err != nil {
		t.Fatal(err)
	}
	if len(ids) != len(slugs) {
		t.Fatalf("%s: found %d of %v", table, len(ids), slugs)
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		out[i] = gid(typeName, id)
	}
	return out
}

func TestUnpublishedContentNeverLeaks(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	// The lists above of unpublished records are the database's.
	sameSet(t, "unpublished projects", a.sqlStrings(t, `SELECT slug FROM project WHERE status <> 'PUBLISHED'`), unpublishedProjects)
	sameSet(t, "unpublished resources", a.sqlStrings(t, `SELECT slug FROM resource WHERE status <> 'PUBLISHED'`), unpublishedResources)
	sameSet(t, "unpublished events", a.sqlStrings(t, `SELECT slug FROM event WHERE status <> 'PUBLISHED'`), unpublishedEvents)

	projectIDs := idsOf(t, a, "Project", "project", unpublishedProjects)
	resourceIDs := idsOf(t, a, "Resource", "resource", unpublishedResources)
	eventIDs := idsOf(t, a, "Event", "event", unpublishedEvents)
	allSlugs := append(append(append([]string{}, unpublishedProjects...), unpublishedResources...), unpublishedEvents...)
	allIDs := append(append(append([]string{}, projectIDs...), resourceIDs...), eventIDs...)

	t.Run("not in lists, relations or counts", func(t *testing.T) {
		raw := a.raw(t, dumpQuery, nil)
		assertHidden(t, "everything", raw, allSlugs, allIDs)
		var counts struct {
			Projects        struct{ TotalCount int }
			Newest          struct{ TotalCount int }
			Events          struct{ TotalCount int }
			EventSeriesList struct{ TotalCount int }
		}
		if err := json.Unmarshal(raw, &counts); err != nil {
			t.Fatal(err)
		}
		got := []int{counts.Projects.TotalCount, counts.Newest.TotalCount, counts.Events.TotalCount, counts.EventSeriesList.TotalCount}
		want := []int{a.published(t, "project"), a.published(t, "resource"), a.published(t, "event"), a.published(t, "event_series")}
		if !slices.Equal(got, want) {
			t.Errorf("published counts of projects, resources, events and series: %v, want %v", got, want)
		}
	})

	t.Run("counts under parents exclude them", func(t *testing.T) {
		var out struct {
			Card   struct{ Resources struct{ TotalCount int } }   `json:"card"`
			Growth struct{ Resources struct{ TotalCount int } }   `json:"growth"`
			Person struct{ Resources struct{ TotalCount int } }   `json:"person"`
			Lead   struct{ LedProjects struct{ TotalCount int } } `json:"lead"`
			Topic  struct{ Projects struct{ TotalCount int } }    `json:"topic"`
		}
		a.query(t, `{
			card: project(slug: "exampleshire-carers-card") { resources { totalCount } }
			growth: project(slug: "mockshire-shared-lives-growth") { resources { totalCount } }
			person: person(slug: "taylor-fictional") { resources { totalCount } }
			lead: organisation(slug: "exampleshire-county-council") { ledProjects { totalCount } }
			topic: topic(slug: "digital-self-help-tools") { projects { totalCount } }
		}`, nil, &out)
		for _, c := range []struct {
			name       string
			got        int
			published  string
			everything string
		}{
			{"exampleshire-carers-card.resources", out.Card.Resources.TotalCount,
				`SELECT count(*) FROM resource_project rp JOIN published_resource r ON r.id = rp.resource_id JOIN project p ON p.id = rp.project_id WHERE p.slug = 'exampleshire-carers-card'`,
				`SELECT count(*) FROM resource_project rp JOIN project p ON p.id = rp.project_id WHERE p.slug = 'exampleshire-carers-card'`},
			{"mockshire-shared-lives-growth.resources", out.Growth.Resources.TotalCount,
				`SELECT count(*) FROM resource_project rp JOIN published_resource r ON r.id = rp.resource_id JOIN project p ON p.id = rp.project_id WHERE p.slug = 'mockshire-shared-lives-growth'`,
				`SELECT count(*) FROM resource_project rp JOIN project p ON p.id = rp.project_id WHERE p.slug = 'mockshire-shared-lives-growth'`},
			{"taylor-fictional.resources", out.Person.Resources.TotalCount,
				`SELECT count(*) FROM resource_author ra JOIN published_resource r ON r.id = ra.resource_id JOIN person pe ON pe.id = ra.person_id WHERE pe.slug = 'taylor-fictional'`,
				`SELECT count(*) FROM resource_author ra JOIN person pe ON pe.id = ra.person_id WHERE pe.slug = 'taylor-fictional'`},
			{"exampleshire-county-council.ledProjects", out.Lead.LedProjects.TotalCount,
				`SELECT count(*) FROM published_project p JOIN organisation o ON o.id = p.lead_organisation_id WHERE o.slug = 'exampleshire-county-council'`,
				`SELECT count(*) FROM project p JOIN organisation o ON o.id = p.lead_organisation_id WHERE o.slug = 'exampleshire-county-council'`},
			{"digital-self-help-tools.projects", out.Topic.Projects.TotalCount,
				`SELECT count(DISTINCT p.id) FROM published_project p JOIN project_topic pt ON pt.project_id = p.id JOIN topic t ON t.id = pt.topic_id WHERE t.slug = 'digital-self-help-tools'`,
				`SELECT count(DISTINCT p.id) FROM project p JOIN project_topic pt ON pt.project_id = p.id JOIN topic t ON t.id = pt.topic_id WHERE t.slug = 'digital-self-help-tools'`},
		} {
			want, all := a.sqlInt(t, c.published), a.sqlInt(t, c.everything)
			if want == all {
				t.Errorf("%s: no unpublished record hangs here; the check proves nothing", c.name)
			}
			if int64(c.got) != want {
				t.Errorf("%s: totalCount %d, want %d (the published ones; %d with unpublished)", c.name, c.got, want, all)
			}
		}
	})

	t.Run("not by slug", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("{")
		for i, s := range unpublishedProjects {
			fmt.Fprintf(&b, "p%d: project(slug: %q) { id }\n", i, s)
		}
		for i, s := range unpublishedResources {
			fmt.Fprintf(&b, "r%d: resource(slug: %q) { id }\n", i, s)
		}
		for i, s := range unpublishedEvents {
			fmt.Fprintf(&b, "e%d: event(slug: %q) { id }\n", i, s)
		}
		b.WriteString("}")
		var out map[string]json.RawMessage
		a.query(t, b.String(), nil, &out)
		for k, v := range out {
			if string(v) != "null" {
				t.Errorf("look-up %s of an unpublished record = %s, want null", k, v)
			}
		}
	})

	t.Run("not by node or nodes", func(t *testing.T) {
		for _, id := range allIDs {
			var out struct{ Node json.RawMessage }
			a.query(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id}, &out)
			if string(out.Node) != "null" {
				t.Errorf("node(%s = %s) = %s, want null", id, ungid(t, id), out.Node)
			}
		}
		published := gid("Project", a.sqlInt(t, `SELECT id FROM published_project ORDER BY id LIMIT 1`))
		ids := append([]string{published}, allIDs...)
		ids = append(ids, published)
		var out struct{ Nodes []json.RawMessage }
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &out)
		if len(out.Nodes) != len(ids) {
			t.Fatalf("nodes returned %d entries for %d IDs", len(out.Nodes), len(ids))
		}
		for i, n := range out.Nodes {
			wantNull := i != 0 && i != len(ids)-1
			if (string(n) == "null") != wantNull {
				t.Errorf("nodes[%d] (%s) = %s", i, ungid(t, ids[i]), n)
			}
		}
	})

	t.Run("not as a filter value", func(t *testing.T) {
		cases := []struct{ name, query, unpublished string }{
			{"resources by project", `query($s: [String!]) { resources(filter: {projects: $s}) { totalCount } }`, "exampleshire-carers-app-pilot"},
			{"resources by archived project", `query($s: [String!]) { resources(filter: {projects: $s}) { totalCount } }`, "demoton-carers-helpline"},
			{"events by project", `query($s: [String!]) { events(filter: {projects: $s}) { totalCount } }`, "lorem-coast-carers-respite-review"},
			{"resources by event", `query($s: [String!]) { resources(filter: {events: $s}) { totalCount } }`, "carers-app-launch-draft"},
			{"nested project.resources by event", `query($s: [String!]) { project(slug: "exampleshire-carers-card") { resources(filter: {events: $s}) { totalCount } } }`, "shared-lives-networking-in-review"},
			{"nested series.events by project", `query($s: [String!]) { eventSeries(slug: "co-production-week-2025") { events(filter: {projects: $s}) { totalCount } } }`, "exampleshire-carers-app-pilot"},
		}
		for _, c := range cases {
			codeU, msgU := a.errCode(t, c.query, map[string]any{"s": []string{c.unpublished}})
			codeN, msgN := a.errCode(t, c.query, map[string]any{"s": []string{"no-such-record"}})
			if codeU != model.ErrorCodeBadUserInput || !strings.Contains(msgU, "unknown") || !strings.Contains(msgU, c.unpublished) {
				t.Errorf("%s: filtering by unpublished %s gave %s %q, want BAD_USER_INPUT \"unknown ...\"", c.name, c.unpublished, codeU, msgU)
			}
			if strings.ReplaceAll(msgU, c.unpublished, "X") != strings.ReplaceAll(msgN, "no-such-record", "X") || codeU != codeN {
				t.Errorf("%s: an unpublished slug must fail exactly like a missing one:\n  unpublished: %s %q\n  missing:     %s %q", c.name, codeU, msgU, codeN, msgN)
			}
		}
		// Alongside a published value it still fails: no partial result.
		code, msg := a.errCode(t, `{ resources(filter: {projects: ["exampleshire-carers-card", "exampleshire-carers-app-pilot"]}) { totalCount } }`, nil)
		if code != model.ErrorCodeBadUserInput || !strings.Contains(msg, "exampleshire-carers-app-pilot") || strings.Contains(msg, `"exampleshire-carers-card"`) {
			t.Errorf("mixed filter: %s %q", code, msg)
		}
	})
}

// TestUnpublishingARecordHidesItEverywhere takes published records out of
// publication in the test's own database (as an editor would) and checks
// that each disappears from every list, look-up, relation, count and
// filter at once.
func TestUnpublishingARecordHidesItEverywhere(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)

	// Before: the records are visible, with the relations the checks rely on.
	var before struct {
		Card struct {
			ID          string
			Allocations []struct{ ID string }
			Resources   struct{ TotalCount int }
			Events      struct{ TotalCount int }
		} `json:"card"`
		Topic   struct{ Projects struct{ TotalCount int } }    `json:"topic"`
		Lead    struct{ LedProjects struct{ TotalCount int } } `json:"lead"`
		Conf    struct{ Children struct{ TotalCount int } }    `json:"conf"`
		Webinar struct {
			Recording *slugNode
		} `json:"webinar"`
		Fest struct {
			ID     string
			Events struct {
				TotalCount int
				Nodes      []slugNode
			}
		} `json:"fest"`
		Projects  struct{ TotalCount int } `json:"projects"`
		Resources struct{ TotalCount int } `json:"resources"`
		Events    struct{ TotalCount int } `json:"events"`
		Series    struct{ TotalCount int } `json:"series"`
		AboutUC   struct{ TotalCount int } `json:"aboutUC"`
	}
	const probe = `{
		card: project(slug: "exampleshire-carers-card") { id allocations { id } resources { totalCount } events { totalCount } }
		topic: topic(slug: "carer-identification") { projects { totalCount } }
		lead: organisation(slug: "exampleshire-county-council") { ledProjects { totalCount } }
		conf: event(slug: "exampleshire-festival-2025-conference") { children { totalCount } }
		webinar: event(slug: "designing-a-carers-card-webinar") { recording { slug } }
		fest: eventSeries(slug: "exampleshire-carers-learning-festival-2024") { id events { totalCount nodes { slug } } }
		projects { totalCount } resources { totalCount } events { totalCount } series: eventSeriesList { totalCount }
		aboutUC: resources(filter: {aboutUnpaidCarerProjects: true}) { totalCount }
	}`
	a.query(t, probe, nil, &before)
	if before.Card.ID == "" || len(before.Card.Allocations) == 0 || before.Card.Resources.TotalCount == 0 || before.Card.Events.TotalCount == 0 {
		t.Fatalf("exampleshire-carers-card should be published with allocations, resources and events: %+v", before.Card)
	}
	sessions := a.sqlInt(t, `SELECT count(*) FROM published_event e JOIN event p ON p.id = e.parent_id WHERE p.slug = 'exampleshire-festival-2025-conference'`)
	if before.Webinar.Recording == nil || len(before.Fest.Events.Nodes) == 0 || sessions < 2 || int64(before.Conf.Children.TotalCount) != sessions {
		t.Fatalf("unexpected sample data: %+v", before)
	}
	recording := before.Webinar.Recording.Slug
	festEvents := slugsIn(before.Fest.Events.Nodes)
	cardAllocation := before.Card.Allocations[0].ID
	// Resources about the card project only, whose "about unpaid carer
	// projects" answer must flip.
	onlyCard := a.sqlInt(t, `SELECT count(*) FROM published_resource r WHERE
		EXISTS (SELECT 1 FROM resource_project rp JOIN project p ON p.id = rp.project_id WHERE rp.resource_id = r.id AND p.slug = 'exampleshire-carers-card')
		AND NOT EXISTS (SELECT 1 FROM resource_project rp JOIN published_project p ON p.id = rp.project_id WHERE rp.resource_id = r.id AND p.slug <> 'exampleshire-carers-card' AND p.unpaid_carer_focus)`)

	hidden := map[string]string{ // slug -> table
		"exampleshire-carers-card": "project",
		recording:                  "resource",
		"exampleshire-festival-2025-workshop-shared-lives": "event",
		"exampleshire-carers-learning-festival-2024":       "event_series",
	}
	a.sqlExec(t, `UPDATE project SET status = 'DRAFT' WHERE slug = 'exampleshire-carers-card'`)
	a.sqlExec(t, `UPDATE resource SET status = 'IN_REVIEW' WHERE slug = $1`, recording)
	a.sqlExec(t, `UPDATE event SET status = 'ARCHIVED' WHERE slug = 'exampleshire-festival-2025-workshop-shared-lives'`)
	a.sqlExec(t, `UPDATE event_series SET status = 'SCHEDULED' WHERE slug = 'exampleshire-carers-learning-festival-2024'`)

	var slugs, ids []string
	typeOf := map[string]string{"project": "Project", "resource": "Resource", "event": "Event", "event_series": "EventSeries"}
	for slug, table := range hidden {
		slugs = append(slugs, slug)
		ids = append(ids, idsOf(t, a, typeOf[table], table, []string{slug})...)
	}

	t.Run("gone from every list and relation", func(t *testing.T) {
		assertHidden(t, "everything", a.raw(t, dumpQuery, nil), slugs, ids)
	})

	t.Run("look-ups and node return null", func(t *testing.T) {
		var out map[string]json.RawMessage
		a.query(t, fmt.Sprintf(`{
			p: project(slug: "exampleshire-carers-card") { id }
			r: resource(slug: %q) { id }
			e: event(slug: "exampleshire-festival-2025-workshop-shared-lives") { id }
			s: eventSeries(slug: "exampleshire-carers-learning-festival-2024") { id }
		}`, recording), nil, &out)
		for k, v := range out {
			if string(v) != "null" {
				t.Errorf("look-up %s = %s, want null", k, v)
			}
		}
		var nodes struct{ Nodes []json.RawMessage }
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}, &nodes)
		for i, n := range nodes.Nodes {
			if string(n) != "null" {
				t.Errorf("node(%s) = %s, want null", ungid(t, ids[i]), n)
			}
		}
	})

	t.Run("links to them read as null", func(t *testing.T) {
		var out struct {
			Alloc struct {
				Project    *slugNode
				Consortium slugNode
			} `json:"alloc"`
			Webinar struct{ Recording *slugNode } `json:"webinar"`
			Fest    []struct {
				Slug   string
				Series *slugNode
			} `json:"fest"`
		}
		var b strings.Builder
		fmt.Fprintf(&b, `{ alloc: node(id: %q) { ... on Allocation { project { slug } consortium { slug } } }
			webinar: event(slug: "designing-a-carers-card-webinar") { recording { slug } } `, cardAllocation)
		b.WriteString("}")
		a.query(t, b.String(), nil, &out)
		// An allocation made for the hidden project is hidden with it: its
		// note and amount would otherwise reveal the project.
		if out.Alloc.Project != nil || out.Alloc.Consortium.Slug != "" {
			t.Errorf("allocation %s for the hidden project is still visible: %+v", ungid(t, cardAllocation), out.Alloc)
		}
		if out.Webinar.Recording != nil {
			t.Errorf("designing-a-carers-card-webinar still has recording %s", out.Webinar.Recording.Slug)
		}
		for _, slug := range festEvents {
			var ev struct{ Event *struct{ Series *slugNode } }
			a.query(t, `query($s: String!) { event(slug: $s) { series { slug } } }`, map[string]any{"s": slug}, &ev)
			if ev.Event == nil {
				t.Errorf("event %s vanished with its series", slug)
			} else if ev.Event.Series != nil {
				t.Errorf("event %s still names series %s", slug, ev.Event.Series.Slug)
			}
		}
	})

	t.Run("counts drop by one", func(t *testing.T) {
		var after = before
		a.query(t, probe, nil, &after)
		for _, c := range []struct {
			name          string
			before, after int
		}{
			{"projects.totalCount", before.Projects.TotalCount, after.Projects.TotalCount},
			{"resources.totalCount", before.Resources.TotalCount, after.Resources.TotalCount},
			{"events.totalCount", before.Events.TotalCount, after.Events.TotalCount},
			{"eventSeriesList.totalCount", before.Series.TotalCount, after.Series.TotalCount},
			{"carer-identification.projects", before.Topic.Projects.TotalCount, after.Topic.Projects.TotalCount},
			{"exampleshire-county-council.ledProjects", before.Lead.LedProjects.TotalCount, after.Lead.LedProjects.TotalCount},
			{"exampleshire-festival-2025-conference.children", before.Conf.Children.TotalCount, after.Conf.Children.TotalCount},
		} {
			if c.after != c.before-1 {
				t.Errorf("%s: %d before, %d after; want one fewer", c.name, c.before, c.after)
			}
		}
		if onlyCard == 0 {
			t.Error("no resource is about exampleshire-carers-card alone; the aboutUnpaidCarerProjects check proves nothing")
		}
		if after.AboutUC.TotalCount != before.AboutUC.TotalCount-int(onlyCard) {
			t.Errorf("resources(aboutUnpaidCarerProjects: true): %d before, %d after; want %d fewer (resources about the unpublished project only)",
				before.AboutUC.TotalCount, after.AboutUC.TotalCount, onlyCard)
		}
	})

	t.Run("unusable as filter values", func(t *testing.T) {
		for _, c := range []struct{ query, name string }{
			{`{ resources(filter: {projects: ["exampleshire-carers-card"]}) { totalCount } }`, "exampleshire-carers-card"},
			{`{ events(filter: {projects: ["exampleshire-carers-card"]}) { totalCount } }`, "exampleshire-carers-card"},
			{`{ resources(filter: {events: ["exampleshire-festival-2025-workshop-shared-lives"]}) { totalCount } }`, "exampleshire-festival-2025-workshop-shared-lives"},
			{`{ events(filter: {series: ["exampleshire-carers-learning-festival-2024"]}) { totalCount } }`, "exampleshire-carers-learning-festival-2024"},
		} {
			code, msg := a.errCode(t, c.query, nil)
			if code != model.ErrorCodeBadUserInput || !strings.Contains(msg, "unknown") || !strings.Contains(msg, c.name) {
				t.Errorf("%s: %s %q, want BAD_USER_INPUT unknown", c.query, code, msg)
			}
		}
	})
}

// TestTopLevelFollowsTheVisibleParent: topLevel must agree with the
// parent field a client can see. When a conference is taken out of
// publication its workshops stay published with parent null; the filter
// must then treat them as top level too, or topLevel: false reveals that
// an unpublished parent exists.
func TestTopLevelFollowsTheVisibleParent(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	check := func(when string) {
		t.Helper()
		var out struct {
			All struct {
				Nodes []struct {
					Slug   string
					Parent *slugNode
				}
			} `json:"all"`
			Top    struct{ Nodes []slugNode } `json:"top"`
			NotTop struct{ Nodes []slugNode } `json:"notTop"`
		}
		a.query(t, `{
			all: events(first: 100) { nodes { slug parent { slug } } }
			top: events(first: 100, filter: {topLevel: true}) { nodes { slug } }
			notTop: events(first: 100, filter: {topLevel: false}) { nodes { slug } }
		}`, nil, &out)
		var noParent, withParent []string
		for _, e := range out.All.Nodes {
			if e.Parent == nil {
				noParent = append(noParent, e.Slug)
			} else {
				withParent = append(withParent, e.Slug)
			}
		}
		if len(withParent) == 0 || len(noParent) == 0 {
			t.Fatalf("%s: the check needs events with and without a parent", when)
		}
		sameSet(t, when+": topLevel: true vs events whose parent is null", slugsIn(out.Top.Nodes), noParent)
		sameSet(t, when+": topLevel: false vs events with a parent", slugsIn(out.NotTop.Nodes), withParent)
	}
	check("all published")
	a.sqlExec(t, `UPDATE event SET status = 'DRAFT' WHERE slug = 'exampleshire-festival-2025-conference'`)
	check("conference in draft")
}
