package graph_test

// Garbage in every argument a client controls: page sizes, cursors,
// global IDs, filter slugs, enums, dates and look-up keys.

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"fmt"
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/graph/model"
)

// connectionFields are connection fields reached from the root, as a
// template with %s for the arguments.
var connectionFields = []string{
	`{ projects(%s) { totalCount } }`,
	`{ resources(%s) { totalCount } }`,
	`{ events(%s) { totalCount } }`,
	`{ sources(%s) { totalCount } }`,
	`{ topics(%s) { totalCount } }`,
	`{ organisations(%s) { totalCount } }`,
	`{ people(%s) { totalCount } }`,
	`{ consortia(%s) { totalCount } }`,
	`{ eventSeriesList(%s) { totalCount } }`,
	`{ integratedCareSystems(%s) { totalCount } }`,
	`{ localAuthorities(%s) { totalCount } }`,
	`{ project(slug: "north-west-london-carers-card") { resources(%s) { totalCount } } }`,
	`{ region(slug: "london") { projects(%s) { totalCount } } }`,
	`{ eventSeries(slug: "co-production-week-2025") { events(%s) { totalCount } } }`,
}

func TestPageArguments(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	for _, tmpl := range connectionFields {
		for _, arg := range []string{"first", "last"} {
			for _, n := range []string{"0", "-1", "101", "2147483647", "-2147483648"} {
				r := a.post(t, fmt.Sprintf(tmpl, arg+": "+n), nil)
				wantCode(t, r, model.ErrorCodeBadUserInput, arg+" must be between 1 and 100 (got "+n+")")
			}
			// Beyond 32 bits: refused one way or another, never run.
			for _, n := range []string{"2147483648", "-2147483649", "99999999999999999999"} {
				r := a.post(t, fmt.Sprintf(tmpl, arg+": "+n), nil)
				wantAnyCode(t, r, model.ErrorCodeBadUserInput, model.ErrorCodeGraphqlValidationFailed)
			}
			q := strings.Replace(fmt.Sprintf(tmpl, arg+": $n"), "{", "query($n: Int) {", 1)
			for _, n := range []any{0, -1, 101, 2147483647, 2147483648, 1e15} {
				wantAnyCode(t, a.post(t, q, map[string]any{"n": n}), model.ErrorCodeBadUserInput, model.ErrorCodeGraphqlValidationFailed)
			}
		}
		wantCode(t, a.post(t, fmt.Sprintf(tmpl, "first: 1, last: 1"), nil), model.ErrorCodeBadUserInput, "first or last, not both")
		wantNoErrors(t, a.post(t, fmt.Sprintf(tmpl, "first: 100"), nil))
		wantNoErrors(t, a.post(t, fmt.Sprintf(tmpl, "last: 1"), nil))
	}
}

// cursorAt runs q and returns the cursor at path in its data, following
// the first element of any list on the way.
func (a *api) cursorAt(tb testing.TB, q string, vars map[string]any, path ...string) string {
	tb.Helper()
	r := a.post(tb, q, vars)
	wantNoErrors(tb, r)
	var v any
	decodeData(tb, r, &v)
	for _, p := range path {
		switch x := v.(type) {
		case map[string]any:
			v = x[p]
		case []any:
			if len(x) == 0 {
				tb.Fatalf("empty list at %s in %s", p, r.Data)
			}
			v = x[0]
		}
	}
	s, ok := v.(string)
	if !ok || s == "" {
		tb.Fatalf("no cursor at %v in %s", path, r.Data)
	}
	return s
}

