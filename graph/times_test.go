package graph_test

// Moments are written as RFC 3339 in UK time (Europe/London) with their
// UTC offset: +01:00 in summer (BST), +00:00 in winter (GMT). Inputs may
// use any offset. Dates are YYYY-MM-DD and never shift with time zones.
// EventFilter.startsOn counts UK calendar days.

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

// londonSQL writes a timestamptz column the way the API promises: UK
// wall-clock time and the UK offset of that moment, in the form +HH:MM.
func londonSQL(col string) string {
	return fmt.Sprintf(`to_char(%[1]s AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') ||
		CASE WHEN (%[1]s AT TIME ZONE 'Europe/London') - (%[1]s AT TIME ZONE 'UTC') = interval '1 hour' THEN '+01:00' ELSE '+00:00' END`, col)
}

func TestEventTimes(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Conf    struct{ StartsAt, EndsAt, TimeZone string } `json:"conf"`
		Webinar struct{ StartsAt, EndsAt, TimeZone string } `json:"webinar"`
	}
	a.query(t, `{
		conf: event(slug: "co-production-week-2025-conference") { startsAt endsAt timeZone }
		webinar: event(slug: "co-production-week-2025-webinar-arts-nature-heritage-carers-lincolnshire") { startsAt endsAt timeZone }
	}`, nil, &out)
	if out.Conf.StartsAt != "2025-07-01T10:00:00+01:00" || out.Conf.EndsAt != "2025-07-01T16:00:00+01:00" || out.Conf.TimeZone != "Europe/London" {
		t.Errorf("conference times = %+v, want 2025-07-01T10:00:00+01:00 to 2025-07-01T16:00:00+01:00 in Europe/London", out.Conf)
	}
	if out.Webinar.StartsAt != "2025-07-03T10:30:00+01:00" || out.Webinar.EndsAt != "2025-07-03T11:30:00+01:00" || out.Webinar.TimeZone != "Europe/London" {
		t.Errorf("webinar times = %+v, want 2025-07-03T10:30:00+01:00 to 2025-07-03T11:30:00+01:00", out.Webinar)
	}

	t.Run("a UTC input selects the 10:00 BST conference", func(t *testing.T) {
		var ev struct {
			Events struct {
				Nodes []struct{ Slug, StartsAt string }
			}
		}
		a.query(t, `{ events(filter: {startsAt: {from: "2025-07-01T09:00:00Z", to: "2025-07-01T09:00:01Z"}, topLevel: true}) { nodes { slug startsAt } } }`, nil, &ev)
		if len(ev.Events.Nodes) != 1 || ev.Events.Nodes[0].Slug != "co-production-week-2025-conference" || ev.Events.Nodes[0].StartsAt != "2025-07-01T10:00:00+01:00" {
			t.Errorf("events starting at 09:00Z = %+v, want only the conference at 2025-07-01T10:00:00+01:00", ev.Events.Nodes)
		}
	})
}

// clockChangeMoves are moments where UK time and UTC fall on different
// days or where the clocks change; moveEvents puts published events of
// the test's own database there.
var clockChangeMoves = []struct {
	slug, startsUTC, wantStartsAt string
}{
	// 00:30 BST on 2 July is still 1 July in UTC.
	{"measuring-co-production-impact-webinar", "2025-07-01 23:30:00+00", "2025-07-02T00:30:00+01:00"},
	// 23:30 BST on 2 July: the UK day is 2 July.
	{"digital-inclusion-for-carers-training", "2025-07-02 22:30:00+00", "2025-07-02T23:30:00+01:00"},
	// The last half hour of BST in 2025, then the first of GMT.
	{"young-adult-carers-summer-meetup", "2025-10-26 00:30:00+00", "2025-10-26T01:30:00+01:00"},
	{"imaginaria-carers-identification-webinar", "2025-10-26 01:30:00+00", "2025-10-26T01:30:00+00:00"},
	// The first moment of BST in 2025.
	{"scaling-what-works-leaders-live-discussion", "2025-03-30 01:00:00+00", "2025-03-30T02:00:00+01:00"},
	// Midnight GMT in winter.
	{"shared-lives-carers-induction-training", "2025-01-15 00:00:00+00", "2025-01-15T00:00:00+00:00"},
}

