package graph_test

import (
	"net/url"
	"strings"
	"testing"

	"learningapi/dbtest"
)

// The tests below check, through the API, that the real records say what
// their sources state and nothing more: one test per correction of the
// sample data.

const (
	conference2025 = "co-production-week-2025-conference"
	webinar2025    = "co-production-week-2025-webinar-arts-nature-heritage-carers-lincolnshire"
	embracing      = "embracing-change-scaling-innovation-in-care"
	ceoBlog2025    = "co-production-week-2025-ceo-blog"
)

// TestPriorityOneHasItsPublicWording: priority 1 is titled as DHSC worded
// it, not after one of its examples, and cites a page that states that
// wording.
func TestPriorityOneHasItsPublicWording(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Fund struct {
			Priorities []struct {
				Number      int
				Title       *string
				Description *string
				Provenance  string
				Source      *struct{ Title, URL, Publisher string }
			}
		}
	}
	a.query(t, `{ fund(slug: "accelerating-reform-fund") { priorities { number title description provenance source { title url publisher } } } }`, nil, &out)
	if len(out.Fund.Priorities) == 0 || out.Fund.Priorities[0].Number != 1 {
		t.Fatalf("priorities = %+v, want priority 1 first", out.Fund.Priorities)
	}
	p := out.Fund.Priorities[0]
	if want := "Community-based care models such as shared living arrangements"; p.Title == nil || *p.Title != want {
		t.Errorf("priority 1 title = %s, want %q", strOrNull(p.Title), want)
	}
	if p.Description == nil || !strings.Contains(*p.Description, "Shared Lives and Homeshare are examples") {
		t.Errorf("priority 1 description = %s, want Shared Lives and Homeshare given as examples", strOrNull(p.Description))
	}
	if p.Provenance != "VERIFIED_PUBLIC" || p.Source == nil || p.Source.Title != "Accelerating Reform Fund, Shared Lives, and Homeshare" ||
		p.Source.URL != "https://sharedlivesplus.org.uk/consultancy-support/accelerating-reform-fund-shared-lives-and-homeshare/" {
		t.Errorf("priority 1 cites %+v, want the Shared Lives Plus page that quotes its wording", p.Source)
	}
}

// TestConferenceWorkshopsAreWhatSCIESays: the 2025 conference carries the
// number of its workshops and the four themes they explore, as SCIE's page
// gives them, and no workshop SCIE did not describe is an event.
func TestConferenceWorkshopsAreWhatSCIESays(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Conf struct {
			WorkshopCount *int
			Themes        []string
			Source        struct{ URL string }
			Children      struct{ TotalCount int }
		} `json:"conf"`
		Week struct {
			Events struct {
				TotalCount int
				Nodes      []struct{ Slug, Type string }
			}
		} `json:"week"`
		Invented *struct{ Slug string } `json:"invented"`
	}
	a.query(t, `{
		conf: event(slug: "`+conference2025+`") { workshopCount themes source { url } children { totalCount } }
		week: eventSeries(slug: "co-production-week-2025") { events(first: 100) { totalCount nodes { slug type } } }
		invented: event(slug: "co-production-week-2025-workshop-arf-carers-projects") { slug }
	}`, nil, &out)
	if out.Conf.WorkshopCount == nil || *out.Conf.WorkshopCount != 6 {
		t.Errorf("conference workshopCount = %v, want 6", out.Conf.WorkshopCount)
	}
	if len(out.Conf.Themes) != 4 {
		t.Errorf("conference themes = %q, want the four SCIE lists", out.Conf.Themes)
	}
	for i, want := range []string{"family and friend carers", "commissioning", "Equity, diversity and inclusion", "impact of co-production"} {
		if i < len(out.Conf.Themes) && !strings.Contains(out.Conf.Themes[i], want) {
			t.Errorf("theme %d = %q, want it about %q", i+1, out.Conf.Themes[i], want)
		}
	}
	if out.Conf.Source.URL != "https://www.scie.org.uk/co-production/week/attitudes" {
		t.Errorf("conference source = %q, want SCIE's Co-production Week 2025 page", out.Conf.Source.URL)
	}
	if out.Conf.Children.TotalCount != 0 || out.Invented != nil {
		t.Errorf("the conference has %d child events and the invented workshop reads %+v; SCIE names no workshop", out.Conf.Children.TotalCount, out.Invented)
	}
	want := a.sqlStrings(t, `SELECT e.slug FROM published_event e JOIN event_series s ON s.id = e.series_id WHERE s.slug = 'co-production-week-2025'`)
	got := make([]string, 0, len(out.Week.Events.Nodes))
	for _, e := range out.Week.Events.Nodes {
		got = append(got, e.Slug)
		if e.Type == "WORKSHOP" {
			t.Errorf("Co-production Week 2025 lists workshop event %s", e.Slug)
		}
	}
	sameSet(t, "Co-production Week 2025 events", got, want)
	sameSet(t, "Co-production Week 2025 events (expected)", got, []string{conference2025, webinar2025})
}