func TestCursors(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	projects := a.cursorAt(t, `{ projects(first: 2) { edges { cursor } } }`, nil, "projects", "edges", "0", "cursor")

	t.Run("Garbage", func(t *testing.T) {
		random := make([]byte, 40)
		_, _ = rand.Read(random)
		raw, err := base64.RawURLEncoding.DecodeString(projects)
		if err != nil {
			t.Fatal(err)
		}
		payload := raw[:len(raw)-8]
		garbage := []string{
			"", "random text", "!!!", "abc", "ü🙂", "\x00", strings.Repeat("A", 10_000),
			base64.RawURLEncoding.EncodeToString(random),
			b64(`{"l":"projects by TITLE ASC","k":"A","i":1}`),
			b64(string(payload)),
			b64(string(payload) + "\x00\x00\x00\x00\x00\x00\x00\x00"),
			b64(`{"l":"projects by TITLE ASC","k":"' OR 1=1 --","i":-1}` + "12345678"),
			base64.StdEncoding.EncodeToString(raw), // padded, standard alphabet
			projects[:len(projects)/2], projects[:len(projects)-1], projects[:len(projects)-11], projects[1:],
			projects + "A", projects + "=", " " + projects,
		}
		// A real cursor with any one character changed, where the change
		// alters the decoded bytes.
		for i := 0; i < len(projects); i++ {
			c := byte('A')
			if projects[i] == 'A' {
				c = 'B'
			}
			s := projects[:i] + string(c) + projects[i+1:]
			if b, err := base64.RawURLEncoding.DecodeString(s); err == nil && string(b) == string(raw) {
				continue
			}
			garbage = append(garbage, s)
		}
		for _, arg := range []string{"after", "before"} {
			q := fmt.Sprintf(`query($c: String) { projects(%s: $c) { totalCount } }`, arg)
			for _, g := range garbage {
				r := a.post(t, q, map[string]any{"c": g})
				wantCode(t, r, model.ErrorCodeBadUserInput, arg+": ", "not a cursor issued by this API")
			}
		}
		// The real cursor still works both ways.
		wantNoErrors(t, a.post(t, `query($c: String) { projects(after: $c) { totalCount } }`, map[string]any{"c": projects}))
		wantNoErrors(t, a.post(t, `query($c: String) { projects(last: 1, before: $c) { totalCount } }`, map[string]any{"c": projects}))
	})

	t.Run("OtherList", func(t *testing.T) {
		// A project with resources, for a cursor of project.resources.
		r := a.post(t, `{ projects(first: 100) { nodes { slug resources(first: 1) { edges { cursor } } } } }`, nil)
		var ps struct {
			Projects struct {
				Nodes []struct {
					Slug      string
					Resources struct{ Edges []struct{ Cursor string } }
				}
			}
		}
		decodeData(t, r, &ps)
		var withRes, nested string
		for _, p := range ps.Projects.Nodes {
			if len(p.Resources.Edges) > 0 {
				withRes, nested = p.Slug, p.Resources.Edges[0].Cursor
				break
			}
		}
		if nested == "" {
			t.Fatal("no project has resources")
		}
		resources := a.cursorAt(t, `{ resources(first: 1) { edges { cursor } } }`, nil, "resources", "edges", "0", "cursor")
		events := a.cursorAt(t, `{ events(first: 1) { edges { cursor } } }`, nil, "events", "edges", "0", "cursor")
		regionProjects := a.cursorAt(t, `{ region(slug: "london") { projects(first: 1) { edges { cursor } } } }`, nil, "region", "projects", "edges", "0", "cursor")
		startsOn := a.cursorAt(t, `{ projects(first: 1, orderBy: {field: STARTS_ON}) { edges { cursor } } }`, nil, "projects", "edges", "0", "cursor")
		for _, c := range []struct {
			name, q, cursor string
		}{
			{"resources cursor on projects", `query($c: String) { projects(after: $c) { totalCount } }`, resources},
			{"events cursor on projects (before)", `query($c: String) { projects(last: 1, before: $c) { totalCount } }`, events},
			{"TITLE cursor with STARTS_ON", `query($c: String) { projects(after: $c, orderBy: {field: STARTS_ON}) { totalCount } }`, projects},
			{"TITLE ASC cursor with TITLE DESC", `query($c: String) { projects(after: $c, orderBy: {field: TITLE, direction: DESC}) { totalCount } }`, projects},
			{"STARTS_ON cursor with default order", `query($c: String) { projects(after: $c) { totalCount } }`, startsOn},
			{"project.resources cursor on resources", `query($c: String) { resources(after: $c) { totalCount } }`, nested},
			{"resources cursor on project.resources", `query($c: String, $s: String!) { project(slug: $s) { resources(after: $c) { totalCount } } }`, resources},
			{"region.projects cursor on projects", `query($c: String) { projects(after: $c) { totalCount } }`, regionProjects},
			{"projects cursor on region.projects", `query($c: String) { region(slug: "london") { projects(after: $c) { totalCount } } }`, projects},
			{"events cursor on eventSeries.events", `query($c: String) { eventSeries(slug: "co-production-week-2025") { events(after: $c) { totalCount } } }`, events},
			{"projects cursor on sources", `query($c: String) { sources(after: $c) { totalCount } }`, projects},
		} {
			t.Logf("case %s", c.name)
			vars := map[string]any{"c": c.cursor}
			if strings.Contains(c.q, "$s") {
				vars["s"] = withRes
			}
			r := a.post(t, c.q, vars)
			wantCode(t, r, model.ErrorCodeBadUserInput, "another list or order")
		}
		// Observation, not a failure: a cursor names its list, relation and
		// order but not the parent, so one region's projects cursor is
		// accepted under another region (as a plain keyset position).
		r = a.post(t, `query($c: String) { regions { slug projects(after: $c) { totalCount } } }`, map[string]any{"c": regionProjects})
		t.Logf("london's region.projects cursor used under every region: %d errors", len(r.Errors))
	})
}

