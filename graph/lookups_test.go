package graph_test

// Every top-level field of Query returns the right records: whole lists in
// their documented order, look-ups by slug and by code, node and nodes,
// and null (not an error) for a look-up that finds nothing.

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"learningapi/graph/model"
)

const pageInfoFields = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`

// TestTopLevelListsMatchTheDatabase pages through every top-level list
// and compares it, in order, with the same list read with SQL in the
// order the schema documents.
func TestTopLevelListsMatchTheDatabase(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	cases := []struct {
		field string // the connection field
		node  string // the node field compared
		sql   string // ground truth, in the documented order
	}{
		{"sources", "slug", `SELECT slug FROM source ORDER BY title, id`},
		{"integratedCareSystems", "slug", `SELECT slug FROM ics ORDER BY name, id`},
		{"localAuthorities", "slug", `SELECT slug FROM local_authority ORDER BY name, id`},
		{"organisations", "slug", `SELECT slug FROM organisation ORDER BY name, id`},
		{"people", "slug", `SELECT slug FROM person ORDER BY name, id`},
		{"topics", "slug", `SELECT slug FROM topic ORDER BY name, id`},
		{"consortia", "slug", `SELECT slug FROM consortium ORDER BY name, id`},
		{"projects", "slug", `SELECT slug FROM published_project ORDER BY title, id`},
		{"resources", "slug", `SELECT slug FROM published_resource ORDER BY published_earliest DESC, id DESC`},
		{"events", "slug", `SELECT slug FROM published_event ORDER BY starts_at, id`},
		{"eventSeriesList", "slug", `SELECT slug FROM published_event_series ORDER BY year DESC, id DESC`},
	}
	for _, c := range cases {
		t.Run(c.field, func(t *testing.T) {
			want := a.sqlStrings(t, c.sql)
			for _, size := range []int{100, 9} {
				q := fmt.Sprintf(`query($after: String) { %s(first: %d, after: $after) { %s nodes { %s } } }`, c.field, size, pageInfoFields, c.node)
				got, total := a.slugsOf(t, q, nil, c.field, c.node)
				sameList(t, fmt.Sprintf("%s (pages of %d)", c.field, size), got, want)
				if total != len(want) {
					t.Errorf("%s: totalCount %d, want %d", c.field, total, len(want))
				}
			}
			if len(want) < 2 {
				t.Errorf("%s: the sample data holds %d; a comparison of so few proves little", c.field, len(want))
			}
		})
	}

	t.Run("whole lists", func(t *testing.T) {
		var out struct {
			Regions    []struct{ Slug, Code string } `json:"regions"`
			NhsRegions []struct{ Slug, Code string } `json:"nhsRegions"`
			Funds      []struct{ Slug string }       `json:"funds"`
		}
		a.query(t, `{ regions { slug code } nhsRegions { slug code } funds { slug } }`, nil, &out)
		var regions, nhs, funds []string
		for _, r := range out.Regions {
			regions = append(regions, r.Slug+"|"+r.Code)
		}
		for _, r := range out.NhsRegions {
			nhs = append(nhs, r.Slug+"|"+r.Code)
		}
		for _, f := range out.Funds {
			funds = append(funds, f.Slug)
		}
		sameList(t, "regions by ONS code", regions, a.sqlStrings(t, `SELECT slug || '|' || code FROM region ORDER BY code, id`))
		sameList(t, "nhsRegions by ONS code", nhs, a.sqlStrings(t, `SELECT slug || '|' || code FROM nhs_region ORDER BY code, id`))
		sameList(t, "funds by name", funds, a.sqlStrings(t, `SELECT slug FROM fund ORDER BY name, id`))
		wantRegions := []string{
			"north-east|E12000001", "north-west|E12000002", "yorkshire-and-the-humber|E12000003",
			"east-midlands|E12000004", "west-midlands|E12000005", "east-of-england|E12000006",
			"london|E12000007", "south-east|E12000008", "south-west|E12000009",
		}
		sameList(t, "the nine regions", regions, wantRegions)
		var nhsSlugs []string
		for _, r := range out.NhsRegions {
			nhsSlugs = append(nhsSlugs, r.Slug)
		}
		sameSet(t, "the seven NHS regions", nhsSlugs, []string{"london", "south-east", "south-west", "east-of-england", "north-west", "midlands", "north-east-and-yorkshire"})
		sameList(t, "funds", funds, []string{"accelerating-reform-fund", "exampleshire-innovation-fund"})
	})
}

// TestEveryRecordCanBeLookedUp looks every record of every kind up by
// slug (and by code where it has one) in one aliased query per kind and
// compares what comes back with the row in the database.
func TestEveryRecordCanBeLookedUp(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	cases := []struct {
		field  string // the look-up field
		fields string // selected, joined with "|" in that order
		sql    string // slug, then the same values joined with "|"
		byCode bool   // also look up by code
	}{
		{"source", "slug title url", `SELECT slug, slug || '|' || title || '|' || url FROM source`, false},
		{"region", "slug code name itlCode", `SELECT slug, slug || '|' || code || '|' || name || '|' || itl_code FROM region`, true},
		{"nhsRegion", "slug code name odsCode", `SELECT slug, slug || '|' || code || '|' || name || '|' || ods_code FROM nhs_region`, true},
		{"integratedCareSystem", "slug code name odsCode", `SELECT slug, slug || '|' || code || '|' || name || '|' || ods_code FROM ics`, true},
		{"localAuthority", "slug code name kind", `SELECT slug, slug || '|' || code || '|' || name || '|' || kind FROM local_authority`, true},
		{"organisation", "slug name kind", `SELECT slug, slug || '|' || name || '|' || kind FROM organisation`, false},
		{"person", "slug name", `SELECT slug, slug || '|' || name FROM person`, false},
		{"topic", "slug name", `SELECT slug, slug || '|' || name FROM topic`, false},
		{"fund", "slug name", `SELECT slug, slug || '|' || name FROM fund`, false},
		{"consortium", "slug name", `SELECT slug, slug || '|' || name FROM consortium`, false},
		{"project", "slug title", `SELECT slug, slug || '|' || title FROM published_project`, false},
		{"resource", "slug title type", `SELECT slug, slug || '|' || title || '|' || type FROM published_resource`, false},
		{"event", "slug title type", `SELECT slug, slug || '|' || title || '|' || type FROM published_event`, false},
		{"eventSeries", "slug title brand", `SELECT slug, slug || '|' || title || '|' || brand FROM published_event_series`, false},
	}
	for _, c := range cases {
		t.Run(c.field, func(t *testing.T) {
			var rows []struct {
				Slug string `db:"slug"`
				Want string `db:"want"`
			}
			if err := a.db.Select(&rows, strings.Replace(c.sql, " FROM ", " AS want FROM ", 1)); err != nil {
				t.Fatal(err)
			}
			if len(rows) == 0 {
				t.Fatalf("no %s rows in the sample data", c.field)
			}
			codes := map[string]string{}
			for _, r := range rows {
				if c.byCode {
					codes[r.Slug] = strings.Split(r.Want, "|")[1]
				}
			}
			var b strings.Builder
			b.WriteString("{")
			for i, r := range rows {
				fmt.Fprintf(&b, "s%d: %s(slug: %q) { %s }\n", i, c.field, r.Slug, c.fields)
				if c.byCode {
					fmt.Fprintf(&b, "c%d: %s(code: %q) { %s }\n", i, c.field, codes[r.Slug], c.fields)
				}
			}
			b.WriteString("}")
			var out map[string]map[string]any
			a.query(t, b.String(), nil, &out)
			keys := strings.Fields(c.fields)
			for i, r := range rows {
				for _, prefix := range []string{"s", "c"} {
					if prefix == "c" && !c.byCode {
						continue
					}
					rec := out[fmt.Sprintf("%s%d", prefix, i)]
					if rec == nil {
						t.Errorf("%s(%s of %s) returned null", c.field, map[string]string{"s": "slug", "c": "code"}[prefix], r.Slug)
						continue
					}
					var vals []string
					for _, k := range keys {
						vals = append(vals, fmt.Sprint(rec[k]))
					}
					if got := strings.Join(vals, "|"); got != r.Want {
						t.Errorf("%s(%s of %s) = %s, want %s", c.field, prefix, r.Slug, got, r.Want)
					}
				}
			}
		})
	}
}

// TestKeyPublicFacts checks the facts the sample data's author states,
// exactly, through the look-ups.
func TestKeyPublicFacts(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		NWL struct {
			Slug             string
			Code             string
			Provenance       string
			LocalAuthorities []struct{ Slug, Kind string }
			Consortium       struct{ Slug string }
			NhsRegion        struct{ Slug string }
		} `json:"nwl"`
		WY struct {
			Slug string
			Code string
		} `json:"wy"`
		Ex struct {
			Slug, Code, Provenance string
			Consortium             struct{ Slug string }
		} `json:"ex"`
		Fict struct {
			Regions []struct{ Slug string }
		} `json:"fict"`
		London struct{ Slug, Code string } `json:"london"`
		Series struct {
			Title    string
			Edition  int
			Year     int
			Theme    string
			StartsOn string
			EndsOn   string
		} `json:"series"`
		Conf struct {
			Type     string
			StartsAt string
			Children struct {
				TotalCount int
				Nodes      []struct{ Type string }
			}
		} `json:"conf"`
		Report struct{ Type, Provenance string } `json:"report"`
		Fund   struct {
			Priorities []struct {
				Number int
				Title  *string
			}
			Statistics []struct{ Measure string }
		} `json:"fund"`
	}
	a.query(t, `{
		nwl: integratedCareSystem(slug: "north-west-london") { slug code provenance localAuthorities { slug kind } consortium { slug } nhsRegion { slug } }
		wy: integratedCareSystem(code: "E54000054") { slug code }
		ex: integratedCareSystem(code: "X54000001") { slug code provenance consortium { slug } }
		fict: integratedCareSystem(slug: "fictonbury-and-dummydale") { regions { slug } }
		london: region(code: "E12000007") { slug code }
		series: eventSeries(slug: "co-production-week-2025") { title edition year theme startsOn endsOn }
		conf: event(slug: "co-production-week-2025-conference") { type startsAt children { totalCount nodes { type } } }
		report: resource(slug: "embracing-change-scaling-innovation-in-care") { type provenance }
		fund: fund(slug: "accelerating-reform-fund") { priorities { number title } statistics { measure } }
	}`, nil, &out)

	if out.NWL.Code != "E54000027" || out.NWL.Provenance != "VERIFIED_PUBLIC" || out.NWL.Consortium.Slug != "north-west-london-arf" || out.NWL.NhsRegion.Slug != "london" {
		t.Errorf("north-west-london: %+v", out.NWL)
	}
	if n := len(out.NWL.LocalAuthorities); n != 8 {
		t.Errorf("north-west-london records %d councils, want 8", n)
	}
	for _, la := range out.NWL.LocalAuthorities {
		if la.Kind != "LONDON_BOROUGH" {
			t.Errorf("north-west-london council %s is %s, want LONDON_BOROUGH", la.Slug, la.Kind)
		}
	}
	if out.WY.Slug != "west-yorkshire" || out.WY.Code != "E54000054" {
		t.Errorf("integratedCareSystem(code: E54000054) = %+v", out.WY)
	}
	if out.Ex.Slug != "exampleshire" || out.Ex.Provenance != "ILLUSTRATIVE" || out.Ex.Consortium.Slug != "exampleshire-arf" {
		t.Errorf("integratedCareSystem(code: X54000001) = %+v", out.Ex)
	}
	var fictRegions []string
	for _, r := range out.Fict.Regions {
		fictRegions = append(fictRegions, r.Slug)
	}
	sameList(t, "fictonbury-and-dummydale regions (by code)", fictRegions, []string{"north-east", "yorkshire-and-the-humber"})
	if out.London.Slug != "london" {
		t.Errorf("region(code: E12000007) = %+v", out.London)
	}
	s := out.Series
	if s.Edition != 10 || s.Year != 2025 || s.Theme != "Innovation through co-production" || s.StartsOn != "2025-06-30" || s.EndsOn != "2025-07-04" {
		t.Errorf("co-production-week-2025 = %+v", s)
	}
	sessions := int(a.sqlInt(t, `SELECT count(*) FROM published_event e JOIN event p ON p.id = e.parent_id WHERE p.slug = 'co-production-week-2025-conference'`))
	if out.Conf.Type != "CONFERENCE" || out.Conf.StartsAt != "2025-07-01T10:00:00+01:00" || out.Conf.Children.TotalCount != sessions || len(out.Conf.Children.Nodes) != sessions {
		t.Errorf("co-production-week-2025-conference = %+v, want %d sessions", out.Conf, sessions)
	}
	if out.Report.Type != "REPORT" || out.Report.Provenance != "VERIFIED_PUBLIC" {
		t.Errorf("embracing-change-scaling-innovation-in-care = %+v", out.Report)
	}
	if len(out.Fund.Priorities) != 12 { // a public fact: DHSC set 12 priorities
		t.Errorf("fund has %d priorities, want 12", len(out.Fund.Priorities))
	}
	for i, p := range out.Fund.Priorities {
		if p.Number != i+1 {
			t.Errorf("priority %d has number %d: priorities must come by number", i, p.Number)
		}
		if titled := p.Title != nil; titled != (p.Number == 1) {
			t.Errorf("priority %d title %s: only #1 is titled", p.Number, strOrNull(p.Title))
		}
	}
	if want := int(a.sqlInt(t, `SELECT count(*) FROM fund_statistic s JOIN fund f ON f.id = s.fund_id WHERE f.slug = 'accelerating-reform-fund'`)); len(out.Fund.Statistics) != want {
		t.Errorf("fund has %d statistics, want %d", len(out.Fund.Statistics), want)
	}
}

// TestNodeFetchesEveryType fetches one record of every Node type by a
// global ID built from its row id, and checks the ID round-trips.
func TestNodeFetchesEveryType(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	cases := []struct {
		typeName string
		table    string // where to find a row
		key      string // a field of the type that identifies the row
		keySQL   string // the same value in SQL
	}{
		{"Source", "source", "slug", "slug"},
		{"Region", "region", "slug", "slug"},
		{"NhsRegion", "nhs_region", "slug", "slug"},
		{"IntegratedCareSystem", "ics", "slug", "slug"},
		{"LocalAuthority", "local_authority", "slug", "slug"},
		{"Organisation", "organisation", "slug", "slug"},
		{"Person", "person", "slug", "slug"},
		{"Topic", "topic", "slug", "slug"},
		{"Fund", "fund", "slug", "slug"},
		{"FundTranche", "fund_tranche", "financialYear", "financial_year"},
		{"Priority", "priority", "number", "number::text"},
		{"Consortium", "consortium", "slug", "slug"},
		{"Allocation", "allocation", "note", "coalesce(note, '')"},
		{"Project", "published_project", "slug", "slug"},
		{"Resource", "published_resource", "slug", "slug"},
		{"EventSeries", "published_event_series", "slug", "slug"},
		{"Event", "published_event", "slug", "slug"},
	}
	var ids []string
	var wantTypes []string
	for _, c := range cases {
		t.Run(c.typeName, func(t *testing.T) {
			var row struct {
				ID  int64  `db:"id"`
				Key string `db:"key"`
			}
			// The last row, so that an id mix-up with the first row of
			// another table is less likely to pass by chance.
			if err := a.db.Get(&row, fmt.Sprintf(`SELECT id, %s AS key FROM %s ORDER BY id DESC LIMIT 1`, c.keySQL, c.table)); err != nil {
				t.Fatal(err)
			}
			id := gid(c.typeName, row.ID)
			ids = append(ids, id)
			wantTypes = append(wantTypes, c.typeName)
			var out struct {
				Node map[string]any `json:"node"`
			}
			a.query(t, fmt.Sprintf(`query($id: ID!) { node(id: $id) { __typename id ... on %s { %s } } }`, c.typeName, c.key), map[string]any{"id": id}, &out)
			if out.Node == nil {
				t.Fatalf("node(%s:%d) is null", c.typeName, row.ID)
			}
			if out.Node["__typename"] != c.typeName || out.Node["id"] != id {
				t.Errorf("node(%s:%d) = %v", c.typeName, row.ID, out.Node)
			}
			if got := fmt.Sprint(out.Node[c.key]); got != row.Key && !(out.Node[c.key] == nil && row.Key == "") {
				t.Errorf("node(%s:%d).%s = %q, want %q", c.typeName, row.ID, c.key, got, row.Key)
			}
		})
	}

	t.Run("nodes keeps order and gives null for unknown and unpublished", func(t *testing.T) {
		draft := a.sqlInt(t, `SELECT id FROM project WHERE slug = 'exampleshire-carers-app-pilot'`)
		maxID := a.sqlInt(t, `SELECT max(id) FROM project`)
		asked := append([]string{}, ids...)
		asked = append(asked, gid("Project", draft), gid("Project", maxID+1000), ids[0])
		want := append([]string{}, wantTypes...)
		want = append(want, "", "", wantTypes[0])
		var out struct {
			Nodes []map[string]any `json:"nodes"`
		}
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, map[string]any{"ids": asked}, &out)
		if len(out.Nodes) != len(asked) {
			t.Fatalf("nodes returned %d entries for %d IDs", len(out.Nodes), len(asked))
		}
		for i, n := range out.Nodes {
			if want[i] == "" {
				if n != nil {
					t.Errorf("nodes[%d] (%s) = %v, want null", i, asked[i], n)
				}
				continue
			}
			if n == nil || n["__typename"] != want[i] || n["id"] != asked[i] {
				t.Errorf("nodes[%d] = %v, want a %s with id %s", i, n, want[i], asked[i])
			}
		}
	})

	t.Run("every listed id fetches its record again", func(t *testing.T) {
		var list struct {
			Projects  struct{ Nodes []struct{ ID, Slug string } } `json:"projects"`
			Resources struct{ Nodes []struct{ ID, Slug string } } `json:"resources"`
		}
		a.query(t, `{ projects(first: 50) { nodes { id slug } } resources(first: 50) { nodes { id slug } } }`, nil, &list)
		var ids, slugs []string
		for _, n := range list.Projects.Nodes {
			ids, slugs = append(ids, n.ID), append(slugs, n.Slug)
		}
		for _, n := range list.Resources.Nodes {
			ids, slugs = append(ids, n.ID), append(slugs, n.Slug)
		}
		var out struct {
			Nodes []*struct{ Slug string } `json:"nodes"`
		}
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { ... on Project { slug } ... on Resource { slug } } }`, map[string]any{"ids": ids}, &out)
		var got []string
		for _, n := range out.Nodes {
			if n == nil {
				got = append(got, "<null>")
			} else {
				got = append(got, n.Slug)
			}
		}
		sameList(t, "nodes(ids of the first projects and resources)", got, slugs)
		wantIDs := a.sqlStrings(t, `SELECT id::text FROM published_project ORDER BY title, id`)
		for i, n := range list.Projects.Nodes {
			if n.ID != gid("Project", mustAtoi(t, wantIDs[i])) {
				t.Errorf("project %s has id %s, want the global ID of row %s", n.Slug, n.ID, wantIDs[i])
			}
		}
	})
}

