package graph_test

// The honest-data rule as a client sees it: an illustrative record only
// names illustrative records, and every verified record cites a source
// with an https address (the one the database records).

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

type provNode struct {
	Slug       string `json:"slug"`
	Provenance string `json:"provenance"`
}

func TestIllustrativeRecordsNameOnlyIllustrativeRecords(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	var out struct {
		Projects struct {
			Nodes []struct {
				provNode
				LeadOrganisation *provNode
				Partners         []struct{ Organisation provNode }
				Consortium       struct {
					provNode
					IntegratedCareSystem provNode
					LeadOrganisation     *provNode
					Members              []provNode
				}
				IntegratedCareSystem provNode
				Allocations          []struct{ Provenance string }
				Resources            struct{ Nodes []provNode }
				Events               struct{ Nodes []provNode }
			}
		}
		Events struct {
			Nodes []struct {
				provNode
				Host      *provNode
				Series    *provNode
				Parent    *provNode
				Recording *provNode
				Speakers  []struct{ Person provNode }
			}
		}
		ICS struct {
			Nodes []struct {
				provNode
				Code             string
				LocalAuthorities []struct {
					provNode
					Code string
				}
			}
		} `json:"integratedCareSystems"`
	}
	a.query(t, `{
		projects(first: 100) { nodes { slug provenance
			leadOrganisation { slug provenance } partners { organisation { slug provenance } }
			consortium { slug provenance integratedCareSystem { slug provenance } leadOrganisation { slug provenance } members { slug provenance } }
			integratedCareSystem { slug provenance } allocations { provenance }
			resources(first: 100) { nodes { slug provenance } } events(first: 100) { nodes { slug provenance } } } }
		events(first: 100) { nodes { slug provenance host { slug provenance } series { slug provenance } parent { slug provenance }
			recording { slug provenance } speakers { person { slug provenance } } } }
		integratedCareSystems(first: 100) { nodes { slug provenance code localAuthorities { slug provenance code } } }
	}`, nil, &out)
	resources := pageAllAs[struct {
		provNode
		Publisher *provNode
		Authors   []provNode
		Projects  struct{ Nodes []provNode }
		Events    struct{ Nodes []provNode }
	}](t, a, `query($after: String) { resources(first: 100, after: $after) { `+pageInfoFields+` nodes { slug provenance
		publisher { slug provenance } authors { slug provenance }
		projects(first: 100) { nodes { slug provenance } } events(first: 100) { nodes { slug provenance } } } } }`, "resources")

	same := func(kind string, subject provNode, role string, object *provNode) {
		t.Helper()
		// Real records (verified or inferred) and illustrative ones are two
		// worlds that never meet.
		if object != nil && (object.Provenance == "ILLUSTRATIVE") != (subject.Provenance == "ILLUSTRATIVE") {
			t.Errorf("%s %s (%s) names %s %s (%s)", kind, subject.Slug, subject.Provenance, role, object.Slug, object.Provenance)
		}
	}
	illustrative, checked := 0, 0
	for _, p := range out.Projects.Nodes {
		if p.Provenance == "ILLUSTRATIVE" {
			illustrative++
			// The honest-data rule (README, Honest sample data), one way: everything an
			// illustrative project names is illustrative.
			for _, o := range []*provNode{p.LeadOrganisation, &p.Consortium.provNode, &p.IntegratedCareSystem, &p.Consortium.IntegratedCareSystem, p.Consortium.LeadOrganisation} {
				if o != nil && o.Provenance != "ILLUSTRATIVE" {
					t.Errorf("illustrative project %s names verified %s", p.Slug, o.Slug)
				}
				checked++
			}
			for _, pp := range p.Partners {
				if pp.Organisation.Provenance != "ILLUSTRATIVE" {
					t.Errorf("illustrative project %s has verified partner %s", p.Slug, pp.Organisation.Slug)
				}
				checked++
			}
			for _, m := range p.Consortium.Members {
				if m.Provenance != "ILLUSTRATIVE" {
					t.Errorf("illustrative project %s's consortium has verified member %s", p.Slug, m.Slug)
				}
			}
		}
		// Both ways, for every project.
		same("project", p.provNode, "lead organisation", p.LeadOrganisation)
		same("project", p.provNode, "consortium", &p.Consortium.provNode)
		for _, pp := range p.Partners {
			same("project", p.provNode, "partner", &pp.Organisation)
		}
		for _, al := range p.Allocations {
			same("project", p.provNode, "an allocation of", &provNode{Slug: "(allocation)", Provenance: al.Provenance})
		}
		for _, r := range p.Resources.Nodes {
			same("project", p.provNode, "resource", &r)
		}
		for _, e := range p.Events.Nodes {
			same("project", p.provNode, "event", &e)
		}
		c := p.Consortium
		same("consortium", c.provNode, "system", &c.IntegratedCareSystem)
		same("consortium", c.provNode, "lead organisation", c.LeadOrganisation)
		for _, m := range c.Members {
			same("consortium", c.provNode, "member", &m)
		}
	}
	if illustrative < 30 || checked < 100 {
		t.Errorf("only %d illustrative projects and %d links checked; the check is weak", illustrative, checked)
	}
	for _, e := range out.Events.Nodes {
		same("event", e.provNode, "host", e.Host)
		same("event", e.provNode, "series", e.Series)
		same("event", e.provNode, "parent", e.Parent)
		same("event", e.provNode, "recording", e.Recording)
		for _, s := range e.Speakers {
			same("event", e.provNode, "speaker", &s.Person)
		}
	}
	for _, r := range resources {
		same("resource", r.provNode, "publisher", r.Publisher)
		for _, au := range r.Authors {
			same("resource", r.provNode, "author", &au)
		}
		for _, p := range r.Projects.Nodes {
			same("resource", r.provNode, "project", &p)
		}
		for _, e := range r.Events.Nodes {
			same("resource", r.provNode, "event", &e)
		}
	}
	for _, i := range out.ICS.Nodes {
		if (i.Provenance == "ILLUSTRATIVE") != strings.HasPrefix(i.Code, "X") {
			t.Errorf("system %s is %s with code %s: illustrative codes, and only they, start with X", i.Slug, i.Provenance, i.Code)
		}
		for _, la := range i.LocalAuthorities {
			same("system", i.provNode, "council", &la.provNode)
			if (la.Provenance == "ILLUSTRATIVE") != strings.HasPrefix(la.Code, "X") {
				t.Errorf("council %s is %s with code %s", la.Slug, la.Provenance, la.Code)
			}
		}
	}
}