func TestGlobalIDs(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	var out struct {
		Projects struct{ Nodes []struct{ ID string } }
	}
	decodeData(t, a.post(t, `{ projects(first: 1) { nodes { id } } }`, nil), &out)
	real := out.Projects.Nodes[0].ID

	garbage := []string{
		"", "abc", "!!!", "🙂", "ü", "\x00", strings.Repeat("A", 10_000), "Project:1",
		b64("Project:abc"), b64("Project:-1"), b64("Project:0"), b64("Nope:1"), b64("project:1"),
		b64("Project:99999999999999999999"), b64("Project:1:2"), b64("Project:"), b64(":1"), b64("Project"),
		b64("🙂:1"), b64("Project\x00:1"), b64("Project: 1"), b64("Project:1.5"), b64("Project:1e3"),
		b64("' OR 1=1 --:1"), base64.StdEncoding.EncodeToString([]byte("Project:12")), real + "=",
	}
	for _, g := range garbage {
		r := a.post(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": g})
		wantCode(t, r, model.ErrorCodeBadUserInput, "is not a valid ID")
		r = a.post(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{real, g}})
		wantCode(t, r, model.ErrorCodeBadUserInput, "is not a valid ID")
	}

	// Well-formed IDs of missing rows are null, not errors.
	types := []string{"Source", "Region", "NhsRegion", "IntegratedCareSystem", "LocalAuthority", "Organisation", "Person",
		"Topic", "Fund", "FundTranche", "Priority", "Consortium", "Allocation", "Project", "Resource", "EventSeries", "Event"}
	var missing []string
	for _, typ := range types {
		missing = append(missing, b64(typ+":2147483647"), b64(typ+":9223372036854775807"))
	}
	for _, id := range missing {
		r := a.post(t, `query($id: ID!) { node(id: $id) { id } }`, map[string]any{"id": id})
		wantNoErrors(t, r)
		if string(r.Data) != `{"node":null}` {
			t.Errorf("node(%s): %s, want null", id, r.Data)
		}
	}
	r := a.post(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": append([]string{real}, missing...)})
	wantNoErrors(t, r)
	var got struct{ Nodes []*struct{ ID string } }
	decodeData(t, r, &got)
	if len(got.Nodes) != len(missing)+1 || got.Nodes[0] == nil || got.Nodes[0].ID != real {
		t.Errorf("nodes: %s", r.Data)
	}
	for i, n := range got.Nodes[1:] {
		if n != nil {
			t.Errorf("nodes[%d] (%s): %+v, want null", i+1, missing[i], n)
		}
	}

	ids := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = b64(fmt.Sprintf("Project:%d", 1_000_000+i))
		}
		return out
	}
	wantNoErrors(t, a.post(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids(100)}))
	for _, n := range []int{101, 10_000} {
		r := a.post(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids(n)})
		wantCode(t, r, model.ErrorCodeBadUserInput, fmt.Sprintf("at most 100 IDs at once (got %d)", n))
	}
	wantNoErrors(t, a.post(t, `{ nodes(ids: []) { id } }`, nil))
}

