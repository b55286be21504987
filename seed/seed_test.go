package seed_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"learningapi/dbtest"
	"learningapi/seed"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// count runs a query returning one integer.
func count(tb testing.TB, db *sqlx.DB, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := db.Get(&n, query, args...); err != nil {
		tb.Fatalf("query %q: %v", query, err)
	}
	return n
}

// texts runs a query returning one text column.
func texts(tb testing.TB, db *sqlx.DB, query string, args ...any) []string {
	tb.Helper()
	var list []string
	if err := db.Select(&list, query, args...); err != nil {
		tb.Fatalf("query %q: %v", query, err)
	}
	return list
}

// allTables lists every table Sample writes to.
var allTables = []string{
	"source", "region", "nhs_region", "ics", "local_authority", "ics_local_authority", "organisation", "person",
	"former_code", "topic", "fund", "fund_tranche", "fund_statistic", "priority", "consortium", "consortium_member", "project",
	"project_partner", "project_topic", "project_priority", "allocation", "resource", "resource_topic",
	"resource_project", "resource_author", "event_series", "event", "event_speaker", "event_topic",
	"event_project", "resource_event",
}

// tableCounts returns the row count of every table.
func tableCounts(tb testing.TB, db *sqlx.DB) map[string]int {
	tb.Helper()
	counts := map[string]int{}
	for _, table := range allTables {
		counts[table] = count(tb, db, `SELECT count(*) FROM `+pq.QuoteIdentifier(table))
	}
	return counts
}

func TestSampleMeetsMinimums(t *testing.T) {
	db := dbtest.New(t).DB

	if n := count(t, db, `SELECT count(*) FROM published_project`); n < 40 {
		t.Errorf("published projects = %d, want at least 40", n)
	}
	if n := count(t, db, `SELECT count(*) FROM published_resource`); n < 150 {
		t.Errorf("published resources = %d, want at least 150", n)
	}
	if n := count(t, db, `SELECT count(*) FROM published_event`); n < 30 {
		t.Errorf("published events = %d, want at least 30", n)
	}
	if n := count(t, db, `SELECT count(*) FROM ics WHERE provenance = 'VERIFIED_PUBLIC'`); n != 42 {
		t.Errorf("real ICSs = %d, want 42", n)
	}
	if n := count(t, db, `SELECT count(*) FROM consortium WHERE provenance = 'VERIFIED_PUBLIC'`); n != 42 {
		t.Errorf("real consortia = %d, want 42", n)
	}
	if n := count(t, db, `SELECT count(*) FROM region`); n != 9 {
		t.Errorf("regions = %d, want 9", n)
	}
	if n := count(t, db, `SELECT count(*) FROM nhs_region`); n != 7 {
		t.Errorf("NHS regions = %d, want 7", n)
	}
	if n := count(t, db, `SELECT count(*) FROM priority WHERE provenance = 'VERIFIED_PUBLIC'`); n != 12 {
		t.Errorf("real priorities = %d, want 12", n)
	}
}

func TestEveryRegionHasPublishedProjects(t *testing.T) {
	db := dbtest.New(t).DB
	missing := texts(t, db, `
		SELECT r.slug
		FROM region r
		WHERE NOT EXISTS (
			SELECT 1
			FROM published_project p
			JOIN consortium c ON c.id = p.consortium_id
			JOIN ics_local_authority il ON il.ics_id = c.ics_id
			JOIN local_authority la ON la.id = il.local_authority_id
			WHERE la.region_id = r.id)
		ORDER BY r.slug`)
	if len(missing) > 0 {
		t.Errorf("regions without published projects: %v", missing)
	}
	noFictional := texts(t, db, `
		SELECT r.slug
		FROM region r
		WHERE NOT EXISTS (
			SELECT 1 FROM local_authority la WHERE la.region_id = r.id AND la.provenance = 'ILLUSTRATIVE')
		ORDER BY r.slug`)
	if len(noFictional) > 0 {
		t.Errorf("regions without fictional councils: %v", noFictional)
	}
	if n := count(t, db, `
		SELECT count(*) FROM (
			SELECT il.ics_id
			FROM ics_local_authority il
			JOIN ics i ON i.id = il.ics_id AND i.provenance = 'ILLUSTRATIVE'
			JOIN local_authority la ON la.id = il.local_authority_id
			GROUP BY il.ics_id
			HAVING count(DISTINCT la.region_id) > 1) spanning`); n < 1 {
		t.Errorf("no fictional ICS spans two regions")
	}
}

