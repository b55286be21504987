package graph_test

// Every field of every filter input selects exactly the records that the
// same condition, written independently in SQL over the published views
// and tables, selects: compared as sets of slugs and against totalCount.
// Conditions on different fields combine with AND, values in one list with
// OR, theme and topic filters match everything beneath the topic, date
// ranges include both ends, moment ranges include from and exclude to, and
// an empty list matches nothing.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/lib/pq"

	"learningapi/graph/model"
)

type expectation int

const (
	expectSome expectation = iota // some but not all records match (the default)
	expectNone                    // nothing matches
	expectAll                     // everything matches
)

// filterCase is one filter case: the filter as a GraphQL variable, and the same
// condition in SQL over alias x of the listed view.
type filterCase struct {
	name   string
	filter map[string]any
	where  string
	args   []any
	expect expectation
}

// runFilterCases runs each case against field (a top-level connection
// taking filter: filterType) and compares with SQL over view.
func runFilterCases(t *testing.T, a *api, field, filterType, view string, cases []filterCase) {
	t.Helper()
	all := a.sqlInt(t, `SELECT count(*) FROM `+view)
	q := fmt.Sprintf(`query($f: %s, $after: String) { %s(first: 25, after: $after, filter: $f) { %s nodes { slug } } }`, filterType, field, pageInfoFields)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := a.sqlStrings(t, `SELECT x.slug FROM `+view+` x WHERE `+c.where, c.args...)
			switch {
			case c.expect == expectSome && (len(want) == 0 || int64(len(want)) == all):
				t.Fatalf("case is not selective: ground truth matches %d of %d; pick values that split the data", len(want), all)
			case c.expect == expectNone && len(want) != 0:
				t.Fatalf("ground truth matches %d, the case expects none", len(want))
			case c.expect == expectAll && int64(len(want)) != all:
				t.Fatalf("ground truth matches %d of %d, the case expects all", len(want), all)
			}
			got, total := a.slugsOf(t, q, map[string]any{"f": c.filter}, field, "slug")
			sameSet(t, fmt.Sprintf("%s(filter: %s)", field, jsonOf(c.filter)), got, want)
			if total != len(want) {
				t.Errorf("%s(filter: %s): totalCount %d, want %d", field, jsonOf(c.filter), total, len(want))
			}
		})
	}
}

func sqlInts(n ...int64) any { return pq.Array(n) }