func moveEvents(t *testing.T, a *api) {
	t.Helper()
	for _, m := range clockChangeMoves {
		a.sqlExec(t, `UPDATE event SET starts_at = $2::timestamptz, ends_at = $2::timestamptz + interval '1 hour' WHERE slug = $1 AND status = 'PUBLISHED'`, m.slug, m.startsUTC)
		if got := a.sqlString(t, `SELECT `+londonSQL("starts_at")+` FROM event WHERE slug = $1`, m.slug); got != m.wantStartsAt {
			t.Fatalf("setting up %s: the database puts it at %s, the test expects %s", m.slug, got, m.wantStartsAt)
		}
	}
}

// TestDateTimesCarryTheUKOffset: every moment is written in UK time with
// its offset as +HH:MM: +01:00 in summer and +00:00 (not Z) in winter,
// including around the clock changes.
func TestDateTimesCarryTheUKOffset(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	t.Run("a winter event shows +00:00", func(t *testing.T) {
		winter := a.sqlString(t, `SELECT slug FROM published_event WHERE (starts_at AT TIME ZONE 'Europe/London') = (starts_at AT TIME ZONE 'UTC') ORDER BY starts_at, id LIMIT 1`)
		want := a.sqlString(t, `SELECT `+londonSQL("starts_at")+` FROM event WHERE slug = $1`, winter)
		var ev struct{ Event struct{ StartsAt string } }
		a.query(t, `query($s: String!) { event(slug: $s) { startsAt } }`, map[string]any{"s": winter}, &ev)
		if ev.Event.StartsAt != want {
			t.Errorf("%s (GMT) startsAt = %q, want %q", winter, ev.Event.StartsAt, want)
		}
	})

	t.Run("every event's moments", func(t *testing.T) {
		events := pageAllAs[struct{ Slug, StartsAt, EndsAt, UpdatedAt, TimeZone string }](t, a,
			`query($after: String) { events(first: 100, after: $after) { `+pageInfoFields+` nodes { slug startsAt endsAt updatedAt timeZone } } }`, "events")
		want := map[string]string{}
		for _, pair := range a.sqlPairs(t, `SELECT slug a, `+londonSQL("starts_at")+` || ' ' || `+londonSQL("ends_at")+` || ' ' || `+londonSQL("updated_at")+` || ' Europe/London' b FROM published_event`) {
			k, v, _ := strings.Cut(pair, "|")
			want[k] = v
		}
		if len(events) != len(want) {
			t.Errorf("%d events, want %d", len(events), len(want))
		}
		bad := 0
		for _, e := range events {
			got := e.StartsAt + " " + e.EndsAt + " " + e.UpdatedAt + " " + e.TimeZone
			if got != want[e.Slug] {
				if bad++; bad <= 3 {
					t.Errorf("%s: startsAt endsAt updatedAt timeZone =\n  %s, want\n  %s", e.Slug, got, want[e.Slug])
				}
			}
		}
		if bad > 3 {
			t.Errorf("%d of %d events have wrong moments", bad, len(events))
		}
	})

	t.Run("around the clock changes", func(t *testing.T) {
		moveEvents(t, a)
		for _, m := range clockChangeMoves {
			var ev struct{ Event struct{ StartsAt string } }
			a.query(t, `query($s: String!) { event(slug: $s) { startsAt } }`, map[string]any{"s": m.slug}, &ev)
			if ev.Event.StartsAt != m.wantStartsAt {
				t.Errorf("%s starting %s UTC: startsAt = %q, want %q", m.slug, m.startsUTC, ev.Event.StartsAt, m.wantStartsAt)
			}
		}
	})
}