// TestDayKnownOnlyToARange: a report launched on an unknown day of a known
// week has no publishedOn, its week as publishedWithin, and still orders
// and filters by its earliest possible day; a resource whose day is known
// has one day for both. Both ways the API answers agree.
func TestDayKnownOnlyToARange(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	for _, way := range bothWays {
		t.Run(way.name, func(t *testing.T) {
			a := newAPI(t, db, way.adjust)
			type dated struct {
				Slug            string
				PublishedOn     *string
				PublishedWithin struct{ From, To string }
			}
			var out struct {
				Report dated `json:"report"`
				Blog   dated `json:"blog"`
				Week   struct {
					Nodes []dated
				} `json:"week"`
				Later struct{ Nodes []dated } `json:"later"`
			}
			a.query(t, `{
				report: resource(slug: "`+embracing+`") { slug publishedOn publishedWithin { from to } }
				blog: resource(slug: "`+ceoBlog2025+`") { slug publishedOn publishedWithin { from to } }
				week: resources(first: 100, filter: {publishedOn: {from: "2025-06-30", to: "2025-06-30"}}, orderBy: {field: PUBLISHED_ON, direction: ASC}) {
					nodes { slug publishedOn publishedWithin { from to } } }
				later: resources(first: 100, filter: {publishedOn: {from: "2025-07-01", to: "2025-07-04"}}) { nodes { slug } }
			}`, nil, &out)
			if out.Report.PublishedOn != nil || out.Report.PublishedWithin.From != "2025-06-30" || out.Report.PublishedWithin.To != "2025-07-04" {
				t.Errorf("%s = %+v, want publishedOn null within 2025-06-30 to 2025-07-04", embracing, out.Report)
			}
			if out.Blog.PublishedOn == nil || *out.Blog.PublishedOn != "2025-06-30" || out.Blog.PublishedWithin.From != "2025-06-30" || out.Blog.PublishedWithin.To != "2025-06-30" {
				t.Errorf("%s = %+v, want 2025-06-30 as its day and its period", ceoBlog2025, out.Blog)
			}
			// The filter judges a range by its earliest possible day.
			var week []string
			for _, r := range out.Week.Nodes {
				week = append(week, r.Slug)
			}
			sameSet(t, "resources published from 30 June 2025 to 30 June 2025", week,
				a.sqlStrings(t, `SELECT slug FROM published_resource WHERE published_earliest = '2025-06-30'`))
			if !strings.Contains(" "+strings.Join(week, " ")+" ", " "+embracing+" ") {
				t.Errorf("the filter on 30 June 2025 misses %s, whose earliest possible day it is: %v", embracing, week)
			}
			for _, r := range out.Later.Nodes {
				if r.Slug == embracing {
					t.Errorf("the filter from 1 July 2025 finds %s, whose earliest possible day is 30 June", embracing)
				}
			}
		})
	}
}