// missingValues returns the wanted values that a query's results lack.
func missingValues(tb testing.TB, db *sqlx.DB, query string, want []string) []string {
	tb.Helper()
	have := map[string]bool{}
	for _, v := range texts(tb, db, query) {
		have[v] = true
	}
	var missing []string
	for _, w := range want {
		if !have[w] {
			missing = append(missing, w)
		}
	}
	return missing
}

func TestEveryEnumValueIsCovered(t *testing.T) {
	db := dbtest.New(t).DB
	cases := []struct {
		name  string
		query string
		want  []string
	}{
		{"resource types", `SELECT DISTINCT type FROM published_resource`, []string{
			"LEARNING_NOTE", "CASE_STUDY", "PRACTICE_EXAMPLE", "GUIDE", "BRIEFING", "REPORT", "TOOL",
			"BLOG", "VIDEO", "PODCAST", "WEBINAR_RECORDING", "E_LEARNING"}},
		{"audiences", `SELECT DISTINCT unnest(audiences) FROM published_resource`, []string{
			"PEOPLE_WHO_DRAW_ON_CARE", "UNPAID_CARERS", "PRACTITIONERS", "PROVIDERS", "COMMISSIONERS",
			"SYSTEM_LEADERS", "POLICYMAKERS", "RESEARCHERS", "PUBLIC"}},
		{"accessibility formats", `SELECT DISTINCT unnest(accessibility_formats) FROM published_resource`, []string{
			"EASY_READ", "BSL", "TRANSCRIPT", "CAPTIONS", "AUDIO_DESCRIPTION", "LARGE_PRINT"}},
		{"event types", `SELECT DISTINCT type FROM published_event`, []string{
			"CONFERENCE", "WORKSHOP", "WEBINAR", "LIVE_DISCUSSION", "NETWORKING", "TRAINING"}},
		{"delivery modes", `SELECT DISTINCT delivery_mode FROM published_event WHERE delivery_mode IS NOT NULL`, []string{
			"ONLINE", "IN_PERSON", "HYBRID"}},
		{"registration statuses", `SELECT DISTINCT registration_status FROM published_event WHERE registration_status IS NOT NULL`, []string{
			"NOT_REQUIRED", "NOT_YET_OPEN", "OPEN", "WAITING_LIST", "SOLD_OUT", "CLOSED"}},
		{"organisation kinds", `SELECT DISTINCT kind FROM organisation WHERE provenance = 'ILLUSTRATIVE'`, []string{
			"COUNCIL", "ICB", "NHS_TRUST", "VCSE", "UNIVERSITY", "PROVIDER", "NATIONAL_BODY"}},
		{"project stages", `SELECT DISTINCT stage FROM published_project WHERE stage IS NOT NULL`, []string{
			"PLANNED", "IN_PROGRESS", "COMPLETED"}},
		{"unpublished statuses", `
			SELECT status FROM project UNION SELECT status FROM resource UNION SELECT status FROM event`, []string{
			"DRAFT", "IN_REVIEW", "ARCHIVED"}},
	}
	for _, c := range cases {
		if missing := missingValues(t, db, c.query, c.want); len(missing) > 0 {
			t.Errorf("%s missing: %v", c.name, missing)
		}
	}
	if n := count(t, db, `SELECT count(*) FROM published_resource WHERE duration_seconds IS NOT NULL`); n == 0 {
		t.Error("no published resource has a duration")
	}
	if n := count(t, db, `SELECT count(*) FROM published_event WHERE recording_resource_id IS NOT NULL AND starts_at < now()`); n == 0 {
		t.Error("no past event has a recording")
	}
	if n := count(t, db, `SELECT count(*) FROM published_event WHERE starts_at >= '2027-01-01'`); n < 3 {
		t.Errorf("published events in 2027 = %d, want several", n)
	}
	// In summer, UK time is an hour ahead of UTC (BST); in winter it is UTC (GMT).
	const ukOffset = `(starts_at AT TIME ZONE 'Europe/London') - (starts_at AT TIME ZONE 'UTC')`
	bst := count(t, db, `SELECT count(*) FROM published_event WHERE `+ukOffset+` = interval '1 hour'`)
	gmt := count(t, db, `SELECT count(*) FROM published_event WHERE `+ukOffset+` = interval '0'`)
	if bst == 0 || gmt == 0 {
		t.Errorf("events in summer (BST) = %d and in winter (GMT) = %d, want both", bst, gmt)
	}
}