// TestStartsOnCountsUKDays moves events of the test's own database to
// moments where UK time and UTC fall on different days, or where the
// clocks change, and checks the startsOn and startsAt filters there.
func TestStartsOnCountsUKDays(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	moveEvents(t, a)
	cases := []struct {
		name   string
		filter map[string]any
		where  string
		must   []string // slugs that must be in the result
		mustNo []string // slugs that must not
	}{
		{"startsOn 2 July counts 00:30 BST", map[string]any{"startsOn": map[string]any{"from": "2025-07-02", "to": "2025-07-02"}}, ukDay + ` = '2025-07-02'`,
			[]string{"measuring-co-production-impact-webinar", "digital-inclusion-for-carers-training"}, nil},
		{"startsOn 1 July does not", map[string]any{"startsOn": map[string]any{"from": "2025-07-01", "to": "2025-07-01"}}, ukDay + ` = '2025-07-01'`,
			[]string{"co-production-week-2025-conference"}, []string{"measuring-co-production-impact-webinar"}},
		{"startsOn to 1 July excludes 00:30 BST on 2 July", map[string]any{"startsOn": map[string]any{"to": "2025-07-01"}}, ukDay + ` <= '2025-07-01'`,
			[]string{"co-production-week-2025-conference"}, []string{"measuring-co-production-impact-webinar"}},
		{"startsOn from 2 July includes 00:30 BST", map[string]any{"startsOn": map[string]any{"from": "2025-07-02"}}, ukDay + ` >= '2025-07-02'`,
			[]string{"measuring-co-production-impact-webinar"}, []string{"co-production-week-2025-conference"}},
		{"startsOn the day the clocks go back", map[string]any{"startsOn": map[string]any{"from": "2025-10-26", "to": "2025-10-26"}}, ukDay + ` = '2025-10-26'`,
			[]string{"young-adult-carers-summer-meetup", "imaginaria-carers-identification-webinar"}, nil},
		{"startsOn the day the clocks go forward", map[string]any{"startsOn": map[string]any{"from": "2025-03-30", "to": "2025-03-30"}}, ukDay + ` = '2025-03-30'`,
			[]string{"scaling-what-works-leaders-live-discussion"}, nil},
		{"startsOn a winter day from midnight", map[string]any{"startsOn": map[string]any{"from": "2025-01-15", "to": "2025-01-15"}}, ukDay + ` = '2025-01-15'`,
			[]string{"shared-lives-carers-induction-training"}, nil},
		{"startsAt from UK midnight, BST offset", map[string]any{"startsAt": map[string]any{"from": "2025-07-02T00:00:00+01:00", "to": "2025-07-02T01:00:00+01:00"}}, `x.starts_at >= '2025-07-01 23:00:00+00' AND x.starts_at < '2025-07-02 00:00:00+00'`,
			[]string{"measuring-co-production-impact-webinar"}, nil},
		{"startsAt to is exclusive at the exact start", map[string]any{"startsAt": map[string]any{"to": "2025-07-01T23:30:00Z", "from": "2025-07-01T12:00:00Z"}}, `x.starts_at >= '2025-07-01 12:00:00+00' AND x.starts_at < '2025-07-01 23:30:00+00'`,
			nil, []string{"measuring-co-production-impact-webinar"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			want := a.sqlStrings(t, `SELECT x.slug FROM published_event x WHERE `+c.where)
			got, total := a.slugsOf(t, `query($f: EventFilter, $after: String) { events(first: 100, after: $after, filter: $f) { `+pageInfoFields+` nodes { slug } } }`,
				map[string]any{"f": c.filter}, "events", "slug")
			sameSet(t, c.name, got, want)
			if total != len(want) {
				t.Errorf("totalCount %d, want %d", total, len(want))
			}
			in := counted(got)
			for _, s := range c.must {
				if in[s] == 0 {
					t.Errorf("%s is missing", s)
				}
			}
			for _, s := range c.mustNo {
				if in[s] != 0 {
					t.Errorf("%s should not be there", s)
				}
			}
		})
	}
}