// slugFilters are the filter fields that take slugs or codes, as a
// query with %s for the value (a GraphQL list or string).
var slugFilters = []string{
	`{ projects(filter: {regions: %s}) { totalCount } }`,
	`{ projects(filter: {integratedCareSystems: %s}) { totalCount } }`,
	`{ projects(filter: {localAuthorities: %s}) { totalCount } }`,
	`{ projects(filter: {consortia: %s}) { totalCount } }`,
	`{ projects(filter: {leadOrganisations: %s}) { totalCount } }`,
	`{ projects(filter: {themes: %s}) { totalCount } }`,
	`{ resources(filter: {topics: %s}) { totalCount } }`,
	`{ resources(filter: {projects: %s}) { totalCount } }`,
	`{ resources(filter: {events: %s}) { totalCount } }`,
	`{ resources(filter: {authors: %s}) { totalCount } }`,
	`{ events(filter: {series: %s}) { totalCount } }`,
	`{ events(filter: {topics: %s}) { totalCount } }`,
	`{ events(filter: {projects: %s}) { totalCount } }`,
	`{ events(filter: {hosts: %s}) { totalCount } }`,
	`{ people(filter: {organisations: %s}) { totalCount } }`,
	`{ topics(filter: {parent: %s}) { totalCount } }`,
	`{ consortia(filter: {regions: %s}) { totalCount } }`,
	`{ consortia(filter: {nhsRegions: %s}) { totalCount } }`,
	`{ integratedCareSystems(filter: {nhsRegions: %s}) { totalCount } }`,
	`{ integratedCareSystems(filter: {regions: %s}) { totalCount } }`,
	`{ localAuthorities(filter: {regions: %s}) { totalCount } }`,
	`{ localAuthorities(filter: {integratedCareSystems: %s}) { totalCount } }`,
	`{ region(slug: "london") { projects(filter: {themes: %s}) { totalCount } } }`,
	`{ integratedCareSystem(code: "E54000027") { projects(filter: {regions: %s}) { totalCount } } }`,
}

// asVariable rewrites a filter query to take its value as $v.
func asVariable(tmpl string) string {
	typ := "[String!]"
	if strings.Contains(tmpl, "parent:") {
		typ = "String"
	}
	return strings.Replace(fmt.Sprintf(tmpl, "$v"), "{", "query($v: "+typ+") {", 1)
}

func slugValue(tmpl, v string) any {
	if strings.Contains(tmpl, "parent:") {
		return v
	}
	return []string{v}
}