func TestEveryContentRecordHasTopics(t *testing.T) {
	db := dbtest.New(t).DB
	for _, q := range []string{
		`SELECT count(*) FROM project p WHERE (SELECT count(*) FROM project_topic t WHERE t.project_id = p.id) NOT BETWEEN 1 AND 3`,
		`SELECT count(*) FROM resource r WHERE (SELECT count(*) FROM resource_topic t WHERE t.resource_id = r.id) NOT BETWEEN 1 AND 3`,
		`SELECT count(*) FROM event e WHERE (SELECT count(*) FROM event_topic t WHERE t.event_id = e.id) NOT BETWEEN 1 AND 3`,
	} {
		if n := count(t, db, q); n > 0 {
			t.Errorf("%d records without 1 to 3 topics: %s", n, q)
		}
	}
	share := count(t, db, `
		SELECT round(100.0 * count(*) FILTER (WHERE unpaid_carer_focus) / count(*))
		FROM published_project WHERE provenance = 'ILLUSTRATIVE'`)
	if share < 60 || share > 80 {
		t.Errorf("illustrative projects for unpaid carers = %d%%, want about 70%%", share)
	}
}

func TestFundFacts(t *testing.T) {
	db := dbtest.New(t).DB
	var total, tranches int64
	if err := db.Get(&total, `SELECT total_pence FROM fund WHERE slug = 'accelerating-reform-fund'`); err != nil {
		t.Fatalf("fund: %v", err)
	}
	if err := db.Get(&tranches, `
		SELECT sum(t.amount_pence) FROM fund_tranche t JOIN fund f ON f.id = t.fund_id
		WHERE f.slug = 'accelerating-reform-fund'`); err != nil {
		t.Fatalf("tranches: %v", err)
	}
	if total != 4_260_000_000 || tranches != total {
		t.Errorf("fund total %d, tranche sum %d; want both 4260000000", total, tranches)
	}
	determinations := texts(t, db, `
		SELECT t.financial_year || ' ' || t.grant_determination FROM fund_tranche t JOIN fund f ON f.id = t.fund_id
		WHERE f.slug = 'accelerating-reform-fund' ORDER BY t.financial_year`)
	if want := []string{"2023-24 31/7084", "2024-25 31/7516"}; fmt.Sprint(determinations) != fmt.Sprint(want) {
		t.Errorf("tranches = %v, want %v", determinations, want)
	}
	// Ipsos's 122 and The Carer's "over 120": Community Care's 123 was read
	// only at an address that is not Community Care's, so it is not stored.
	if n := count(t, db, `SELECT count(*) FROM fund_statistic WHERE measure = 'PROJECT_COUNT'`); n != 2 {
		t.Errorf("project counts = %d, want 2 (one per source)", n)
	}
	if n := count(t, db, `SELECT count(*) FROM priority WHERE provenance = 'VERIFIED_PUBLIC' AND title IS NOT NULL`); n != 1 {
		t.Errorf("priorities with a title = %d, want only priority 1", n)
	}
	var allocation int64
	if err := db.Get(&allocation, `
		SELECT a.amount_pence FROM allocation a JOIN consortium c ON c.id = a.consortium_id
		WHERE c.slug = 'north-west-london-arf' AND a.provenance = 'VERIFIED_PUBLIC'`); err != nil {
		t.Fatalf("North West London allocation: %v", err)
	}
	if allocation != 47_781_100 {
		t.Errorf("North West London allocation = %d, want 47781100", allocation)
	}
	leads := texts(t, db, `
		SELECT c.slug || '=' || o.slug FROM consortium c JOIN organisation o ON o.id = c.lead_organisation_id
		WHERE c.provenance = 'VERIFIED_PUBLIC' ORDER BY c.slug`)
	want := []string{
		"humber-and-north-yorkshire-arf=north-east-lincolnshire-council",
	}
	if fmt.Sprint(leads) != fmt.Sprint(want) {
		t.Errorf("real consortium leads = %v, want %v", leads, want)
	}
}