// TestStatisticsCiteThePagesThatStateThem: Community Care's 123 projects,
// read only at an address that is not Community Care's, is gone with its
// source; no source is a site's bare home page standing in for an
// article; and every source's title and address are its own.
func TestStatisticsCiteThePagesThatStateThem(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Fund struct {
			Statistics []struct {
				Measure, Value string
				Source         struct{ Slug, URL string }
			}
		}
		Gone    *struct{ Slug string } `json:"gone"`
		Sources struct {
			TotalCount int
			Nodes      []struct{ Slug, Title, URL, Publisher string }
		}
	}
	a.query(t, `{
		fund(slug: "accelerating-reform-fund") { statistics { measure value source { slug url } } }
		gone: source(slug: "community-care-arf-second-tranche") { slug }
		sources(first: 100) { totalCount nodes { slug title url publisher } }
	}`, nil, &out)
	if out.Gone != nil {
		t.Errorf("source community-care-arf-second-tranche is still served")
	}
	var projectCounts []string
	for _, s := range out.Fund.Statistics {
		if s.Measure == "PROJECT_COUNT" {
			projectCounts = append(projectCounts, s.Value+" "+s.Source.Slug)
		}
	}
	sameSet(t, "project counts and their sources", projectCounts, []string{"122 ipsos-arf-evaluation", "120 the-carer-co-production-week-2025"})
	if out.Sources.TotalCount != len(out.Sources.Nodes) || out.Sources.TotalCount == 0 {
		t.Fatalf("sources: %d of %d read", len(out.Sources.Nodes), out.Sources.TotalCount)
	}
	// The ONS portal backs the geography, whose sources are being checked
	// with the corrections to its codes; it is the one home page left.
	homePages := map[string]bool{"ons-open-geography-portal": true}
	for _, s := range out.Sources.Nodes {
		u, err := url.Parse(s.URL)
		if err != nil || u.Scheme != "https" || u.Host == "" {
			t.Errorf("source %s: %q is not an https address", s.Slug, s.URL)
			continue
		}
		bare := strings.Trim(u.Path, "/") == "" && u.RawQuery == ""
		if bare != homePages[s.Slug] {
			t.Errorf("source %s: %q is a bare home page = %v, want %v", s.Slug, s.URL, bare, homePages[s.Slug])
		}
	}
	// A statistic never cites a home page.
	for _, s := range out.Fund.Statistics {
		if u, err := url.Parse(s.Source.URL); err != nil || strings.Trim(u.Path, "/") == "" && u.RawQuery == "" {
			t.Errorf("statistic %s %s cites %q, not a page that states it", s.Measure, s.Value, s.Source.URL)
		}
	}
}

// typeDoc is what introspection says of an object type's fields.
type typeDoc struct {
	Fields []struct {
		Name        string
		Description string
		Type        struct{ Kind string }
	}
}