// TestVerifiedRecordsCiteTheirSource: every verified or inferred record of
// every kind has a source with an https address, and it is the source the
// database records for it; an inferred record also says what it was
// inferred from; illustrative records are told apart by provenance.
func TestVerifiedRecordsCiteTheirSource(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	src := `provenance provenanceNote source { slug url }`
	raw := a.raw(t, `{
		projects(first: 100) { nodes { key: slug `+src+` } }
		newest: resources(first: 100) { nodes { key: slug `+src+` } }
		oldest: resources(first: 100, orderBy: {field: PUBLISHED_ON, direction: ASC}) { nodes { key: slug `+src+` } }
		events(first: 100) { nodes { key: slug `+src+` } }
		eventSeriesList(first: 100) { nodes { key: slug `+src+` } }
		funds { key: slug `+src+` tranches { key: financialYear `+src+` } statistics { key: measure value `+src+` } priorities { key: number `+src+` } }
		integratedCareSystems(first: 100) { nodes { key: slug `+src+` } }
		localAuthorities(first: 100) { nodes { key: slug `+src+` } }
		regions { key: slug `+src+` }
		nhsRegions { key: slug `+src+` }
		organisations(first: 100) { nodes { key: slug `+src+` } }
		people(first: 100) { nodes { key: slug `+src+` } }
		consortia(first: 100) { nodes { key: slug `+src+` allocations { key: id `+src+` } } }
	}`, nil)
	type rec struct {
		Key            any     `json:"key"`
		Value          string  `json:"value"`
		Provenance     string  `json:"provenance"`
		ProvenanceNote *string `json:"provenanceNote"`
		Source         *struct{ Slug, URL string }
	}
	decode := func(path string, nodes bool) []rec {
		var out []rec
		cur := at(t, raw, path)
		if nodes {
			cur = at(t, cur, "nodes")
		}
		if err := json.Unmarshal(cur, &out); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		return out
	}
	var funds []struct {
		rec
		Tranches   []rec
		Statistics []rec
		Priorities []rec
	}
	if err := json.Unmarshal(at(t, raw, "funds"), &funds); err != nil {
		t.Fatal(err)
	}
	var consortia []struct {
		rec
		Allocations []rec
	}
	if err := json.Unmarshal(at(t, at(t, raw, "consortia"), "nodes"), &consortia); err != nil {
		t.Fatal(err)
	}
	groups := map[string][]rec{
		"project":              decode("projects", true),
		"resource":             append(decode("newest", true), decode("oldest", true)...),
		"event":                decode("events", true),
		"event series":         decode("eventSeriesList", true),
		"integrated care sys.": decode("integratedCareSystems", true),
		"local authority":      decode("localAuthorities", true),
		"region":               decode("regions", false),
		"NHS region":           decode("nhsRegions", false),
		"organisation":         decode("organisations", true),
		"person":               decode("people", true),
	}
	// Tranches and priorities are named within their fund.
	within := func(fund rec, recs []rec) []rec {
		out := make([]rec, len(recs))
		for i, r := range recs {
			r.Key = fmt.Sprint(fund.Key) + "/" + fmt.Sprint(r.Key)
			out[i] = r
		}
		return out
	}
	for _, f := range funds {
		groups["fund"] = append(groups["fund"], f.rec)
		groups["tranche"] = append(groups["tranche"], within(f.rec, f.Tranches)...)
		groups["statistic"] = append(groups["statistic"], f.Statistics...)
		groups["priority"] = append(groups["priority"], within(f.rec, f.Priorities)...)
	}
	for _, c := range consortia {
		groups["consortium"] = append(groups["consortium"], c.rec)
		groups["allocation"] = append(groups["allocation"], c.Allocations...)
	}
	// The sources the database records, keyed the same way.
	wantSQL := map[string]string{
		"project":              `SELECT x.slug a, coalesce(s.slug, '-') b FROM published_project x LEFT JOIN source s ON s.id = x.source_id`,
		"resource":             `SELECT x.slug a, coalesce(s.slug, '-') b FROM published_resource x LEFT JOIN source s ON s.id = x.source_id`,
		"event":                `SELECT x.slug a, coalesce(s.slug, '-') b FROM published_event x LEFT JOIN source s ON s.id = x.source_id`,
		"event series":         `SELECT x.slug a, coalesce(s.slug, '-') b FROM published_event_series x LEFT JOIN source s ON s.id = x.source_id`,
		"integrated care sys.": `SELECT x.slug a, coalesce(s.slug, '-') b FROM ics x LEFT JOIN source s ON s.id = x.source_id`,
		"local authority":      `SELECT x.slug a, coalesce(s.slug, '-') b FROM local_authority x LEFT JOIN source s ON s.id = x.source_id`,
		"region":               `SELECT x.slug a, coalesce(s.slug, '-') b FROM region x LEFT JOIN source s ON s.id = x.source_id`,
		"NHS region":           `SELECT x.slug a, coalesce(s.slug, '-') b FROM nhs_region x LEFT JOIN source s ON s.id = x.source_id`,
		"organisation":         `SELECT x.slug a, coalesce(s.slug, '-') b FROM organisation x LEFT JOIN source s ON s.id = x.source_id`,
		"person":               `SELECT x.slug a, coalesce(s.slug, '-') b FROM person x LEFT JOIN source s ON s.id = x.source_id`,
		"fund":                 `SELECT x.slug a, coalesce(s.slug, '-') b FROM fund x LEFT JOIN source s ON s.id = x.source_id`,
		"tranche":              `SELECT f.slug || '/' || x.financial_year a, coalesce(s.slug, '-') b FROM fund_tranche x JOIN fund f ON f.id = x.fund_id LEFT JOIN source s ON s.id = x.source_id`,
		"statistic":            `SELECT x.measure || '=' || x.value::text a, coalesce(s.slug, '-') b FROM fund_statistic x LEFT JOIN source s ON s.id = x.source_id`,
		"priority":             `SELECT f.slug || '/' || x.number a, coalesce(s.slug, '-') b FROM priority x JOIN fund f ON f.id = x.fund_id LEFT JOIN source s ON s.id = x.source_id`,
		"consortium":           `SELECT x.slug a, coalesce(s.slug, '-') b FROM consortium x LEFT JOIN source s ON s.id = x.source_id`,
		"allocation":           `SELECT 'Allocation:' || x.id a, coalesce(s.slug, '-') b FROM allocation x LEFT JOIN source s ON s.id = x.source_id`,
	}
	verified := 0
	for kind, recs := range groups {
		if len(recs) == 0 {
			t.Errorf("no %s records read", kind)
		}
		seen := map[string]bool{}
		var got []string
		for _, r := range recs {
			key := strings.TrimSuffix(strings.TrimPrefix(jsonOf(r.Key), `"`), `"`)
			switch kind {
			case "statistic":
				key += "=" + r.Value
			case "allocation":
				key = ungid(t, key)
			}
			if seen[key] {
				continue // a resource read by both orders
			}
			seen[key] = true
			switch r.Provenance {
			case "INFERRED":
				if r.ProvenanceNote == nil || strings.TrimSpace(*r.ProvenanceNote) == "" {
					t.Errorf("inferred %s %s does not say what it was inferred from", kind, key)
				}
				fallthrough
			case "VERIFIED_PUBLIC":
				verified++
				if r.Source == nil {
					t.Errorf("verified %s %s has no source", kind, key)
				} else if !strings.HasPrefix(r.Source.URL, "https://") || strings.ContainsAny(r.Source.URL, " \t\n") {
					t.Errorf("verified %s %s cites %s at %q, not an https address", kind, key, r.Source.Slug, r.Source.URL)
				}
			case "ILLUSTRATIVE":
			default:
				t.Errorf("%s %s has provenance %q", kind, key, r.Provenance)
			}
			s := "-"
			if r.Source != nil {
				s = r.Source.Slug
			}
			got = append(got, key+"|"+s)
		}
		sameSet(t, kind+" sources", got, a.sqlPairs(t, wantSQL[kind]))
	}
	if verified < 100 {
		t.Errorf("only %d verified records checked", verified)
	}
}