func TestFilterSlugs(t *testing.T) {
	a := newAPI(t, dbtest.New(t))
	ctx := context.Background()
	var before int
	if err := a.db.GetContext(ctx, &before, `SELECT count(*) FROM project`); err != nil || before == 0 {
		t.Fatalf("project rows: %d %v", before, err)
	}
	values := []string{
		"no-such-thing-xyz", "", " ", "LONDON", "london ", "ü🙂", "%", "_", "*", `\`,
		`' OR 1=1 --`, `x"; DROP TABLE project; --`, `'); delete from project; --`, `$1`, `{}`, `{london}`, `"london"`,
	}
	for _, tmpl := range slugFilters {
		q := asVariable(tmpl)
		for _, v := range values {
			r := a.post(t, q, map[string]any{"v": slugValue(tmpl, v)})
			wantCode(t, r, model.ErrorCodeBadUserInput, "unknown ", fmt.Sprintf("%q", v), "nothing has that slug or code")
		}
		// A known and an unknown value: only the unknown one is named.
		if !strings.Contains(tmpl, "parent:") {
			r := a.post(t, fmt.Sprintf(tmpl, `["london", "E54000027", "atlantis"]`), nil)
			wantCode(t, r, model.ErrorCodeBadUserInput, `"atlantis"`)
		} else {
			wantCode(t, a.post(t, fmt.Sprintf(tmpl, `"atlantis"`), nil), model.ErrorCodeBadUserInput, `"atlantis"`)
		}
	}
	var after int
	if err := a.db.GetContext(ctx, &after, `SELECT count(*) FROM project`); err != nil || after != before {
		t.Errorf("project rows: %d before, %d after (%v)", before, after, err)
	}
	// Look-ups by slug or code: unknown or hostile values are null.
	for _, q := range []string{
		`query($v: String!) { project(slug: $v) { id } }`,
		`query($v: String!) { resource(slug: $v) { id } }`,
		`query($v: String!) { event(slug: $v) { id } }`,
		`query($v: String!) { eventSeries(slug: $v) { id } }`,
		`query($v: String!) { organisation(slug: $v) { id } }`,
		`query($v: String!) { person(slug: $v) { id } }`,
		`query($v: String!) { topic(slug: $v) { id } }`,
		`query($v: String!) { fund(slug: $v) { id } }`,
		`query($v: String!) { consortium(slug: $v) { id } }`,
		`query($v: String!) { source(slug: $v) { id } }`,
		`query($v: String) { region(slug: $v) { id } }`,
		`query($v: String) { region(code: $v) { id } }`,
		`query($v: String) { nhsRegion(code: $v) { id } }`,
		`query($v: String) { integratedCareSystem(slug: $v) { id } }`,
		`query($v: String) { localAuthority(code: $v) { id } }`,
	} {
		for _, v := range values {
			r := a.post(t, q, map[string]any{"v": v})
			wantNoErrors(t, r)
			if !strings.HasSuffix(string(r.Data), ":null}") {
				t.Errorf("%s with %q: %s, want null", q, v, r.Data)
			}
		}
	}
	if err := a.db.GetContext(ctx, &after, `SELECT count(*) FROM project`); err != nil || after != before {
		t.Errorf("project rows: %d before, %d after (%v)", before, after, err)
	}
}

func TestFilterValues(t *testing.T) {
	a := newAPI(t, dbtest.New(t))

	t.Run("Enums", func(t *testing.T) {
		for _, q := range []string{
			`{ projects(filter: {stages: [NOPE]}) { totalCount } }`,
			`{ projects(filter: {provenance: NOPE}) { totalCount } }`,
			`{ projects(filter: {provenance: "VERIFIED_PUBLIC"}) { totalCount } }`,
			`{ projects(filter: {targetGroups: ["x"]}) { totalCount } }`,
			`{ projects(orderBy: {field: title}) { totalCount } }`,
			`{ projects(orderBy: {field: TITLE, direction: SIDEWAYS}) { totalCount } }`,
			`{ projects(orderBy: {field: TITLE, direction: null}) { totalCount } }`,
			`{ resources(filter: {types: [NOPE]}) { totalCount } }`,
			`{ resources(orderBy: {field: STARTS_AT}) { totalCount } }`,
			`{ events(filter: {deliveryModes: [1]}) { totalCount } }`,
			`{ organisations(filter: {kinds: [true]}) { totalCount } }`,
			`{ localAuthorities(filter: {kinds: [NOPE]}) { totalCount } }`,
			`{ regions { localAuthorities(provenance: NOPE) { slug } } }`,
			`{ nhsRegions { integratedCareSystems(provenance: "INFERRED") { slug } } }`,
			`{ topic(slug: "unpaid-carers") { projects(filter: {provenance: NOPE}) { totalCount } } }`,
		} {
			wantCode(t, a.post(t, q, nil), model.ErrorCodeGraphqlValidationFailed)
		}
		for _, v := range []any{"NOPE", "", 1, []any{"VERIFIED_PUBLIC"}, "VERIFIED_PUBLIC\x00"} {
			r := a.post(t, `query($p: ProvenanceKind) { projects(filter: {provenance: $p}) { totalCount } }`, map[string]any{"p": v})
			wantCode(t, r, model.ErrorCodeGraphqlValidationFailed)
		}
		r := a.post(t, `query($s: [ProjectStage!]) { projects(filter: {stages: $s}) { totalCount } }`, map[string]any{"s": []any{"NOPE"}})
		wantCode(t, r, model.ErrorCodeGraphqlValidationFailed)
	})

	t.Run("EnumCaseInVariables", func(t *testing.T) {
		// GraphQL enum values are case-sensitive. gqlparser accepts a
		// variable's enum value in any case, and the resolvers then compare
		// it with the exact name: the answer must be a validation error,
		// not an internal error, a silently empty list or the wrong order.
		for _, c := range []struct {
			q    string
			vars map[string]any
		}{
			{`query($o: ProjectOrder) { projects(first: 2, orderBy: $o) { nodes { slug } } }`, map[string]any{"o": map[string]any{"field": "title"}}},
			{`query($o: ResourceOrder) { resources(first: 2, orderBy: $o) { nodes { slug } } }`, map[string]any{"o": map[string]any{"field": "published_on"}}},
			{`query($o: EventOrder) { events(first: 2, orderBy: $o) { nodes { slug } } }`, map[string]any{"o": map[string]any{"field": "Starts_At"}}},
			{`query($o: ProjectOrder) { projects(first: 2, orderBy: $o) { nodes { slug } } }`, map[string]any{"o": map[string]any{"field": "TITLE", "direction": "desc"}}},
			{`query($p: ProvenanceKind) { projects(filter: {provenance: $p}) { totalCount } }`, map[string]any{"p": "verified_public"}},
			{`query($p: ProvenanceKind) { regions { localAuthorities(provenance: $p) { slug } } }`, map[string]any{"p": "inferred"}},
			{`query($p: ProvenanceKind) { nhsRegions { integratedCareSystems(provenance: $p) { slug } } }`, map[string]any{"p": "Illustrative"}},
			{`query($t: [ResourceType!]) { resources(filter: {types: $t}) { totalCount } }`, map[string]any{"t": []any{"case_study"}}},
		} {
			r := a.post(t, c.q, c.vars)
			wantNoInternal(t, fmt.Sprint(c.vars), r)
			if len(r.Errors) == 0 {
				t.Errorf("%v: accepted, answered %s; want a validation error", c.vars, r.Data)
			}
		}
	})

	dateFields := []string{
		`{ projects(filter: {startsOn: {%s: %s}}) { totalCount } }`,
		`{ resources(filter: {publishedOn: {%s: %s}}) { totalCount } }`,
		`{ events(filter: {startsOn: {%s: %s}}) { totalCount } }`,
	}
	t.Run("Dates", func(t *testing.T) {
		for _, tmpl := range dateFields {
			for _, end := range []string{"from", "to"} {
				for _, v := range []string{"2025-02-30", "yesterday", "", "2025-1-1", "2025-01-01T00:00:00Z", " 2025-01-01",
					"2025-13-01", "10000-01-01", "-2025-01-01", "2025-01-01\x00", "20250101", "01/02/2025"} {
					r := a.post(t, fmt.Sprintf(tmpl, end, gqlString(v)), nil)
					wantCode(t, r, model.ErrorCodeBadUserInput, "is not a date written YYYY-MM-DD")
					q := strings.Replace(fmt.Sprintf(tmpl, end, "$d"), "{", "query($d: Date) {", 1)
					wantCode(t, a.post(t, q, map[string]any{"d": v}), model.ErrorCodeBadUserInput)
				}
				for _, v := range []string{"20250101", "true", `["2025-01-01"]`, `{y: 2025}`, "1.5"} {
					r := a.post(t, fmt.Sprintf(tmpl, end, v), nil)
					wantAnyCode(t, r, model.ErrorCodeBadUserInput, model.ErrorCodeGraphqlValidationFailed)
				}
				for _, v := range []string{"0001-01-01", "0000-01-01", "9999-12-31"} {
					wantNoErrors(t, a.post(t, fmt.Sprintf(tmpl, end, fmt.Sprintf("%q", v)), nil))
				}
			}
			r := a.post(t, strings.Replace(fmt.Sprintf(tmpl, "from", `"2025-06-02"`), "}}", `, to: "2025-06-01"}}`, 1), nil)
			wantCode(t, r, model.ErrorCodeBadUserInput, `from (2025-06-02) is after to (2025-06-01)`)
			// A one-day range is fine.
			wantNoErrors(t, a.post(t, strings.Replace(fmt.Sprintf(tmpl, "from", `"2025-06-01"`), "}}", `, to: "2025-06-01"}}`, 1), nil))
		}
	})

	t.Run("DateTimes", func(t *testing.T) {
		for _, end := range []string{"from", "to"} {
			tmpl := `{ events(filter: {startsAt: {` + end + `: %s}}) { totalCount } }`
			for _, v := range []string{"2025-07-01T10:00:00", "", "now", "2025-07-01", "2025-07-01 10:00:00+01:00",
				"2025-07-01T25:00:00+01:00", "2025-07-01T10:00:00+99:00", "2025-07-01T10:00:00+0100", "T10:00:00Z"} {
				r := a.post(t, fmt.Sprintf(tmpl, gqlString(v)), nil)
				wantCode(t, r, model.ErrorCodeBadUserInput, "is not an RFC 3339 date-time with an offset")
			}
			for _, v := range []string{"1751360400", "true", `["2025-07-01T10:00:00Z"]`} {
				wantAnyCode(t, a.post(t, fmt.Sprintf(tmpl, v), nil), model.ErrorCodeBadUserInput, model.ErrorCodeGraphqlValidationFailed)
			}
			wantNoErrors(t, a.post(t, fmt.Sprintf(tmpl, `"2025-07-01T10:00:00.123456789+01:00"`), nil))
		}
		r := a.post(t, `{ events(filter: {startsAt: {from: "2025-07-01T10:00:00Z", to: "2025-07-01T11:00:00+01:00"}}) { totalCount } }`, nil)
		wantCode(t, r, model.ErrorCodeBadUserInput, "startsAt: to must be later than from")
		r = a.post(t, `{ events(filter: {startsAt: {from: "2025-07-02T10:00:00Z", to: "2025-07-01T10:00:00Z"}}) { totalCount } }`, nil)
		wantCode(t, r, model.ErrorCodeBadUserInput, "startsAt: to must be later than from")
		r = a.post(t, `{ events(filter: {startsAt: {from: "2025-07-01T10:00:00Z"}, startsOn: {from: "2025-07-01"}}) { totalCount } }`, nil)
		wantCode(t, r, model.ErrorCodeBadUserInput, "give startsAt or startsOn, not both")
		r = a.post(t, `{ events(filter: {startsAt: {}, startsOn: {}}) { totalCount } }`, nil)
		wantCode(t, r, model.ErrorCodeBadUserInput, "give startsAt or startsOn, not both")
	})

	t.Run("DateTimeOffsetsOutsidePostgresRange", func(t *testing.T) {
		// RFC 3339 allows offsets up to ±23:59; PostgreSQL accepts only
		// ±15:59, so these valid inputs must not reach it as written.
		for _, v := range []string{"2025-07-01T10:00:00+23:59", "2025-07-01T10:00:00-16:00", "9999-12-31T23:59:59-23:59"} {
			for _, end := range []string{"from", "to"} {
				r := a.post(t, fmt.Sprintf(`{ events(filter: {startsAt: {%s: %q}}) { totalCount } }`, end, v), nil)
				wantNoInternal(t, end+" "+v, r)
			}
		}
	})

	t.Run("LookupKeys", func(t *testing.T) {
		for _, field := range []string{"region", "nhsRegion", "integratedCareSystem", "localAuthority"} {
			for _, args := range []string{`(slug: "london", code: "E12000007")`, ``, `(slug: null, code: null)`, `(slug: null)`, `(code: null)`, `(slug: "", code: "")`} {
				r := a.post(t, fmt.Sprintf(`{ %s%s { id } }`, field, args), nil)
				wantCode(t, r, model.ErrorCodeBadUserInput, "give exactly one of slug and code")
			}
		}
		for _, q := range []string{`{ region(slug: "") { id } }`, `{ region(code: "") { id } }`, `{ project(slug: "") { id } }`} {
			wantNoErrors(t, a.post(t, q, nil))
		}
	})

	t.Run("LongStrings", func(t *testing.T) {
		long := strings.Repeat("x", 100_000)
		for _, c := range []struct {
			q string
			v any
		}{
			{`query($v: String!) { project(slug: $v) { id } }`, long},
			{`query($v: String) { region(code: $v) { id } }`, long},
			{`query($v: [String!]) { projects(filter: {regions: $v}) { totalCount } }`, []string{long}},
			{`query($v: [String!]) { resources(filter: {authors: $v}) { totalCount } }`, []string{long, long}},
			{`query($v: String) { topics(filter: {parent: $v}) { totalCount } }`, long},
			{`query($v: String) { projects(after: $v) { totalCount } }`, long},
			{`query($v: ID!) { node(id: $v) { id } }`, long},
			{`query($v: ID!) { node(id: $v) { id } }`, b64("Project:" + strings.Repeat("9", 50_000))},
			{`query($v: String) { eventSeriesList(filter: {brand: $v}) { totalCount } }`, long},
			{`query($v: Date) { projects(filter: {startsOn: {from: $v}}) { totalCount } }`, long},
		} {
			r := a.post(t, c.q, map[string]any{"v": c.v})
			wantNoInternal(t, c.q, r)
			if len(r.Body) > 300_000 {
				t.Errorf("%s: a %d-byte answer to a 100 KB argument", c.q, len(r.Body))
			}
		}
		// Many values in one filter list, within the body limit.
		many := make([]string, 20_000)
		for i := range many {
			many[i] = fmt.Sprintf("slug-%d", i)
		}
		r := a.post(t, `query($v: [String!]) { projects(filter: {regions: $v}) { totalCount } }`, map[string]any{"v": many})
		wantCode(t, r, model.ErrorCodeBadUserInput, "unknown region")
	})

	t.Run("NulBytes", func(t *testing.T) {
		// PostgreSQL text cannot hold NUL: the value is the client's
		// mistake and must be answered as one (null or BAD_USER_INPUT).
		for _, c := range []struct {
			q string
			v any
		}{
			{`query($v: String!) { project(slug: $v) { id } }`, "a\x00b"},
			{`query($v: String) { region(code: $v) { id } }`, "\x00"},
			{`query($v: [String!]) { projects(filter: {regions: $v}) { totalCount } }`, []string{"\x00"}},
			{`query($v: String) { topics(filter: {parent: $v}) { totalCount } }`, "x\x00"},
			{`query($v: String) { eventSeriesList(filter: {brand: $v}) { totalCount } }`, "\x00"},
		} {
			wantNoInternal(t, fmt.Sprintf("%s with %q", c.q, c.v), a.post(t, c.q, map[string]any{"v": c.v}))
		}
	})

	t.Run("IntOutOfRange", func(t *testing.T) {
		// GraphQL Int is 32-bit; larger values must be refused as input,
		// not reach PostgreSQL integer columns.
		for _, q := range []string{
			`{ eventSeriesList(filter: {yearFrom: 2147483648}) { totalCount } }`,
			`{ eventSeriesList(filter: {yearTo: -2147483649}) { totalCount } }`,
			`{ eventSeriesList(filter: {yearFrom: 9223372036854775807}) { totalCount } }`,
			`{ projects(filter: {priorities: [2147483648]}) { totalCount } }`,
		} {
			r := a.post(t, q, nil)
			wantNoInternal(t, q, r)
			wantAnyCode(t, r, model.ErrorCodeBadUserInput, model.ErrorCodeGraphqlValidationFailed)
		}
		r := a.post(t, `query($y: Int) { eventSeriesList(filter: {yearFrom: $y}) { totalCount } }`, map[string]any{"y": 4294967296})
		wantNoInternal(t, "$y = 4294967296", r)
	})
}