func TestCoProductionWeek2025(t *testing.T) {
	db := dbtest.New(t).DB
	var startsUTC string
	if err := db.Get(&startsUTC, `
		SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI')
		FROM published_event WHERE slug = 'co-production-week-2025-conference'`); err != nil {
		t.Fatalf("conference: %v", err)
	}
	if startsUTC != "2025-07-01 09:00" {
		t.Errorf("conference starts at %s UTC, want 2025-07-01 09:00 (10:00 BST)", startsUTC)
	}
	// SCIE names none of the six workshops, so none is an event of its own.
	if n := count(t, db, `
		SELECT count(*) FROM event e JOIN event p ON p.id = e.parent_id
		WHERE p.slug = 'co-production-week-2025-conference'`); n != 0 {
		t.Errorf("2025 conference sessions recorded as events = %d, want 0", n)
	}
	var webinar string
	if err := db.Get(&webinar, `
		SELECT to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI') || '-' || to_char(ends_at AT TIME ZONE 'UTC', 'HH24:MI')
		FROM published_event WHERE slug = 'co-production-week-2025-webinar-arts-nature-heritage-carers-lincolnshire'`); err != nil {
		t.Fatalf("webinar: %v", err)
	}
	if webinar != "09:30-10:30" {
		t.Errorf("webinar runs %s UTC, want 09:30-10:30", webinar)
	}
	// An edition is numbered only where its source states the number: the
	// 2021 week was the sixth (Co-production Collective), 2025's the tenth
	// (The Carer); SCIE's own pages do not number theirs.
	editions := texts(t, db, `
		SELECT slug || ':' || coalesce(edition::text, '-') FROM published_event_series WHERE brand = 'Co-production Week' ORDER BY year`)
	want := []string{"co-production-week-2018:-", "co-production-week-2019:-", "co-production-week-2020:-", "co-production-week-2021:6",
		"co-production-week-2022:-", "co-production-week-2023:-", "co-production-week-2024:-", "co-production-week-2025:10"}
	if !slices.Equal(editions, want) {
		t.Errorf("Co-production Week editions = %v, want %v", editions, want)
	}
}