func mustAtoi(t *testing.T, s string) int64 {
	t.Helper()
	var n int64
	if _, err := fmt.Sscan(s, &n); err != nil {
		t.Fatal(err)
	}
	return n
}

// TestLookupsThatFindNothingReturnNull: a look-up by an unknown slug or
// code, or node of a deleted row, is null with no error.
func TestLookupsThatFindNothingReturnNull(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	doomed := a.sqlInt(t, `SELECT id FROM published_project WHERE slug = 'mockshire-digital-care-records'`)
	doomedID := gid("Project", doomed)
	var before struct{ Node *struct{ Slug string } }
	a.query(t, `query($id: ID!) { node(id: $id) { ... on Project { slug } } }`, map[string]any{"id": doomedID}, &before)
	if before.Node == nil || before.Node.Slug != "mockshire-digital-care-records" {
		t.Fatalf("before deletion node(%s) = %+v", doomedID, before.Node)
	}
	a.sqlExec(t, `DELETE FROM project WHERE id = $1`, doomed)

	queries := map[string]string{
		"project":              `{ x: project(slug: "no-such") { slug } }`,
		"resource":             `{ x: resource(slug: "no-such") { slug } }`,
		"event":                `{ x: event(slug: "no-such") { slug } }`,
		"eventSeries":          `{ x: eventSeries(slug: "no-such") { slug } }`,
		"source":               `{ x: source(slug: "no-such") { slug } }`,
		"region by code":       `{ x: region(code: "E12999999") { slug } }`,
		"region by slug":       `{ x: region(slug: "atlantis") { slug } }`,
		"nhsRegion by code":    `{ x: nhsRegion(code: "E40999999") { slug } }`,
		"nhsRegion by slug":    `{ x: nhsRegion(slug: "atlantis") { slug } }`,
		"ICS by code":          `{ x: integratedCareSystem(code: "E54999999") { slug } }`,
		"ICS by slug":          `{ x: integratedCareSystem(slug: "atlantis") { slug } }`,
		"localAuthority code":  `{ x: localAuthority(code: "E09999999") { slug } }`,
		"localAuthority slug":  `{ x: localAuthority(slug: "atlantis") { slug } }`,
		"organisation":         `{ x: organisation(slug: "no-such") { slug } }`,
		"person":               `{ x: person(slug: "no-such") { slug } }`,
		"topic":                `{ x: topic(slug: "no-such") { slug } }`,
		"fund":                 `{ x: fund(slug: "no-such") { slug } }`,
		"consortium":           `{ x: consortium(slug: "no-such") { slug } }`,
		"a slug used as code":  `{ x: region(code: "london") { slug } }`,
		"node of deleted row":  fmt.Sprintf(`{ x: node(id: %q) { id } }`, doomedID),
		"node of unknown id":   fmt.Sprintf(`{ x: node(id: %q) { id } }`, gid("Event", 987654321)),
		"project deleted slug": `{ x: project(slug: "mockshire-digital-care-records") { slug } }`,
	}
	for name, q := range queries {
		t.Run(name, func(t *testing.T) {
			var out map[string]json.RawMessage
			a.query(t, q, nil, &out) // fails on any error
			if string(out["x"]) != "null" {
				t.Errorf("%s = %s, want null", q, out["x"])
			}
		})
	}
	t.Run("nodes with a deleted row", func(t *testing.T) {
		var out struct{ Nodes []json.RawMessage }
		a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{doomedID}}, &out)
		if len(out.Nodes) != 1 || string(out.Nodes[0]) != "null" {
			t.Errorf("nodes([deleted]) = %s, want [null]", jsonOf(out.Nodes))
		}
	})
}

