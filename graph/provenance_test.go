package graph_test

// The honest-data rule as a client sees it: an illustrative record only
// names illustrative records, and every verified record cites a source
// with an https address (the one the database records).

import (
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"learningapi/dbtest"
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

// TestRealFundListsOnlyRealRecords: the real fund reports its true totals
// (42 consortia, £42.6m in two tranches), and nothing it lists, down
// through its tranches' allocations and its priorities' projects, is
// invented; the invented consortia, allocations and project priorities
// sit under the fictional fund instead.
func TestRealFundListsOnlyRealRecords(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	type fundOut struct {
		Slug         string
		Provenance   string
		TotalAmount  moneyOut
		TrancheTotal moneyOut
		Funder       provNode
		Consortia    struct {
			TotalCount int
			Nodes      []struct {
				provNode
				Allocations []struct{ Provenance string }
				Projects    struct{ Nodes []provNode }
			}
		}
		Tranches []struct {
			FinancialYear string
			Provenance    string
			Allocations   []struct {
				Provenance string
				Consortium provNode
				Project    *provNode
			}
		}
		Statistics []struct{ Provenance string }
		Priorities []struct {
			Number     int
			Provenance string
			Projects   struct {
				TotalCount int
				Nodes      []provNode
			}
		}
	}
	var out struct{ Real, Fictional fundOut }
	const fields = `slug provenance totalAmount ` + moneyFields + ` trancheTotal ` + moneyFields + ` funder { slug provenance }
		consortia(first: 100) { totalCount nodes { slug provenance allocations { provenance } projects(first: 100) { nodes { slug provenance } } } }
		tranches { financialYear provenance allocations { provenance consortium { slug provenance } project { slug provenance } } }
		statistics { provenance }
		priorities { number provenance projects(first: 100) { totalCount nodes { slug provenance } } }`
	a.query(t, `{ real: fund(slug: "accelerating-reform-fund") { `+fields+` }
		fictional: fund(slug: "exampleshire-innovation-fund") { `+fields+` } }`, nil, &out)

	r := out.Real
	if r.Consortia.TotalCount != 42 || len(r.Consortia.Nodes) != 42 {
		t.Errorf("the real fund lists %d consortia (%d read), want 42", r.Consortia.TotalCount, len(r.Consortia.Nodes))
	}
	wantMoney(t, "the real fund's total", r.TotalAmount, "4260000000", "42600000.00", "£42,600,000")
	wantMoney(t, "the real fund's tranches", r.TrancheTotal, "4260000000", "42600000.00", "£42,600,000")

	// world names the world a record belongs to.
	world := func(provenance string) string {
		if provenance == "ILLUSTRATIVE" {
			return "invented"
		}
		return "real"
	}
	// inWorld checks everything a fund lists belongs to the fund's world,
	// and counts what it checked.
	inWorld := func(f fundOut) int {
		t.Helper()
		want := world(f.Provenance)
		n := 0
		check := func(what, provenance string) {
			t.Helper()
			n++
			if world(provenance) != want {
				t.Errorf("%s fund %s lists %s (%s)", want, f.Slug, what, provenance)
			}
		}
		check("its funder "+f.Funder.Slug, f.Funder.Provenance)
		for _, c := range f.Consortia.Nodes {
			check("consortium "+c.Slug, c.Provenance)
			for _, al := range c.Allocations {
				check("an allocation of "+c.Slug, al.Provenance)
			}
			for _, p := range c.Projects.Nodes {
				check("project "+p.Slug+" of "+c.Slug, p.Provenance)
			}
		}
		for _, tr := range f.Tranches {
			check("tranche "+tr.FinancialYear, tr.Provenance)
			for _, al := range tr.Allocations {
				check("an allocation on tranche "+tr.FinancialYear, al.Provenance)
				check("consortium "+al.Consortium.Slug+" on tranche "+tr.FinancialYear, al.Consortium.Provenance)
				if al.Project != nil {
					check("project "+al.Project.Slug+" on tranche "+tr.FinancialYear, al.Project.Provenance)
				}
			}
		}
		for _, s := range f.Statistics {
			check("a statistic", s.Provenance)
		}
		for _, p := range f.Priorities {
			check(fmt.Sprint("priority ", p.Number), p.Provenance)
			for _, pj := range p.Projects.Nodes {
				check(fmt.Sprint("project ", pj.Slug, " under priority ", p.Number), pj.Provenance)
			}
		}
		return n
	}
	if n := inWorld(r); n < 60 {
		t.Errorf("only %d records checked under the real fund", n)
	}
	if f := out.Fictional; f.Provenance != "ILLUSTRATIVE" {
		t.Errorf("the fictional fund is %s", f.Provenance)
	} else if n := inWorld(f); n < 100 {
		t.Errorf("only %d records checked under the fictional fund", n)
	}

	// The invented records all hang under the fictional fund, as the
	// database has them.
	count := func(f fundOut) (consortia, allocations, projects int) {
		consortia = f.Consortia.TotalCount
		for _, tr := range f.Tranches {
			allocations += len(tr.Allocations)
		}
		for _, p := range f.Priorities {
			projects += p.Projects.TotalCount
		}
		return
	}
	c, al, pp := count(out.Fictional)
	if want := int(a.sqlInt(t, `SELECT count(*) FROM consortium WHERE provenance = 'ILLUSTRATIVE'`)); c != want || c == 0 {
		t.Errorf("the fictional fund lists %d consortia, want every illustrative one (%d)", c, want)
	}
	if want := int(a.sqlInt(t, `SELECT count(*) FROM published_allocation WHERE provenance = 'ILLUSTRATIVE'`)); al != want || al == 0 {
		t.Errorf("the fictional fund's tranches list %d allocations, want every visible illustrative one (%d)", al, want)
	}
	if want := int(a.sqlInt(t, `SELECT count(*) FROM project_priority pp JOIN published_project p ON p.id = pp.project_id
		WHERE p.provenance = 'ILLUSTRATIVE'`)); pp != want || pp == 0 {
		t.Errorf("the fictional fund's priorities list %d projects, want every published illustrative one's (%d)", pp, want)
	}
}

// TestOxfordshireProjectSaysOnlyWhatItsSourceSays: the Oxfordshire project
// is titled and scoped as Oxfordshire County Council's page has it (its
// Shared Lives programme and Age UK Oxfordshire's Homeshare, not the
// whole Buckinghamshire, Oxfordshire and Berkshire West footprint), and its
// place in that consortium, which the page does not state, is INFERRED with
// a note saying from what.
func TestOxfordshireProjectSaysOnlyWhatItsSourceSays(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Project struct {
			Title, Summary string
			Provenance     string
			ProvenanceNote *string
			Source         struct{ Slug, Title, URL, Publisher, PublishedOn string }
			Consortium     provNode
		}
	}
	a.query(t, `{ project(slug: "buckinghamshire-oxfordshire-and-berkshire-west-shared-lives") {
		title summary provenance provenanceNote source { slug title url publisher publishedOn } consortium { slug provenance } } }`, nil, &out)
	p := out.Project
	if p.Title != "Shared Lives and Homeshare in Oxfordshire" {
		t.Errorf("title = %q", p.Title)
	}
	for _, part := range []string{"Oxfordshire County Council's Shared Lives", "Age UK Oxfordshire's Homeshare"} {
		if !strings.Contains(p.Summary, part) {
			t.Errorf("summary does not name %q: %q", part, p.Summary)
		}
	}
	for _, text := range []string{p.Title, p.Summary} {
		if strings.Contains(text, "Buckinghamshire") || strings.Contains(text, "Berkshire") {
			t.Errorf("%q speaks for the whole footprint, which the source does not", text)
		}
	}
	if p.Provenance != "INFERRED" {
		t.Errorf("provenance = %s, want INFERRED", p.Provenance)
	}
	if p.ProvenanceNote == nil || !strings.Contains(*p.ProvenanceNote, "Buckinghamshire, Oxfordshire and Berkshire West") ||
		!strings.Contains(*p.ProvenanceNote, "inferred from Oxfordshire lying in that integrated care system") {
		t.Errorf("provenanceNote = %s, want it to say the consortium is inferred from geography", strOrNull(p.ProvenanceNote))
	}
	want := struct{ Slug, Title, URL, Publisher, PublishedOn string }{
		"oxfordshire-cc-shared-lives-arf",
		"Oxfordshire's Shared Lives and Homeshare programmes receive welcome funding boost",
		"https://news.oxfordshire.gov.uk/oxfordshires-shared-lives-and-homeshare-programmes-receive-welcome-funding-boost/",
		"Oxfordshire County Council", "2024-03-19",
	}
	if p.Source != want {
		t.Errorf("source = %+v, want %+v", p.Source, want)
	}
	if p.Consortium.Slug != "buckinghamshire-oxfordshire-and-berkshire-west-arf" || p.Consortium.Provenance != "VERIFIED_PUBLIC" {
		t.Errorf("consortium = %+v", p.Consortium)
	}
}