func TestVerifiedRecordsLinkOnlyToVerifiedRecords(t *testing.T) {
	db := dbtest.New(t).DB
	for _, q := range []string{
		`SELECT count(*) FROM resource_project rp JOIN resource r ON r.id = rp.resource_id JOIN project p ON p.id = rp.project_id WHERE (r.provenance = 'ILLUSTRATIVE') <> (p.provenance = 'ILLUSTRATIVE')`,
		`SELECT count(*) FROM event_project ep JOIN event e ON e.id = ep.event_id JOIN project p ON p.id = ep.project_id WHERE (e.provenance = 'ILLUSTRATIVE') <> (p.provenance = 'ILLUSTRATIVE')`,
		`SELECT count(*) FROM project WHERE provenance = 'ILLUSTRATIVE' AND summary NOT LIKE '%(Illustrative example:%'`,
		`SELECT count(*) FROM resource WHERE provenance = 'ILLUSTRATIVE' AND summary NOT LIKE '%(Illustrative example:%'`,
		`SELECT count(*) FROM event WHERE provenance = 'ILLUSTRATIVE' AND summary NOT LIKE '%(Illustrative example:%'`,
		`SELECT count(*) FROM ics WHERE provenance = 'ILLUSTRATIVE' AND code !~ '^X'`,
		`SELECT count(*) FROM local_authority WHERE provenance = 'ILLUSTRATIVE' AND code !~ '^X'`,
		`SELECT count(*) FROM person WHERE provenance = 'VERIFIED_PUBLIC' AND source_id IS NULL`,
		`SELECT count(*) FROM source WHERE url !~ '^https://' OR accessed_on IS NULL`,
	} {
		if n := count(t, db, q); n != 0 {
			t.Errorf("%d rows break the rule: %s", n, q)
		}
	}
}

func TestSampleTwiceFailsAndChangesNothing(t *testing.T) {
	db := dbtest.NewEmpty(t).DB
	ctx := context.Background()
	if err := seed.Sample(ctx, db); err != nil {
		t.Fatalf("Sample: %v", err)
	}
	seeded, err := seed.Seeded(ctx, db)
	if err != nil || !seeded {
		t.Fatalf("Seeded = %v, %v; want true", seeded, err)
	}
	before := tableCounts(t, db)
	err = seed.Sample(ctx, db)
	if !errors.Is(err, seed.ErrAlreadySeeded) {
		t.Fatalf("second Sample error = %v, want ErrAlreadySeeded", err)
	}
	after := tableCounts(t, db)
	for table, n := range before {
		if after[table] != n {
			t.Errorf("%s: %d rows before, %d after the failed Sample", table, n, after[table])
		}
	}
}

func TestSeededOnEmptyDatabase(t *testing.T) {
	db := dbtest.NewEmpty(t).DB
	seeded, err := seed.Seeded(context.Background(), db)
	if err != nil || seeded {
		t.Fatalf("Seeded = %v, %v; want false", seeded, err)
	}
	if err := seed.Scale(context.Background(), db, 1); !errors.Is(err, seed.ErrNotSeeded) {
		t.Fatalf("Scale before Sample error = %v, want ErrNotSeeded", err)
	}
}

func TestIllustrativeProjectCannotNameRealCouncil(t *testing.T) {
	db := dbtest.New(t).DB
	_, err := db.Exec(`
		INSERT INTO project (slug, title, summary, consortium_id, lead_organisation_id, status, provenance)
		SELECT 'dishonest-project', 'Dishonest project', 'Invented, but led by a real council.', c.id, o.id, 'DRAFT', 'ILLUSTRATIVE'
		FROM consortium c, organisation o
		WHERE c.slug = 'exampleshire-arf' AND o.slug = 'north-east-lincolnshire-council'`)
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) || pqErr.Constraint != "honest_data_same_provenance" {
		t.Fatalf("insert error = %v, want a violation of honest_data_same_provenance", err)
	}
}