// TestValuesNoSourceStatesAreNull: the four values no source states are
// null, their fields say what null means, and filtering on them leaves the
// unknowns out rather than guessing.
func TestValuesNoSourceStatesAreNull(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Consortium struct {
			LeadOrganisation *struct{ Slug string }
			Members          []struct{ Slug string }
		} `json:"consortium"`
		Conf struct {
			DeliveryMode *string
			Registration struct{ Status *string }
		} `json:"conf"`
		Webinar struct {
			DeliveryMode *string
			Host         *struct{ Slug string }
			Registration struct{ Status *string }
		} `json:"webinar"`
		Signed   struct{ Nodes []struct{ Slug string } } `json:"signed"`
		Register typeDoc                                 `json:"register"`
		Card     struct{ CoproductionLevel *string }     `json:"card"`
		Online   struct{ Nodes []struct{ Slug string } } `json:"online"`
		Rungs    struct{ Nodes []struct{ Slug string } } `json:"rungs"`
		Event    typeDoc                                 `json:"event"`
		Project  typeDoc                                 `json:"project"`
	}
	a.query(t, `{
		consortium(slug: "buckinghamshire-oxfordshire-and-berkshire-west-arf") { leadOrganisation { slug } members { slug } }
		conf: event(slug: "`+conference2025+`") { deliveryMode registration { status } }
		webinar: event(slug: "`+webinar2025+`") { deliveryMode host { slug } registration { status } }
		signed: events(first: 100, filter: {series: ["co-production-week-2025"], registrationStatuses: [NOT_REQUIRED, NOT_YET_OPEN, OPEN, WAITING_LIST, SOLD_OUT, CLOSED]}) { nodes { slug } }
		register: __type(name: "Registration") { fields { name description type { kind } } }
		card: project(slug: "north-west-london-carers-card") { coproductionLevel }
		online: events(first: 100, filter: {series: ["co-production-week-2025"], deliveryModes: [ONLINE, IN_PERSON, HYBRID]}) { nodes { slug } }
		rungs: projects(first: 100, filter: {provenance: VERIFIED_PUBLIC, coproductionLevels: [COERCION, EDUCATING, INFORMING, CONSULTATION, ENGAGEMENT, CO_DESIGN, CO_PRODUCTION]}) { nodes { slug } }
		event: __type(name: "Event") { fields { name description type { kind } } }
		project: __type(name: "Project") { fields { name description type { kind } } }
	}`, nil, &out)
	if out.Consortium.LeadOrganisation != nil || len(out.Consortium.Members) != 0 {
		t.Errorf("Buckinghamshire, Oxfordshire and Berkshire West consortium: lead %+v, members %+v; no source names them", out.Consortium.LeadOrganisation, out.Consortium.Members)
	}
	if out.Conf.DeliveryMode != nil {
		t.Errorf("conference deliveryMode = %s, want null: SCIE's page does not say", *out.Conf.DeliveryMode)
	}
	if out.Conf.Registration.Status != nil || out.Webinar.Registration.Status != nil {
		t.Errorf("Co-production Week 2025 registration statuses %s and %s, want null: SCIE's page says nothing of signing up",
			strOrNull(out.Conf.Registration.Status), strOrNull(out.Webinar.Registration.Status))
	}
	if len(out.Signed.Nodes) != 0 {
		t.Errorf("a filter on every registration status finds %v, whose status is unknown", out.Signed.Nodes)
	}
	for _, f := range out.Register.Fields {
		if f.Name == "status" && (f.Type.Kind == "NON_NULL" || !strings.Contains(f.Description, "null when")) {
			t.Errorf("Registration.status is %s, described %q; want nullable, saying what null means", f.Type.Kind, f.Description)
		}
	}
	if out.Webinar.Host != nil {
		t.Errorf("webinar host = %s, want null: SCIE's page names its hosts as people", out.Webinar.Host.Slug)
	}
	if out.Card.CoproductionLevel != nil {
		t.Errorf("north-west-london-carers-card coproductionLevel = %s, want null", *out.Card.CoproductionLevel)
	}
	// A filter on a value matches only records that state one.
	var online []string
	for _, e := range out.Online.Nodes {
		online = append(online, e.Slug)
	}
	sameSet(t, "Co-production Week 2025 events with a stated delivery mode", online, []string{webinar2025})
	for _, p := range out.Rungs.Nodes {
		if p.Slug == "north-west-london-carers-card" {
			t.Error("a filter on every rung finds north-west-london-carers-card, whose rung is unknown")
		}
	}
	for _, f := range append(out.Event.Fields, out.Project.Fields...) {
		if f.Name != "deliveryMode" && f.Name != "coproductionLevel" {
			continue
		}
		if f.Type.Kind == "NON_NULL" || !strings.Contains(f.Description, "Null when") {
			t.Errorf("field %s is %s, described %q; want nullable, saying what null means", f.Name, f.Type.Kind, f.Description)
		}
	}
}

