package seed_test

import (
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/migrations"
)

// TestMigrationCorrectsEarlierSampleData puts back the data the sample
// once held (Surrey Heartlands and Sussex under their July 2022 codes, no
// code history, North Yorkshire in one ICS) and runs the corrections of
// migration 00011 over it, as a database loaded before that migration
// gets them; the result must be what Sample now loads.
func TestMigrationCorrectsEarlierSampleData(t *testing.T) {
	db := dbtest.New(t).DB
	src, err := migrations.FS.ReadFile("00011_codes_over_time.sql")
	if err != nil {
		t.Fatal(err)
	}
	_, corrections, ok := strings.Cut(string(src), "-- Corrections to data loaded before this migration.")
	corrections, _, ok2 := strings.Cut(corrections, "-- +goose Down")
	if !ok || !ok2 {
		t.Fatal("migration 00011 has no corrections section")
	}
	history := func() []string {
		return texts(t, db, `
			SELECT 'ics ' || slug || ' ' || code || ' from ' || coalesce(code_valid_from::text, '?') FROM ics WHERE provenance = 'VERIFIED_PUBLIC'
			UNION ALL SELECT 'council ' || slug || ' ' || code || ' from ' || coalesce(code_valid_from::text, '?') FROM local_authority WHERE provenance = 'VERIFIED_PUBLIC'
			UNION ALL SELECT 'former ' || f.code || ' of ' || coalesce(i.slug, la.slug, r.slug) || ' to ' || f.valid_to || ' from ' || s.slug
				FROM former_code f JOIN source s ON s.id = f.source_id
				LEFT JOIN ics i ON i.id = f.ics_id LEFT JOIN local_authority la ON la.id = f.local_authority_id
				LEFT JOIN region r ON r.id = f.region_id
			UNION ALL SELECT 'footprint ' || i.slug || ' ' || la.slug FROM ics_local_authority il
				JOIN ics i ON i.id = il.ics_id JOIN local_authority la ON la.id = il.local_authority_id
				WHERE la.provenance = 'VERIFIED_PUBLIC'
			ORDER BY 1`)
	}
	want := history()
	for _, q := range []string{
		`DELETE FROM former_code`,
		`UPDATE ics SET code_valid_from = NULL`,
		`UPDATE local_authority SET code_valid_from = NULL`,
		`UPDATE ics SET code = 'E54000052' WHERE slug = 'surrey-heartlands'`,
		`UPDATE ics SET code = 'E54000053' WHERE slug = 'sussex'`,
		`DELETE FROM ics_local_authority WHERE ics_id = (SELECT id FROM ics WHERE slug = 'west-yorkshire')
			AND local_authority_id = (SELECT id FROM local_authority WHERE slug = 'north-yorkshire')`,
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	if before := history(); strings.Join(before, "\n") == strings.Join(want, "\n") {
		t.Fatal("putting the earlier data back changed nothing")
	}
	if _, err := db.Exec(corrections); err != nil {
		t.Fatalf("corrections: %v", err)
	}
	if got := history(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("after the corrections:\n%s\nwant what Sample loads:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	// Run twice, they change nothing more.
	if _, err := db.Exec(corrections); err != nil {
		t.Fatalf("corrections again: %v", err)
	}
	if got := history(); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Error("the corrections changed the data when run a second time")
	}
}