var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// TestDates: every Date field is YYYY-MM-DD and equals the stored day.
func TestDates(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	var out struct {
		Projects struct {
			Nodes []struct {
				Slug             string
				StartsOn, EndsOn *string
			}
		}
		EventSeriesList struct {
			Nodes []struct {
				Slug             string
				StartsOn, EndsOn *string
			}
		}
		Sources struct {
			Nodes []struct {
				Slug                    string
				PublishedOn, AccessedOn *string
			}
		}
		Fund struct {
			Tranches []struct {
				FinancialYear       string
				AnnouncedOn, PaidOn *string
			}
		}
	}
	a.query(t, `{
		projects(first: 100) { nodes { slug startsOn endsOn } }
		eventSeriesList(first: 100) { nodes { slug startsOn endsOn } }
		sources(first: 100) { nodes { slug publishedOn accessedOn } }
		fund(slug: "accelerating-reform-fund") { tranches { financialYear announcedOn paidOn } }
	}`, nil, &out)
	resources := pageAllAs[struct {
		Slug                   string
		PublishedOn, RevisedOn *string
		PublishedWithin        struct{ From, To *string }
	}](t, a, `query($after: String) { resources(first: 100, after: $after) { `+pageInfoFields+` nodes { slug publishedOn publishedWithin { from to } revisedOn } } }`, "resources")

	d := func(p *string) string {
		if p == nil {
			return "-"
		}
		if !dateRE.MatchString(*p) {
			t.Errorf("date %q is not YYYY-MM-DD", *p)
		}
		return *p
	}
	const day = `coalesce(to_char(%s, 'YYYY-MM-DD'), '-')`
	sqlDays := func(key, a1, a2, from string) string {
		return fmt.Sprintf(`SELECT %s || ' ' || `+day+` || ' ' || `+day+` FROM %s`, key, a1, a2, from)
	}
	var got []string
	for _, p := range out.Projects.Nodes {
		got = append(got, p.Slug+" "+d(p.StartsOn)+" "+d(p.EndsOn))
	}
	sameSet(t, "project dates", got, a.sqlStrings(t, sqlDays("slug", "starts_on", "ends_on", "published_project")))
	got = nil
	for _, s := range out.EventSeriesList.Nodes {
		got = append(got, s.Slug+" "+d(s.StartsOn)+" "+d(s.EndsOn))
	}
	sameSet(t, "series dates", got, a.sqlStrings(t, sqlDays("slug", "starts_on", "ends_on", "published_event_series")))
	got = nil
	for _, s := range out.Sources.Nodes {
		got = append(got, s.Slug+" "+d(s.PublishedOn)+" "+d(s.AccessedOn))
	}
	sameSet(t, "source dates", got, a.sqlStrings(t, sqlDays("slug", "published_on", "accessed_on", "source")))
	got = nil
	for _, tr := range out.Fund.Tranches {
		got = append(got, tr.FinancialYear+" "+d(tr.AnnouncedOn)+" "+d(tr.PaidOn))
	}
	sameSet(t, "tranche dates", got, a.sqlStrings(t, sqlDays("financial_year", "announced_on", "paid_on",
		"fund_tranche WHERE fund_id = (SELECT id FROM fund WHERE slug = 'accelerating-reform-fund')")))
	got = nil
	for _, r := range resources {
		got = append(got, r.Slug+" "+d(r.PublishedWithin.From)+" "+d(r.PublishedWithin.To))
	}
	sameSet(t, "resource publication periods", got, a.sqlStrings(t, sqlDays("slug", "published_earliest", "published_latest", "published_resource")))
	got = nil
	for _, r := range resources {
		got = append(got, r.Slug+" "+d(r.PublishedOn)+" "+d(r.RevisedOn))
	}
	sameSet(t, "resource dates", got, a.sqlStrings(t, sqlDays("slug",
		"CASE WHEN published_earliest = published_latest THEN published_earliest END", "revised_on", "published_resource")))
	if n := a.sqlInt(t, `SELECT count(*) FROM published_resource WHERE revised_on IS NOT NULL`); n == 0 {
		t.Log("no resource has a revisedOn date")
	}
}