// TestCEOBlogIsAVerifiedResource: SCIE's chief executive's blog for
// Co-production Week 2025 is a verified blog with its author and its own
// source.
func TestCEOBlogIsAVerifiedResource(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Blog *struct {
			Title, Type, Provenance string
			PublishedOn             *string
			Publisher               struct{ Slug string }
			Topics                  []struct{ Slug string }
			Authors                 []struct {
				Name, Provenance string
				JobTitle         *string
				Organisation     *struct{ Slug string }
				Source           *struct{ Slug string }
			}
			Source *struct {
				Slug, Title, URL, Publisher string
				PublishedOn                 *string
			}
		} `json:"blog"`
		People struct{ Nodes []struct{ Slug string } } `json:"people"`
	}
	a.query(t, `{
		blog: resource(slug: "`+ceoBlog2025+`") { title type provenance publishedOn publisher { slug } topics { slug }
			authors { name provenance jobTitle organisation { slug } source { slug } }
			source { slug title url publisher publishedOn } }
		people: people(first: 100, filter: {provenance: VERIFIED_PUBLIC}) { nodes { slug } }
	}`, nil, &out)
	b := out.Blog
	if b == nil {
		t.Fatalf("resource %s is not served", ceoBlog2025)
	}
	if b.Title != "Co-production Week 2025: Innovation through co-production in a pressured social care system" || b.Type != "BLOG" ||
		b.Provenance != "VERIFIED_PUBLIC" || b.PublishedOn == nil || *b.PublishedOn != "2025-06-30" || b.Publisher.Slug != "social-care-institute-for-excellence" {
		t.Errorf("blog = %+v", *b)
	}
	if len(b.Authors) != 1 || b.Authors[0].Name != "Kathryn Marsden OBE" || b.Authors[0].Provenance != "VERIFIED_PUBLIC" ||
		b.Authors[0].Organisation == nil || b.Authors[0].Organisation.Slug != "social-care-institute-for-excellence" ||
		b.Authors[0].Source == nil || b.Authors[0].Source.Slug != "scie-ceo-blog-co-production-week-2025" {
		t.Errorf("blog authors = %+v, want Kathryn Marsden OBE of SCIE, verified from the blog", b.Authors)
	}
	if s := b.Source; s == nil || s.Slug != "scie-ceo-blog-co-production-week-2025" || s.Title != b.Title ||
		!strings.HasPrefix(s.URL, "https://www.scie.org.uk/") || s.PublishedOn == nil || *s.PublishedOn != "2025-06-30" {
		t.Errorf("blog source = %+v, want the blog itself under its own title", s)
	}
	var topics []string
	for _, tp := range b.Topics {
		topics = append(topics, tp.Slug)
	}
	sameSet(t, "blog topics", topics, []string{"co-production", "unpaid-carers"})
	var people []string
	for _, p := range out.People.Nodes {
		people = append(people, p.Slug)
	}
	sameSet(t, "verified people", people, []string{"kathryn-marsden"})
}

// TestCarersLabelsLeadWithSCIEsWords: the labels the website shows for
// unpaid carers lead with SCIE's own words, "family and friend carers".
func TestCarersLabelsLeadWithSCIEsWords(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	type enum struct {
		EnumValues []struct{ Name, Description string }
	}
	var out struct {
		Audience    enum                  `json:"audience"`
		TargetGroup enum                  `json:"targetGroup"`
		Topic       struct{ Name string } `json:"topic"`
	}
	a.query(t, `{
		audience: __type(name: "Audience") { enumValues { name description } }
		targetGroup: __type(name: "TargetGroup") { enumValues { name description } }
		topic: topic(slug: "unpaid-carers") { name }
	}`, nil, &out)
	const scie = "Family and friend carers"
	for name, e := range map[string]enum{"Audience": out.Audience, "TargetGroup": out.TargetGroup} {
		found := false
		for _, v := range e.EnumValues {
			if v.Name == "UNPAID_CARERS" {
				found = true
				if !strings.HasPrefix(v.Description, scie) || !strings.Contains(v.Description, "unpaid carers") {
					t.Errorf("%s.UNPAID_CARERS is described %q; want it to lead with %q and still say unpaid carers", name, v.Description, scie)
				}
			}
		}
		if !found {
			t.Errorf("%s has no UNPAID_CARERS value", name)
		}
	}
	if !strings.HasPrefix(out.Topic.Name, scie) {
		t.Errorf("topic unpaid-carers is named %q; want it to lead with %q", out.Topic.Name, scie)
	}
}