// TestProvenanceFiltersOverSharedReferenceData: regions, NHS regions and
// topics are shared by real and illustrative records, so their lists and
// counts take a provenance filter; for each of the three levels, what the
// API counts matches the database, and the levels add up to the whole.
func TestProvenanceFiltersOverSharedReferenceData(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	for _, way := range bothWays {
		t.Run(way.name, func(t *testing.T) {
			countByProvenance(t, newAPI(t, db, roomyLimits, way.adjust))
		})
	}
}

// countByProvenance counts what regions, NHS regions and topics list at
// each provenance level and compares it with the database.
func countByProvenance(t *testing.T, a *api) {
	const q = `query($p: ProvenanceKind) {
		regions { slug localAuthorities(provenance: $p) { slug } projects(first: 1, filter: {provenance: $p}) { totalCount } }
		nhsRegions { slug integratedCareSystems(provenance: $p) { slug } }
		topics(first: 100) { nodes { slug projects(first: 1, filter: {provenance: $p}) { totalCount } resources(first: 1, filter: {provenance: $p}) { totalCount } } }
		projects(first: 1, filter: {provenance: $p}) { totalCount }
		resources(first: 1, filter: {provenance: $p}) { totalCount }
	}`
	type counted struct{ TotalCount int }
	type answer struct {
		Regions []struct {
			Slug             string
			LocalAuthorities []struct{ Slug string }
			Projects         counted
		}
		NhsRegions []struct {
			Slug                  string
			IntegratedCareSystems []struct{ Slug string }
		}
		Topics struct {
			Nodes []struct {
				Slug                string
				Projects, Resources counted
			}
		}
		Projects, Resources counted
	}
	read := func(provenance any) (councils, systems, regionProjects, topicProjects, topicResources []string, projects, resources int) {
		var out answer
		a.query(t, q, map[string]any{"p": provenance}, &out)
		for _, r := range out.Regions {
			for _, la := range r.LocalAuthorities {
				councils = append(councils, r.Slug+"|"+la.Slug)
			}
			regionProjects = append(regionProjects, fmt.Sprint(r.Slug, "|", r.Projects.TotalCount))
		}
		for _, n := range out.NhsRegions {
			for _, i := range n.IntegratedCareSystems {
				systems = append(systems, n.Slug+"|"+i.Slug)
			}
		}
		for _, x := range out.Topics.Nodes {
			topicProjects = append(topicProjects, fmt.Sprint(x.Slug, "|", x.Projects.TotalCount))
			topicResources = append(topicResources, fmt.Sprint(x.Slug, "|", x.Resources.TotalCount))
		}
		return councils, systems, regionProjects, topicProjects, topicResources, out.Projects.TotalCount, out.Resources.TotalCount
	}
	const under = `WITH RECURSIVE tree (a, d) AS (SELECT id, id FROM topic UNION ALL SELECT tree.a, c.id FROM tree JOIN topic c ON c.parent_id = tree.d) `
	allCouncils, allSystems, _, _, _, allProjects, allResources := read(nil)
	var councilsSeen, systemsSeen, projectsSeen, resourcesSeen int
	for _, level := range []string{"VERIFIED_PUBLIC", "INFERRED", "ILLUSTRATIVE"} {
		t.Run(level, func(t *testing.T) {
			councils, systems, regionProjects, topicProjects, topicResources, projects, resources := read(level)
			sameSet(t, "region.localAuthorities", councils, a.sqlStrings(t,
				`SELECT r.slug || '|' || la.slug FROM region r JOIN local_authority la ON la.region_id = r.id WHERE la.provenance = $1`, level))
			sameSet(t, "nhsRegion.integratedCareSystems", systems, a.sqlStrings(t,
				`SELECT n.slug || '|' || i.slug FROM nhs_region n JOIN ics i ON i.nhs_region_id = n.id WHERE i.provenance = $1`, level))
			sameSet(t, "region.projects counts", regionProjects, a.sqlStrings(t, `
				SELECT r.slug || '|' || count(DISTINCT p.id) FROM region r
				LEFT JOIN local_authority la ON la.region_id = r.id
				LEFT JOIN ics_local_authority il ON il.local_authority_id = la.id
				LEFT JOIN consortium c ON c.ics_id = il.ics_id
				LEFT JOIN published_project p ON p.consortium_id = c.id AND p.provenance = $1
				GROUP BY r.slug`, level))
			sameSet(t, "topic.projects counts", topicProjects, a.sqlStrings(t, under+`
				SELECT t.slug || '|' || (SELECT count(DISTINCT p.id) FROM tree JOIN project_topic pt ON pt.topic_id = tree.d
					JOIN published_project p ON p.id = pt.project_id WHERE tree.a = t.id AND p.provenance = $1) FROM topic t`, level))
			sameSet(t, "topic.resources counts", topicResources, a.sqlStrings(t, under+`
				SELECT t.slug || '|' || (SELECT count(DISTINCT r.id) FROM tree JOIN resource_topic rt ON rt.topic_id = tree.d
					JOIN published_resource r ON r.id = rt.resource_id WHERE tree.a = t.id AND r.provenance = $1) FROM topic t`, level))
			if want := a.sqlInt(t, `SELECT count(*) FROM published_project WHERE provenance = $1`, level); int64(projects) != want {
				t.Errorf("projects of provenance %s: %d, want %d", level, projects, want)
			}
			if want := a.sqlInt(t, `SELECT count(*) FROM published_resource WHERE provenance = $1`, level); int64(resources) != want {
				t.Errorf("resources of provenance %s: %d, want %d", level, resources, want)
			}
			councilsSeen += len(councils)
			systemsSeen += len(systems)
			projectsSeen += projects
			resourcesSeen += resources
		})
	}
	// Left out, the filter narrows nothing: the three levels make the whole.
	if councilsSeen != len(allCouncils) || systemsSeen != len(allSystems) || projectsSeen != allProjects || resourcesSeen != allResources {
		t.Errorf("the levels add up to %d councils, %d systems, %d projects, %d resources; unfiltered: %d, %d, %d, %d",
			councilsSeen, systemsSeen, projectsSeen, resourcesSeen, len(allCouncils), len(allSystems), allProjects, allResources)
	}
	if a.sqlInt(t, `SELECT count(*) FROM published_project WHERE provenance = 'INFERRED'`) == 0 {
		t.Error("no inferred project to count; the INFERRED level is untested")
	}
}