// stringList builds a list variable; with no arguments it is an empty list,
// never null.
func stringList(s ...string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// SQL fragments over alias x, written without the store's own queries.
const (
	projectInRegions = `EXISTS (SELECT 1 FROM consortium c
		JOIN ics_local_authority il ON il.ics_id = c.ics_id
		JOIN local_authority la ON la.id = il.local_authority_id
		JOIN region r ON r.id = la.region_id
		WHERE c.id = x.consortium_id AND (r.slug = ANY($1) OR r.code = ANY($1)))`
	projectInICS = `EXISTS (SELECT 1 FROM consortium c JOIN ics i ON i.id = c.ics_id
		WHERE c.id = x.consortium_id AND (i.slug = ANY($1) OR i.code = ANY($1)))`
	projectInLAs = `EXISTS (SELECT 1 FROM consortium c
		JOIN ics_local_authority il ON il.ics_id = c.ics_id
		JOIN local_authority la ON la.id = il.local_authority_id
		WHERE c.id = x.consortium_id AND (la.slug = ANY($1) OR la.code = ANY($1)))`
	// under lists the ids of the topics named by $N and all their
	// descendants; use with fmt.Sprintf and the parameter number.
	under = `(WITH RECURSIVE sub(id) AS (
		SELECT id FROM topic WHERE slug = ANY($%d)
		UNION SELECT t.id FROM topic t JOIN sub ON t.parent_id = sub.id)
		SELECT id FROM sub)`
)

func projectThemes(n int) string {
	return `EXISTS (SELECT 1 FROM project_topic pt WHERE pt.project_id = x.id AND pt.topic_id IN ` + fmt.Sprintf(under, n) + `)`
}

func TestProjectFilter(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	list := stringList
	cases := []filterCase{
		{name: "regions by slug", filter: map[string]any{"regions": list("london")}, where: projectInRegions, args: []any{sqlArray("london")}},
		{name: "regions by code", filter: map[string]any{"regions": list("E12000003")}, where: projectInRegions, args: []any{sqlArray("E12000003")}},
		{name: "regions OR, slug and code mixed", filter: map[string]any{"regions": list("london", "E12000001")}, where: projectInRegions, args: []any{sqlArray("london", "E12000001")}},
		{name: "regions empty list", filter: map[string]any{"regions": list()}, where: "false", expect: expectNone},
		{name: "ICS by slug", filter: map[string]any{"integratedCareSystems": list("west-yorkshire")}, where: projectInICS, args: []any{sqlArray("west-yorkshire")}},
		{name: "ICS by code", filter: map[string]any{"integratedCareSystems": list("E54000027")}, where: projectInICS, args: []any{sqlArray("E54000027")}},
		{name: "ICS OR", filter: map[string]any{"integratedCareSystems": list("exampleshire", "X54000002", "humber-and-north-yorkshire")}, where: projectInICS, args: []any{sqlArray("exampleshire", "X54000002", "humber-and-north-yorkshire")}},
		{name: "ICS empty list", filter: map[string]any{"integratedCareSystems": list()}, where: "false", expect: expectNone},
		{name: "local authorities by slug", filter: map[string]any{"localAuthorities": list("brent")}, where: projectInLAs, args: []any{sqlArray("brent")}},
		{name: "local authorities by code and slug", filter: map[string]any{"localAuthorities": list("X10000001", "leeds", "dummydale")}, where: projectInLAs, args: []any{sqlArray("X10000001", "leeds", "dummydale")}},
		{name: "local authorities empty list", filter: map[string]any{"localAuthorities": list()}, where: "false", expect: expectNone},
		{name: "consortia", filter: map[string]any{"consortia": list("exampleshire-arf", "mockshire-arf")}, where: `x.consortium_id IN (SELECT id FROM consortium WHERE slug = ANY($1))`, args: []any{sqlArray("exampleshire-arf", "mockshire-arf")}},
		{name: "consortia empty list", filter: map[string]any{"consortia": list()}, where: "false", expect: expectNone},
		{name: "lead organisations", filter: map[string]any{"leadOrganisations": list("exampleshire-county-council")}, where: `x.lead_organisation_id IN (SELECT id FROM organisation WHERE slug = ANY($1))`, args: []any{sqlArray("exampleshire-county-council")}},
		{name: "lead organisations OR", filter: map[string]any{"leadOrganisations": list("exampleshire-county-council", "mockshire-county-council", "oxfordshire-county-council")}, where: `x.lead_organisation_id IN (SELECT id FROM organisation WHERE slug = ANY($1))`, args: []any{sqlArray("exampleshire-county-council", "mockshire-county-council", "oxfordshire-county-council")}},
		{name: "lead organisations empty list", filter: map[string]any{"leadOrganisations": list()}, where: "false", expect: expectNone},
		{name: "theme matches its descendants", filter: map[string]any{"themes": list("unpaid-carers")}, where: projectThemes(1), args: []any{sqlArray("unpaid-carers")}},
		{name: "theme community-based-care", filter: map[string]any{"themes": list("community-based-care")}, where: projectThemes(1), args: []any{sqlArray("community-based-care")}},
		{name: "topic shared-lives", filter: map[string]any{"themes": list("shared-lives")}, where: projectThemes(1), args: []any{sqlArray("shared-lives")}},
		{name: "themes OR", filter: map[string]any{"themes": list("workforce", "homeshare")}, where: projectThemes(1), args: []any{sqlArray("workforce", "homeshare")}},
		{name: "themes empty list", filter: map[string]any{"themes": list()}, where: "false", expect: expectNone},
		{name: "priorities", filter: map[string]any{"priorities": []int{1}}, where: `EXISTS (SELECT 1 FROM project_priority pp JOIN priority pr ON pr.id = pp.priority_id WHERE pp.project_id = x.id AND pr.number = ANY($1))`, args: []any{sqlInts(1)}},
		{name: "priorities OR", filter: map[string]any{"priorities": []int{2, 3, 12}}, where: `EXISTS (SELECT 1 FROM project_priority pp JOIN priority pr ON pr.id = pp.priority_id WHERE pp.project_id = x.id AND pr.number = ANY($1))`, args: []any{sqlInts(2, 3, 12)}},
		{name: "priorities empty list", filter: map[string]any{"priorities": []int{}}, where: "false", expect: expectNone},
		{name: "target groups", filter: map[string]any{"targetGroups": list("OLDER_PEOPLE")}, where: `'OLDER_PEOPLE' = ANY(x.target_groups)`},
		{name: "target groups OR", filter: map[string]any{"targetGroups": list("AUTISTIC_PEOPLE", "CARE_WORKFORCE")}, where: `'AUTISTIC_PEOPLE' = ANY(x.target_groups) OR 'CARE_WORKFORCE' = ANY(x.target_groups)`},
		{name: "target groups empty list", filter: map[string]any{"targetGroups": list()}, where: "false", expect: expectNone},
		{name: "unpaid carer focus", filter: map[string]any{"unpaidCarerFocus": true}, where: `'UNPAID_CARERS' = ANY(x.target_groups)`},
		{name: "no unpaid carer focus", filter: map[string]any{"unpaidCarerFocus": false}, where: `NOT ('UNPAID_CARERS' = ANY(x.target_groups))`},
		{name: "stages", filter: map[string]any{"stages": list("PLANNED")}, where: `x.stage = 'PLANNED'`},
		{name: "stages OR", filter: map[string]any{"stages": list("COMPLETED", "IN_PROGRESS")}, where: `x.stage IN ('COMPLETED', 'IN_PROGRESS')`},
		{name: "stages empty list", filter: map[string]any{"stages": list()}, where: "false", expect: expectNone},
		{name: "co-production levels", filter: map[string]any{"coproductionLevels": list("CO_PRODUCTION")}, where: `x.coproduction_level = 'CO_PRODUCTION'`},
		{name: "co-production levels OR", filter: map[string]any{"coproductionLevels": list("INFORMING", "EDUCATING")}, where: `x.coproduction_level IN ('INFORMING', 'EDUCATING')`},
		{name: "co-production levels empty list", filter: map[string]any{"coproductionLevels": list()}, where: "false", expect: expectNone},
		{name: "startsOn from is inclusive", filter: map[string]any{"startsOn": map[string]any{"from": "2024-04-02"}}, where: `x.starts_on >= '2024-04-02'`},
		{name: "startsOn from on a busy day", filter: map[string]any{"startsOn": map[string]any{"from": "2024-04-01"}}, where: `x.starts_on >= '2024-04-01'`},
		{name: "startsOn to is inclusive", filter: map[string]any{"startsOn": map[string]any{"to": "2024-04-01"}}, where: `x.starts_on <= '2024-04-01'`},
		{name: "startsOn both ends inclusive", filter: map[string]any{"startsOn": map[string]any{"from": "2024-06-01", "to": "2024-06-03"}}, where: `x.starts_on BETWEEN '2024-06-01' AND '2024-06-03'`},
		{name: "startsOn one day", filter: map[string]any{"startsOn": map[string]any{"from": "2024-06-03", "to": "2024-06-03"}}, where: `x.starts_on = '2024-06-03'`},
		{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
		{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
		{name: "empty filter", filter: map[string]any{}, where: "true", expect: expectAll},
		{name: "AND: theme and region", filter: map[string]any{"themes": list("unpaid-carers"), "regions": list("london")},
			where: projectThemes(1) + ` AND ` + strings.ReplaceAll(projectInRegions, "$1", "$2"), args: []any{sqlArray("unpaid-carers"), sqlArray("london")}},
		{name: "AND: provenance, stage and priority", filter: map[string]any{"provenance": "ILLUSTRATIVE", "stages": list("COMPLETED"), "priorities": []int{6}},
			where: `x.provenance = 'ILLUSTRATIVE' AND x.stage = 'COMPLETED' AND EXISTS (SELECT 1 FROM project_priority pp JOIN priority pr ON pr.id = pp.priority_id WHERE pp.project_id = x.id AND pr.number = 6)`},
		{name: "AND: region code and ICS list", filter: map[string]any{"regions": list("E12000001"), "integratedCareSystems": list("fictonbury-and-dummydale", "west-yorkshire")},
			where: projectInRegions + ` AND ` + strings.ReplaceAll(projectInICS, "$1", "$2"), args: []any{sqlArray("E12000001"), sqlArray("fictonbury-and-dummydale", "west-yorkshire")}},
		{name: "AND: target groups and no unpaid carer focus", filter: map[string]any{"targetGroups": list("OLDER_PEOPLE", "CARE_WORKFORCE"), "unpaidCarerFocus": false},
			where: `x.target_groups && ARRAY['OLDER_PEOPLE', 'CARE_WORKFORCE'] AND NOT ('UNPAID_CARERS' = ANY(x.target_groups))`},
		{name: "AND: dates and co-production level", filter: map[string]any{"startsOn": map[string]any{"from": "2024-04-01", "to": "2024-12-31"}, "coproductionLevels": list("CO_PRODUCTION", "CO_DESIGN")},
			where: `x.starts_on BETWEEN '2024-04-01' AND '2024-12-31' AND x.coproduction_level IN ('CO_PRODUCTION', 'CO_DESIGN')`},
		{name: "AND: consortium and lead that never meet", filter: map[string]any{"consortia": list("mockshire-arf"), "leadOrganisations": list("exampleshire-county-council")},
			where: `x.consortium_id IN (SELECT id FROM consortium WHERE slug = 'mockshire-arf') AND x.lead_organisation_id IN (SELECT id FROM organisation WHERE slug = 'exampleshire-county-council')`, expect: expectNone},
		{name: "AND: unpaid carer focus and theme, local authority", filter: map[string]any{"unpaidCarerFocus": true, "themes": list("short-breaks"), "localAuthorities": list("exampleshire", "mockshire", "X06000008")},
			where: `'UNPAID_CARERS' = ANY(x.target_groups) AND ` + projectThemes(1) + ` AND ` + strings.ReplaceAll(projectInLAs, "$1", "$2"), args: []any{sqlArray("short-breaks"), sqlArray("exampleshire", "mockshire", "X06000008")}},
	}
	runFilterCases(t, a, "projects", "ProjectFilter", "published_project", cases)

	t.Run("a theme finds projects filed only beneath it", func(t *testing.T) {
		onlyBeneath := a.sqlStrings(t, `SELECT p.slug FROM published_project p
			WHERE EXISTS (SELECT 1 FROM project_topic pt JOIN topic t ON t.id = pt.topic_id JOIN topic parent ON parent.id = t.parent_id WHERE pt.project_id = p.id AND parent.slug = 'unpaid-carers')
			AND NOT EXISTS (SELECT 1 FROM project_topic pt JOIN topic t ON t.id = pt.topic_id WHERE pt.project_id = p.id AND t.slug = 'unpaid-carers')`)
		if len(onlyBeneath) == 0 {
			t.Fatal("the sample data has no project filed only under a child of unpaid-carers")
		}
		got, _ := a.slugsOf(t, `query($after: String) { projects(first: 100, after: $after, filter: {themes: ["unpaid-carers"]}) { `+pageInfoFields+` nodes { slug } } }`, nil, "projects", "slug")
		in := counted(got)
		for _, s := range onlyBeneath {
			if in[s] == 0 {
				t.Errorf("themes: [unpaid-carers] misses %s, filed only under a child topic", s)
			}
		}
	})
}

func resourceTopics(n int) string {
	return `EXISTS (SELECT 1 FROM resource_topic rt WHERE rt.resource_id = x.id AND rt.topic_id IN ` + fmt.Sprintf(under, n) + `)`
}

const (
	resourceProjects = `EXISTS (SELECT 1 FROM resource_project rp JOIN project p ON p.id = rp.project_id WHERE rp.resource_id = x.id AND p.slug = ANY($1))`
	resourceEvents   = `EXISTS (SELECT 1 FROM resource_event re JOIN event e ON e.id = re.event_id WHERE re.resource_id = x.id AND e.slug = ANY($1))`
	resourceAuthors  = `EXISTS (SELECT 1 FROM resource_author ra JOIN person pe ON pe.id = ra.person_id WHERE ra.resource_id = x.id AND pe.slug = ANY($1))`
	resourceAboutUC  = `EXISTS (SELECT 1 FROM resource_project rp JOIN published_project p ON p.id = rp.project_id WHERE rp.resource_id = x.id AND 'UNPAID_CARERS' = ANY(p.target_groups))`
)

func TestResourceFilter(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	list := stringList
	cases := []filterCase{
		{name: "types", filter: map[string]any{"types": list("CASE_STUDY")}, where: `x.type = 'CASE_STUDY'`},
		{name: "types OR", filter: map[string]any{"types": list("GUIDE", "REPORT", "PODCAST")}, where: `x.type IN ('GUIDE', 'REPORT', 'PODCAST')`},
		{name: "types empty list", filter: map[string]any{"types": list()}, where: "false", expect: expectNone},
		{name: "audiences", filter: map[string]any{"audiences": list("UNPAID_CARERS")}, where: `'UNPAID_CARERS' = ANY(x.audiences)`},
		{name: "audiences OR", filter: map[string]any{"audiences": list("RESEARCHERS", "POLICYMAKERS")}, where: `'RESEARCHERS' = ANY(x.audiences) OR 'POLICYMAKERS' = ANY(x.audiences)`},
		{name: "audiences empty list", filter: map[string]any{"audiences": list()}, where: "false", expect: expectNone},
		{name: "topic theme matches descendants", filter: map[string]any{"topics": list("unpaid-carers")}, where: resourceTopics(1), args: []any{sqlArray("unpaid-carers")}},
		{name: "topic leaf", filter: map[string]any{"topics": list("shared-lives")}, where: resourceTopics(1), args: []any{sqlArray("shared-lives")}},
		{name: "topics OR", filter: map[string]any{"topics": list("workforce", "co-production")}, where: resourceTopics(1), args: []any{sqlArray("workforce", "co-production")}},
		{name: "topics empty list", filter: map[string]any{"topics": list()}, where: "false", expect: expectNone},
		{name: "projects", filter: map[string]any{"projects": list("exampleshire-carers-card")}, where: resourceProjects, args: []any{sqlArray("exampleshire-carers-card")}},
		{name: "projects OR", filter: map[string]any{"projects": list("north-west-london-carers-card", "mockshire-shared-lives-growth")}, where: resourceProjects, args: []any{sqlArray("north-west-london-carers-card", "mockshire-shared-lives-growth")}},
		{name: "projects empty list", filter: map[string]any{"projects": list()}, where: "false", expect: expectNone},
		{name: "events", filter: map[string]any{"events": list("designing-a-carers-card-webinar")}, where: resourceEvents, args: []any{sqlArray("designing-a-carers-card-webinar")}},
		{name: "events OR", filter: map[string]any{"events": list("co-production-week-2025-conference", "exampleshire-festival-2025-conference", "exampleshire-festival-2025-workshop-carers-card")}, where: resourceEvents, args: []any{sqlArray("co-production-week-2025-conference", "exampleshire-festival-2025-conference", "exampleshire-festival-2025-workshop-carers-card")}},
		{name: "events empty list", filter: map[string]any{"events": list()}, where: "false", expect: expectNone},
		{name: "authors", filter: map[string]any{"authors": list("alex-example")}, where: resourceAuthors, args: []any{sqlArray("alex-example")}},
		{name: "authors OR", filter: map[string]any{"authors": list("sam-placeholder", "jordan-sample")}, where: resourceAuthors, args: []any{sqlArray("sam-placeholder", "jordan-sample")}},
		{name: "authors empty list", filter: map[string]any{"authors": list()}, where: "false", expect: expectNone},
		{name: "about unpaid carer projects", filter: map[string]any{"aboutUnpaidCarerProjects": true}, where: resourceAboutUC},
		{name: "not about unpaid carer projects", filter: map[string]any{"aboutUnpaidCarerProjects": false}, where: `NOT ` + resourceAboutUC},
		{name: "accessibility format", filter: map[string]any{"accessibilityFormats": list("TRANSCRIPT")}, where: `'TRANSCRIPT' = ANY(x.accessibility_formats)`},
		{name: "accessibility formats are ANDed", filter: map[string]any{"accessibilityFormats": list("CAPTIONS", "BSL")}, where: `'CAPTIONS' = ANY(x.accessibility_formats) AND 'BSL' = ANY(x.accessibility_formats)`},
		{name: "publishedOn one day includes both ends", filter: map[string]any{"publishedOn": map[string]any{"from": "2024-05-31", "to": "2024-05-31"}}, where: `x.published_earliest = '2024-05-31'`},
		{name: "publishedOn from is inclusive", filter: map[string]any{"publishedOn": map[string]any{"from": "2026-11-20"}}, where: `x.published_earliest >= '2026-11-20'`},
		{name: "publishedOn to is inclusive", filter: map[string]any{"publishedOn": map[string]any{"to": "2024-06-30"}}, where: `x.published_earliest <= '2024-06-30'`},
		{name: "publishedOn range", filter: map[string]any{"publishedOn": map[string]any{"from": "2024-10-28", "to": "2025-01-29"}}, where: `x.published_earliest BETWEEN '2024-10-28' AND '2025-01-29'`},
		{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
		{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
		{name: "empty filter", filter: map[string]any{}, where: "true", expect: expectAll},
		{name: "AND: type and audience", filter: map[string]any{"types": list("CASE_STUDY", "GUIDE"), "audiences": list("UNPAID_CARERS")},
			where: `x.type IN ('CASE_STUDY', 'GUIDE') AND 'UNPAID_CARERS' = ANY(x.audiences)`},
		{name: "AND: topic, provenance and date", filter: map[string]any{"topics": list("unpaid-carers"), "provenance": "ILLUSTRATIVE", "publishedOn": map[string]any{"from": "2025-01-01"}},
			where: resourceTopics(1) + ` AND x.provenance = 'ILLUSTRATIVE' AND x.published_earliest >= '2025-01-01'`, args: []any{sqlArray("unpaid-carers")}},
		{name: "AND: about unpaid carer projects and formats", filter: map[string]any{"aboutUnpaidCarerProjects": true, "accessibilityFormats": list("EASY_READ")},
			where: resourceAboutUC + ` AND 'EASY_READ' = ANY(x.accessibility_formats)`},
		{name: "AND: project and author", filter: map[string]any{"projects": list("exampleshire-carers-card", "mockshire-shared-lives-growth"), "authors": list("alex-example", "taylor-fictional", "jordan-sample")},
			where: resourceProjects + ` AND ` + strings.ReplaceAll(resourceAuthors, "$1", "$2"), args: []any{sqlArray("exampleshire-carers-card", "mockshire-shared-lives-growth"), sqlArray("alex-example", "taylor-fictional", "jordan-sample")}},
	}
	runFilterCases(t, a, "resources", "ResourceFilter", "published_resource", cases)
}

func eventTopics(n int) string {
	return `EXISTS (SELECT 1 FROM event_topic et WHERE et.event_id = x.id AND et.topic_id IN ` + fmt.Sprintf(under, n) + `)`
}

const (
	eventSeries   = `x.series_id IN (SELECT id FROM event_series WHERE slug = ANY($1))`
	eventProjects = `EXISTS (SELECT 1 FROM event_project ep JOIN project p ON p.id = ep.project_id WHERE ep.event_id = x.id AND p.slug = ANY($1))`
	eventHosts    = `x.host_organisation_id IN (SELECT id FROM organisation WHERE slug = ANY($1))`
	// ukDay is the calendar day an event starts on, in UK time.
	ukDay = `(x.starts_at AT TIME ZONE 'Europe/London')::date`
)

func TestEventFilter(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	list := stringList
	cases := []filterCase{
		{name: "series", filter: map[string]any{"series": list("co-production-week-2025")}, where: eventSeries, args: []any{sqlArray("co-production-week-2025")}},
		{name: "series OR", filter: map[string]any{"series": list("exampleshire-carers-learning-festival-2025", "exampleshire-carers-learning-festival-2026")}, where: eventSeries, args: []any{sqlArray("exampleshire-carers-learning-festival-2025", "exampleshire-carers-learning-festival-2026")}},
		{name: "series empty list", filter: map[string]any{"series": list()}, where: "false", expect: expectNone},
		{name: "types", filter: map[string]any{"types": list("WORKSHOP")}, where: `x.type = 'WORKSHOP'`},
		{name: "types OR", filter: map[string]any{"types": list("WEBINAR", "TRAINING")}, where: `x.type IN ('WEBINAR', 'TRAINING')`},
		{name: "types empty list", filter: map[string]any{"types": list()}, where: "false", expect: expectNone},
		{name: "delivery modes", filter: map[string]any{"deliveryModes": list("ONLINE")}, where: `x.delivery_mode = 'ONLINE'`},
		{name: "delivery modes OR", filter: map[string]any{"deliveryModes": list("IN_PERSON", "HYBRID")}, where: `x.delivery_mode IN ('IN_PERSON', 'HYBRID')`},
		{name: "delivery modes empty list", filter: map[string]any{"deliveryModes": list()}, where: "false", expect: expectNone},
		{name: "registration sold out", filter: map[string]any{"registrationStatuses": list("SOLD_OUT")}, where: `x.registration_status = 'SOLD_OUT'`},
		{name: "registration OR", filter: map[string]any{"registrationStatuses": list("WAITING_LIST", "OPEN")}, where: `x.registration_status IN ('WAITING_LIST', 'OPEN')`},
		{name: "registration empty list", filter: map[string]any{"registrationStatuses": list()}, where: "false", expect: expectNone},
		{name: "topic theme matches descendants", filter: map[string]any{"topics": list("unpaid-carers")}, where: eventTopics(1), args: []any{sqlArray("unpaid-carers")}},
		{name: "topics OR", filter: map[string]any{"topics": list("co-production", "workforce-training")}, where: eventTopics(1), args: []any{sqlArray("co-production", "workforce-training")}},
		{name: "topics empty list", filter: map[string]any{"topics": list()}, where: "false", expect: expectNone},
		{name: "projects", filter: map[string]any{"projects": list("exampleshire-carers-card")}, where: eventProjects, args: []any{sqlArray("exampleshire-carers-card")}},
		{name: "projects OR", filter: map[string]any{"projects": list("mockshire-shared-lives-growth", "placeholder-vale-young-adult-carers")}, where: eventProjects, args: []any{sqlArray("mockshire-shared-lives-growth", "placeholder-vale-young-adult-carers")}},
		{name: "projects empty list", filter: map[string]any{"projects": list()}, where: "false", expect: expectNone},
		{name: "hosts", filter: map[string]any{"hosts": list("social-care-institute-for-excellence")}, where: eventHosts, args: []any{sqlArray("social-care-institute-for-excellence")}},
		{name: "hosts OR", filter: map[string]any{"hosts": list("exampleshire-county-council", "mockford-shared-lives-network")}, where: eventHosts, args: []any{sqlArray("exampleshire-county-council", "mockford-shared-lives-network")}},
		{name: "hosts empty list", filter: map[string]any{"hosts": list()}, where: "false", expect: expectNone},
		{name: "top level", filter: map[string]any{"topLevel": true}, where: `x.parent_id IS NULL`},
		{name: "not top level", filter: map[string]any{"topLevel": false}, where: `x.parent_id IS NOT NULL`},
		{name: "startsAt from is inclusive (UTC input)", filter: map[string]any{"startsAt": map[string]any{"from": "2025-07-01T09:00:00Z"}}, where: `x.starts_at >= '2025-07-01 09:00:00+00'`},
		{name: "startsAt to is exclusive (UTC input)", filter: map[string]any{"startsAt": map[string]any{"to": "2025-07-01T09:00:00Z"}}, where: `x.starts_at < '2025-07-01 09:00:00+00'`},
		{name: "startsAt one second at 10:00 BST", filter: map[string]any{"startsAt": map[string]any{"from": "2025-07-01T10:00:00+01:00", "to": "2025-07-01T10:00:01+01:00"}}, where: `x.starts_at = '2025-07-01 09:00:00+00'`},
		{name: "startsAt range excludes an event starting at to", filter: map[string]any{"startsAt": map[string]any{"from": "2025-07-01T10:00:00+01:00", "to": "2025-07-03T10:30:00+01:00"}}, where: `x.starts_at >= '2025-07-01 09:00:00+00' AND x.starts_at < '2025-07-03 09:30:00+00'`},
		{name: "startsAt in another offset", filter: map[string]any{"startsAt": map[string]any{"from": "2025-07-01T04:00:00-05:00", "to": "2025-07-03T05:30:01-04:00"}}, where: `x.starts_at >= '2025-07-01 09:00:00+00' AND x.starts_at < '2025-07-03 09:30:01+00'`},
		{name: "startsOn the conference day (UK)", filter: map[string]any{"startsOn": map[string]any{"from": "2025-07-01", "to": "2025-07-01"}}, where: ukDay + ` = '2025-07-01'`},
		{name: "startsOn from is inclusive", filter: map[string]any{"startsOn": map[string]any{"from": "2025-07-01"}}, where: ukDay + ` >= '2025-07-01'`},
		{name: "startsOn to is inclusive", filter: map[string]any{"startsOn": map[string]any{"to": "2025-07-01"}}, where: ukDay + ` <= '2025-07-01'`},
		{name: "startsOn winter days", filter: map[string]any{"startsOn": map[string]any{"from": "2025-03-12", "to": "2025-03-13"}}, where: ukDay + ` BETWEEN '2025-03-12' AND '2025-03-13'`},
		{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
		{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
		{name: "empty filter", filter: map[string]any{}, where: "true", expect: expectAll},
		{name: "AND: series and top level", filter: map[string]any{"series": list("co-production-week-2025"), "topLevel": true}, where: eventSeries + ` AND x.parent_id IS NULL`, args: []any{sqlArray("co-production-week-2025")}},
		{name: "AND: type, not top level, provenance", filter: map[string]any{"types": list("WORKSHOP"), "topLevel": false, "provenance": "ILLUSTRATIVE"},
			where: `x.type = 'WORKSHOP' AND x.parent_id IS NOT NULL AND x.provenance = 'ILLUSTRATIVE'`},
		{name: "AND: topic, mode and day range", filter: map[string]any{"topics": list("unpaid-carers"), "deliveryModes": list("ONLINE", "HYBRID"), "startsOn": map[string]any{"from": "2025-01-01", "to": "2026-12-31"}},
			where: eventTopics(1) + ` AND x.delivery_mode IN ('ONLINE', 'HYBRID') AND ` + ukDay + ` BETWEEN '2025-01-01' AND '2026-12-31'`, args: []any{sqlArray("unpaid-carers")}},
		{name: "AND: host and registration", filter: map[string]any{"hosts": list("exampleshire-carers-together"), "registrationStatuses": list("OPEN", "SOLD_OUT", "WAITING_LIST")},
			where: eventHosts + ` AND x.registration_status IN ('OPEN', 'SOLD_OUT', 'WAITING_LIST')`, args: []any{sqlArray("exampleshire-carers-together")}},
	}
	runFilterCases(t, a, "events", "EventFilter", "published_event", cases)
}

func TestReferenceFilters(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	list := stringList
	const icsInRegions = `x.id IN (SELECT il.ics_id FROM ics_local_authority il JOIN local_authority la ON la.id = il.local_authority_id JOIN region r ON r.id = la.region_id WHERE r.slug = ANY($1) OR r.code = ANY($1))`
	const icsInNHS = `x.nhs_region_id IN (SELECT id FROM nhs_region WHERE slug = ANY($1) OR code = ANY($1))`
	t.Run("IntegratedCareSystemFilter", func(t *testing.T) {
		runFilterCases(t, a, "integratedCareSystems", "IntegratedCareSystemFilter", "ics", []filterCase{
			{name: "NHS region by slug", filter: map[string]any{"nhsRegions": list("london")}, where: icsInNHS, args: []any{sqlArray("london")}},
			{name: "NHS region by code", filter: map[string]any{"nhsRegions": list("E40000012")}, where: icsInNHS, args: []any{sqlArray("E40000012")}},
			{name: "NHS regions OR", filter: map[string]any{"nhsRegions": list("midlands", "E40000006")}, where: icsInNHS, args: []any{sqlArray("midlands", "E40000006")}},
			{name: "NHS regions empty list", filter: map[string]any{"nhsRegions": list()}, where: "false", expect: expectNone},
			{name: "region by slug", filter: map[string]any{"regions": list("yorkshire-and-the-humber")}, where: icsInRegions, args: []any{sqlArray("yorkshire-and-the-humber")}},
			{name: "regions OR by code and slug", filter: map[string]any{"regions": list("E12000001", "london")}, where: icsInRegions, args: []any{sqlArray("E12000001", "london")}},
			{name: "regions empty list", filter: map[string]any{"regions": list()}, where: "false", expect: expectNone},
			{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
			{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
			{name: "AND: NHS region, region, provenance", filter: map[string]any{"nhsRegions": list("north-east-and-yorkshire"), "regions": list("north-east"), "provenance": "ILLUSTRATIVE"},
				where: icsInNHS + ` AND ` + strings.ReplaceAll(icsInRegions, "$1", "$2") + ` AND x.provenance = 'ILLUSTRATIVE'`, args: []any{sqlArray("north-east-and-yorkshire"), sqlArray("north-east")}},
		})
	})
	const laInICS = `x.id IN (SELECT il.local_authority_id FROM ics_local_authority il JOIN ics i ON i.id = il.ics_id WHERE i.slug = ANY($1) OR i.code = ANY($1))`
	const laInRegions = `x.region_id IN (SELECT id FROM region WHERE slug = ANY($1) OR code = ANY($1))`
	t.Run("LocalAuthorityFilter", func(t *testing.T) {
		runFilterCases(t, a, "localAuthorities", "LocalAuthorityFilter", "local_authority", []filterCase{
			{name: "region by slug", filter: map[string]any{"regions": list("london")}, where: laInRegions, args: []any{sqlArray("london")}},
			{name: "regions OR by code", filter: map[string]any{"regions": list("E12000003", "E12000008")}, where: laInRegions, args: []any{sqlArray("E12000003", "E12000008")}},
			{name: "regions empty list", filter: map[string]any{"regions": list()}, where: "false", expect: expectNone},
			{name: "ICS by slug", filter: map[string]any{"integratedCareSystems": list("north-west-london")}, where: laInICS, args: []any{sqlArray("north-west-london")}},
			{name: "ICS OR by code", filter: map[string]any{"integratedCareSystems": list("E54000054", "X54000002")}, where: laInICS, args: []any{sqlArray("E54000054", "X54000002")}},
			{name: "ICS empty list", filter: map[string]any{"integratedCareSystems": list()}, where: "false", expect: expectNone},
			{name: "kinds", filter: map[string]any{"kinds": list("LONDON_BOROUGH")}, where: `x.kind = 'LONDON_BOROUGH'`},
			{name: "kinds OR", filter: map[string]any{"kinds": list("COUNTY", "UNITARY")}, where: `x.kind IN ('COUNTY', 'UNITARY')`},
			{name: "kinds empty list", filter: map[string]any{"kinds": list()}, where: "false", expect: expectNone},
			{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
			{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
			{name: "AND: region, kind, provenance", filter: map[string]any{"regions": list("yorkshire-and-the-humber"), "kinds": list("METROPOLITAN_DISTRICT"), "provenance": "VERIFIED_PUBLIC"},
				where: laInRegions + ` AND x.kind = 'METROPOLITAN_DISTRICT' AND x.provenance = 'VERIFIED_PUBLIC'`, args: []any{sqlArray("yorkshire-and-the-humber")}},
			{name: "AND: ICS and region", filter: map[string]any{"integratedCareSystems": list("fictonbury-and-dummydale"), "regions": list("north-east")},
				where: laInICS + ` AND ` + strings.ReplaceAll(laInRegions, "$1", "$2"), args: []any{sqlArray("fictonbury-and-dummydale"), sqlArray("north-east")}},
		})
	})
	t.Run("OrganisationFilter", func(t *testing.T) {
		runFilterCases(t, a, "organisations", "OrganisationFilter", "organisation", []filterCase{
			{name: "kinds", filter: map[string]any{"kinds": list("COUNCIL")}, where: `x.kind = 'COUNCIL'`},
			{name: "kinds OR", filter: map[string]any{"kinds": list("VCSE", "UNIVERSITY")}, where: `x.kind IN ('VCSE', 'UNIVERSITY')`},
			{name: "kinds empty list", filter: map[string]any{"kinds": list()}, where: "false", expect: expectNone},
			{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
			{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
			{name: "AND: kind and provenance", filter: map[string]any{"kinds": list("COUNCIL", "NATIONAL_BODY"), "provenance": "VERIFIED_PUBLIC"}, where: `x.kind IN ('COUNCIL', 'NATIONAL_BODY') AND x.provenance = 'VERIFIED_PUBLIC'`},
		})
	})
	const personOrgs = `x.organisation_id IN (SELECT id FROM organisation WHERE slug = ANY($1))`
	t.Run("PersonFilter", func(t *testing.T) {
		runFilterCases(t, a, "people", "PersonFilter", "person", []filterCase{
			{name: "organisation", filter: map[string]any{"organisations": list("exampleshire-carers-together")}, where: personOrgs, args: []any{sqlArray("exampleshire-carers-together")}},
			{name: "organisations OR", filter: map[string]any{"organisations": list("exampleshire-county-council", "university-of-exampleshire", "national-institute-of-example-care")}, where: personOrgs, args: []any{sqlArray("exampleshire-county-council", "university-of-exampleshire", "national-institute-of-example-care")}},
			{name: "organisation without people", filter: map[string]any{"organisations": list("oxfordshire-county-council")}, where: personOrgs, args: []any{sqlArray("oxfordshire-county-council")}, expect: expectNone},
			{name: "organisations empty list", filter: map[string]any{"organisations": list()}, where: "false", expect: expectNone},
			{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
			{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
			{name: "AND: organisation and provenance", filter: map[string]any{"organisations": list("exampleshire-carers-together"), "provenance": "VERIFIED_PUBLIC"}, where: personOrgs + ` AND x.provenance = 'VERIFIED_PUBLIC'`, args: []any{sqlArray("exampleshire-carers-together")}, expect: expectNone},
		})
	})
	const topicParent = `x.parent_id = (SELECT id FROM topic WHERE slug = $1)`
	t.Run("TopicFilter", func(t *testing.T) {
		runFilterCases(t, a, "topics", "TopicFilter", "topic", []filterCase{
			{name: "themes", filter: map[string]any{"isTheme": true}, where: `x.parent_id IS NULL`},
			{name: "topics beneath themes", filter: map[string]any{"isTheme": false}, where: `x.parent_id IS NOT NULL`},
			{name: "children of a theme", filter: map[string]any{"parent": "unpaid-carers"}, where: topicParent, args: []any{"unpaid-carers"}},
			{name: "children of a leaf", filter: map[string]any{"parent": "shared-lives"}, where: topicParent, args: []any{"shared-lives"}, expect: expectNone},
			{name: "AND: not a theme and parent", filter: map[string]any{"isTheme": false, "parent": "community-based-care"}, where: topicParent + ` AND x.parent_id IS NOT NULL`, args: []any{"community-based-care"}},
			{name: "AND: a theme and parent", filter: map[string]any{"isTheme": true, "parent": "community-based-care"}, where: topicParent + ` AND x.parent_id IS NULL`, args: []any{"community-based-care"}, expect: expectNone},
		})
	})
	const consRegions = `x.ics_id IN (SELECT il.ics_id FROM ics_local_authority il JOIN local_authority la ON la.id = il.local_authority_id JOIN region r ON r.id = la.region_id WHERE r.slug = ANY($1) OR r.code = ANY($1))`
	const consNHS = `x.ics_id IN (SELECT i.id FROM ics i JOIN nhs_region n ON n.id = i.nhs_region_id WHERE n.slug = ANY($1) OR n.code = ANY($1))`
	t.Run("ConsortiumFilter", func(t *testing.T) {
		runFilterCases(t, a, "consortia", "ConsortiumFilter", "consortium", []filterCase{
			{name: "region by slug", filter: map[string]any{"regions": list("london")}, where: consRegions, args: []any{sqlArray("london")}},
			{name: "regions OR by code", filter: map[string]any{"regions": list("E12000001", "E12000005")}, where: consRegions, args: []any{sqlArray("E12000001", "E12000005")}},
			{name: "regions empty list", filter: map[string]any{"regions": list()}, where: "false", expect: expectNone},
			{name: "NHS region by slug", filter: map[string]any{"nhsRegions": list("south-west")}, where: consNHS, args: []any{sqlArray("south-west")}},
			{name: "NHS regions OR by code", filter: map[string]any{"nhsRegions": list("E40000003", "north-west")}, where: consNHS, args: []any{sqlArray("E40000003", "north-west")}},
			{name: "NHS regions empty list", filter: map[string]any{"nhsRegions": list()}, where: "false", expect: expectNone},
			{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
			{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
			{name: "AND: region and NHS region and provenance", filter: map[string]any{"regions": list("yorkshire-and-the-humber"), "nhsRegions": list("north-east-and-yorkshire"), "provenance": "VERIFIED_PUBLIC"},
				where: consRegions + ` AND ` + strings.ReplaceAll(consNHS, "$1", "$2") + ` AND x.provenance = 'VERIFIED_PUBLIC'`, args: []any{sqlArray("yorkshire-and-the-humber"), sqlArray("north-east-and-yorkshire")}},
		})
	})
	t.Run("EventSeriesFilter", func(t *testing.T) {
		runFilterCases(t, a, "eventSeriesList", "EventSeriesFilter", "published_event_series", []filterCase{
			{name: "brand", filter: map[string]any{"brand": "Co-production Week"}, where: `x.brand = 'Co-production Week'`},
			{name: "brand is exact", filter: map[string]any{"brand": "co-production week"}, where: `x.brand = 'co-production week'`, expect: expectNone},
			{name: "yearFrom is inclusive", filter: map[string]any{"yearFrom": 2025}, where: `x.year >= 2025`},
			{name: "yearTo is inclusive", filter: map[string]any{"yearTo": 2020}, where: `x.year <= 2020`},
			{name: "year range", filter: map[string]any{"yearFrom": 2024, "yearTo": 2024}, where: `x.year = 2024`},
			{name: "verified", filter: map[string]any{"provenance": "VERIFIED_PUBLIC"}, where: `x.provenance = 'VERIFIED_PUBLIC'`},
			{name: "illustrative", filter: map[string]any{"provenance": "ILLUSTRATIVE"}, where: `x.provenance = 'ILLUSTRATIVE'`},
			{name: "AND: brand and years", filter: map[string]any{"brand": "Exampleshire Carers Learning Festival", "yearFrom": 2025, "yearTo": 2030}, where: `x.brand = 'Exampleshire Carers Learning Festival' AND x.year BETWEEN 2025 AND 2030`},
		})
	})
}

// TestNestedConnectionFilters: the filters offered on nested connections
// narrow the records under their parent.
func TestNestedConnectionFilters(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	cases := []struct {
		name  string
		query string // with $after, selecting the connection at path
		path  string
		sql   string
		args  []any
	}{
		{"region.projects(themes)", `query($after: String) { region(slug: "london") { projects(first: 3, after: $after, filter: {themes: ["unpaid-carers"]}) { ` + pageInfoFields + ` nodes { slug } } } }`, "region.projects",
			`SELECT x.slug FROM published_project x WHERE ` + projectInRegions + ` AND ` + projectThemes(2), []any{sqlArray("london"), sqlArray("unpaid-carers")}},
		{"region.projects(provenance, stages)", `query($after: String) { region(code: "E12000003") { projects(first: 3, after: $after, filter: {provenance: ILLUSTRATIVE, stages: [IN_PROGRESS]}) { ` + pageInfoFields + ` nodes { slug } } } }`, "region.projects",
			`SELECT x.slug FROM published_project x WHERE ` + projectInRegions + ` AND x.provenance = 'ILLUSTRATIVE' AND x.stage = 'IN_PROGRESS'`, []any{sqlArray("E12000003")}},
		{"integratedCareSystem.projects(unpaidCarerFocus)", `query($after: String) { integratedCareSystem(slug: "exampleshire") { projects(first: 2, after: $after, filter: {unpaidCarerFocus: true}) { ` + pageInfoFields + ` nodes { slug } } } }`, "integratedCareSystem.projects",
			`SELECT x.slug FROM published_project x WHERE ` + projectInICS + ` AND 'UNPAID_CARERS' = ANY(x.target_groups)`, []any{sqlArray("exampleshire")}},
		{"project.resources(types, publishedOn)", `query($after: String) { project(slug: "mockshire-shared-lives-growth") { resources(first: 2, after: $after, filter: {types: [LEARNING_NOTE, GUIDE, TOOL, E_LEARNING], publishedOn: {to: "2025-01-26"}}) { ` + pageInfoFields + ` nodes { slug } } } }`, "project.resources",
			`SELECT x.slug FROM published_resource x WHERE ` + resourceProjects + ` AND x.type IN ('LEARNING_NOTE', 'GUIDE', 'TOOL', 'E_LEARNING') AND x.published_earliest <= '2025-01-26'`, []any{sqlArray("mockshire-shared-lives-growth")}},
		{"project.events(topLevel)", `query($after: String) { project(slug: "exampleshire-carers-card") { events(first: 2, after: $after, filter: {topLevel: true}) { ` + pageInfoFields + ` nodes { slug } } } }`, "project.events",
			`SELECT x.slug FROM published_event x WHERE ` + eventProjects + ` AND x.parent_id IS NULL`, []any{sqlArray("exampleshire-carers-card")}},
		{"eventSeries.events(types)", `query($after: String) { eventSeries(slug: "exampleshire-carers-learning-festival-2025") { events(first: 2, after: $after, filter: {types: [WORKSHOP]}) { ` + pageInfoFields + ` nodes { slug } } } }`, "eventSeries.events",
			`SELECT x.slug FROM published_event x WHERE ` + eventSeries + ` AND x.type = 'WORKSHOP'`, []any{sqlArray("exampleshire-carers-learning-festival-2025")}},
		{"eventSeries.events(startsOn)", `query($after: String) { eventSeries(slug: "exampleshire-carers-learning-festival-2025") { events(first: 2, after: $after, filter: {startsOn: {from: "2025-03-12", to: "2025-03-12"}}) { ` + pageInfoFields + ` nodes { slug } } } }`, "eventSeries.events",
			`SELECT x.slug FROM published_event x WHERE ` + eventSeries + ` AND ` + ukDay + ` = '2025-03-12'`, []any{sqlArray("exampleshire-carers-learning-festival-2025")}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := a.sqlStrings(t, c.sql, c.args...)
			if len(want) < 2 {
				t.Fatalf("case too weak: ground truth has %d rows", len(want))
			}
			got, total := a.slugsOf(t, c.query, nil, c.path, "slug")
			sameSet(t, c.name, got, want)
			if total != len(want) {
				t.Errorf("%s: totalCount %d, want %d", c.name, total, len(want))
			}
		})
	}
}

// TestFilterValuesThatNameNothingAreErrors: an unknown slug or code in a
// filter is a BAD_USER_INPUT error naming it, even beside known ones, and
// so are reversed or malformed ranges.
func TestFilterValuesThatNameNothingAreErrors(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	cases := []struct{ name, query, mention string }{
		{"project region", `{ projects(filter: {regions: ["london", "atlantis"]}) { totalCount } }`, "atlantis"},
		{"project ICS", `{ projects(filter: {integratedCareSystems: ["E54999999"]}) { totalCount } }`, "E54999999"},
		{"project local authority", `{ projects(filter: {localAuthorities: ["gotham"]}) { totalCount } }`, "gotham"},
		{"project consortium", `{ projects(filter: {consortia: ["no-such-arf"]}) { totalCount } }`, "no-such-arf"},
		{"project lead", `{ projects(filter: {leadOrganisations: ["no-such-org"]}) { totalCount } }`, "no-such-org"},
		{"project theme", `{ projects(filter: {themes: ["unpaid-carers", "no-such-topic"]}) { totalCount } }`, "no-such-topic"},
		{"resource topic", `{ resources(filter: {topics: ["no-such-topic"]}) { totalCount } }`, "no-such-topic"},
		{"resource project", `{ resources(filter: {projects: ["no-such-project"]}) { totalCount } }`, "no-such-project"},
		{"resource event", `{ resources(filter: {events: ["no-such-event"]}) { totalCount } }`, "no-such-event"},
		{"resource author", `{ resources(filter: {authors: ["no-such-person"]}) { totalCount } }`, "no-such-person"},
		{"event series", `{ events(filter: {series: ["no-such-series"]}) { totalCount } }`, "no-such-series"},
		{"event topic", `{ events(filter: {topics: ["no-such-topic"]}) { totalCount } }`, "no-such-topic"},
		{"event project", `{ events(filter: {projects: ["no-such-project"]}) { totalCount } }`, "no-such-project"},
		{"event host", `{ events(filter: {hosts: ["no-such-org"]}) { totalCount } }`, "no-such-org"},
		{"ICS NHS region", `{ integratedCareSystems(filter: {nhsRegions: ["E40999999"]}) { totalCount } }`, "E40999999"},
		{"ICS region", `{ integratedCareSystems(filter: {regions: ["atlantis"]}) { totalCount } }`, "atlantis"},
		{"LA region", `{ localAuthorities(filter: {regions: ["atlantis"]}) { totalCount } }`, "atlantis"},
		{"LA ICS", `{ localAuthorities(filter: {integratedCareSystems: ["atlantis"]}) { totalCount } }`, "atlantis"},
		{"person organisation", `{ people(filter: {organisations: ["no-such-org"]}) { totalCount } }`, "no-such-org"},
		{"topic parent", `{ topics(filter: {parent: "no-such-topic"}) { totalCount } }`, "no-such-topic"},
		{"consortium region", `{ consortia(filter: {regions: ["atlantis"]}) { totalCount } }`, "atlantis"},
		{"consortium NHS region", `{ consortia(filter: {nhsRegions: ["atlantis"]}) { totalCount } }`, "atlantis"},
		{"nested region.projects", `{ region(slug: "london") { projects(filter: {themes: ["no-such-topic"]}) { totalCount } } }`, "no-such-topic"},
		{"project startsOn reversed", `{ projects(filter: {startsOn: {from: "2025-01-02", to: "2025-01-01"}}) { totalCount } }`, "startsOn"},
		{"resource publishedOn reversed", `{ resources(filter: {publishedOn: {from: "2025-01-02", to: "2025-01-01"}}) { totalCount } }`, "publishedOn"},
		{"event startsOn reversed", `{ events(filter: {startsOn: {from: "2025-01-02", to: "2025-01-01"}}) { totalCount } }`, "startsOn"},
		{"event startsAt empty range", `{ events(filter: {startsAt: {from: "2025-07-01T10:00:00+01:00", to: "2025-07-01T09:00:00Z"}}) { totalCount } }`, "startsAt"},
		{"bad date", `{ projects(filter: {startsOn: {from: "2025-13-01"}}) { totalCount } }`, "2025-13-01"},
		{"date-time without offset", `{ events(filter: {startsAt: {from: "2025-07-01T10:00:00"}}) { totalCount } }`, "2025-07-01T10:00:00"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			code, msg := a.errCode(t, c.query, nil)
			if code != model.ErrorCodeBadUserInput {
				t.Errorf("code %s, want BAD_USER_INPUT (message %q)", code, msg)
			}
			if !strings.Contains(msg, c.mention) {
				t.Errorf("message %q does not name %q", msg, c.mention)
			}
		})
	}
}