func TestScaleCopiesIllustrativeShapes(t *testing.T) {
	db := dbtest.New(t).DB
	ctx := context.Background()
	if err := seed.Scale(ctx, db, 0); err == nil {
		t.Error("Scale(0) succeeded, want an error")
	}
	if err := seed.Scale(ctx, db, 1001); err == nil {
		t.Error("Scale(1001) succeeded, want an error")
	}

	byProvenance := func(table, provenance string) int {
		return count(t, db, `SELECT count(*) FROM `+pq.QuoteIdentifier(table)+` WHERE provenance = $1`, provenance)
	}
	scaled := []string{"ics", "consortium", "project", "allocation", "resource", "event_series", "event"}
	verifiedBefore := map[string]int{}
	illustrativeBefore := map[string]int{}
	for _, table := range scaled {
		verifiedBefore[table] = byProvenance(table, "VERIFIED_PUBLIC")
		illustrativeBefore[table] = byProvenance(table, "ILLUSTRATIVE")
	}
	publishedBefore := count(t, db, `SELECT count(*) FROM published_project WHERE provenance = 'ILLUSTRATIVE'`)
	linksBefore := count(t, db, `SELECT count(*) FROM resource_project`)

	if err := seed.Scale(ctx, db, 2); err != nil {
		t.Fatalf("Scale(2): %v", err)
	}
	for _, table := range scaled {
		if got, want := byProvenance(table, "ILLUSTRATIVE"), 3*illustrativeBefore[table]; got != want {
			t.Errorf("%s: %d illustrative rows after Scale(2), want %d", table, got, want)
		}
		if got := byProvenance(table, "VERIFIED_PUBLIC"); got != verifiedBefore[table] {
			t.Errorf("%s: %d verified rows after Scale(2), want %d unchanged", table, got, verifiedBefore[table])
		}
	}
	if got := count(t, db, `SELECT count(*) FROM published_project WHERE provenance = 'ILLUSTRATIVE'`); got != 3*publishedBefore {
		t.Errorf("published illustrative projects = %d, want %d", got, 3*publishedBefore)
	}
	// Every resource-project link is illustrative (the real report names no
	// project), so all of them are copied.
	if got := count(t, db, `SELECT count(*) FROM resource_project`); got != 3*linksBefore {
		t.Errorf("resource-project links = %d, want %d", got, 3*linksBefore)
	}
	if n := count(t, db, `SELECT count(*) FROM project WHERE slug = 'exampleshire-carers-card-copy-0002'`); n != 1 {
		t.Error("copy 2 of exampleshire-carers-card is missing")
	}
	// The copies hang under the fictional fund, as the rows they copy do:
	// nothing invented is added to the real fund's consortia, tranches or
	// priorities.
	for _, q := range []string{
		`SELECT count(*) FROM consortium c JOIN fund f ON f.id = c.fund_id WHERE c.provenance = 'ILLUSTRATIVE' AND f.slug <> 'exampleshire-innovation-fund'`,
		`SELECT count(*) FROM allocation a JOIN fund_tranche t ON t.id = a.fund_tranche_id JOIN fund f ON f.id = t.fund_id
			WHERE a.provenance = 'ILLUSTRATIVE' AND f.slug <> 'exampleshire-innovation-fund'`,
		`SELECT count(*) FROM project_priority pp JOIN project p ON p.id = pp.project_id JOIN priority pr ON pr.id = pp.priority_id
			JOIN fund f ON f.id = pr.fund_id WHERE p.provenance = 'ILLUSTRATIVE' AND f.slug <> 'exampleshire-innovation-fund'`,
	} {
		if n := count(t, db, q); n != 0 {
			t.Errorf("%d scaled rows outside the fictional fund: %s", n, q)
		}
	}
	if n := count(t, db, `SELECT count(*) FROM consortium c JOIN fund f ON f.id = c.fund_id WHERE f.slug = 'accelerating-reform-fund'`); n != 42 {
		t.Errorf("the real fund has %d consortia after Scale(2), want 42", n)
	}

	// A further call continues the numbering.
	if err := seed.Scale(ctx, db, 1); err != nil {
		t.Fatalf("second Scale(1): %v", err)
	}
	if n := count(t, db, `SELECT count(*) FROM consortium WHERE slug = 'exampleshire-arf-copy-0003'`); n != 1 {
		t.Error("the second Scale call did not make copy 3")
	}
}