// TestLookupArgumentsAreChecked: look-ups taking a slug or a code need
// exactly one; malformed IDs and too many IDs are BAD_USER_INPUT.
func TestLookupArgumentsAreChecked(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	ids := make([]string, 101)
	for i := range ids {
		ids[i] = gid("Project", int64(i+1))
	}
	cases := map[string]struct {
		query string
		vars  map[string]any
	}{
		"region with both":      {`{ region(slug: "london", code: "E12000007") { slug } }`, nil},
		"region with neither":   {`{ region { slug } }`, nil},
		"nhsRegion with both":   {`{ nhsRegion(slug: "london", code: "E40000003") { slug } }`, nil},
		"ICS with neither":      {`{ integratedCareSystem { slug } }`, nil},
		"council with both":     {`{ localAuthority(slug: "brent", code: "E09000005") { slug } }`, nil},
		"malformed node ID":     {`{ node(id: "not an id!") { id } }`, nil},
		"malformed ID in nodes": {`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": []string{gid("Project", 1), "%%%"}}},
		"101 IDs in nodes":      {`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids}},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			if code, msg := a.errCode(t, c.query, c.vars); code != model.ErrorCodeBadUserInput {
				t.Errorf("code %s (%q), want BAD_USER_INPUT", code, msg)
			}
		})
	}
	var out struct{ Nodes []json.RawMessage }
	a.query(t, `query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, map[string]any{"ids": ids[:100]}, &out)
	if len(out.Nodes) != 100 {
		t.Errorf("nodes(100 IDs) returned %d entries", len(out.Nodes))
	}
}
