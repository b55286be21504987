package seed_test

import (
	"context"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"

	"learningapi/dbtest"
	"learningapi/seed"
)

// generatedNames are the names and titles Scale writes, with where each
// comes from: every row of a copy (its slug ends -copy-NNNN).
const generatedNames = `
	SELECT 'ics ' || slug AS what, name AS name FROM ics WHERE slug ~ '-copy-[0-9]{4}$'
	UNION ALL SELECT 'consortium ' || slug, name FROM consortium WHERE slug ~ '-copy-[0-9]{4}$'
	UNION ALL SELECT 'project ' || slug, title FROM project WHERE slug ~ '-copy-[0-9]{4}$'
	UNION ALL SELECT 'resource ' || slug, title FROM resource WHERE slug ~ '-copy-[0-9]{4}$'
	UNION ALL SELECT 'event series ' || slug, title FROM event_series WHERE slug ~ '-copy-[0-9]{4}$'
	UNION ALL SELECT 'event series brand ' || slug, brand FROM event_series WHERE slug ~ '-copy-[0-9]{4}$'
	UNION ALL SELECT 'event ' || slug, title FROM event WHERE slug ~ '-copy-[0-9]{4}$'`

// illustrativeNames are the names of every invented record, copied or
// not, including the councils, organisations and people copies reuse.
const illustrativeNames = `
	SELECT 'ics ' || slug AS what, name AS name FROM ics WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'local authority ' || slug, name FROM local_authority WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'organisation ' || slug, name FROM organisation WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'person ' || slug, name FROM person WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'consortium ' || slug, name FROM consortium WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'project ' || slug, title FROM project WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'resource ' || slug, title FROM resource WHERE provenance = 'ILLUSTRATIVE'
	UNION ALL SELECT 'event ' || slug, title FROM event WHERE provenance = 'ILLUSTRATIVE'`

// realPlaces are the names of the real places in the data: regions, NHS
// regions, and the verified ICSs and councils.
const realPlaces = `
	SELECT name FROM region
	UNION SELECT name FROM nhs_region
	UNION SELECT name FROM ics WHERE provenance = 'VERIFIED_PUBLIC'
	UNION SELECT name FROM local_authority WHERE provenance = 'VERIFIED_PUBLIC'`

// oldPlaceLabels are real English places that the syllable joins Scale
// once labelled copies with made; they must never come back.
var oldPlaceLabels = []string{"Exford", "Exmouth", "Exton", "Great Sampford"}

// realPlaceNamesIn returns "what: name" for each name of the query that
// equals a real place's name, or, if whole is set, holds one as a whole
// word or words, ignoring case. The places make one regular expression
// (their own special characters escaped; \m and \M are word boundaries),
// compiled once for all the names.
func realPlaceNamesIn(tb testing.TB, db *sqlx.DB, names string, whole bool) []string {
	tb.Helper()
	match := `lower(n.name) IN (SELECT lower(p.name) FROM (` + realPlaces + `) p)`
	if whole {
		match = `n.name ~* (SELECT '\m(' || string_agg(regexp_replace(p.name, '([.^$*+?()\[\]{}|\\])', '\\\1', 'g'), '|') || ')\M'
			FROM (` + realPlaces + `) p)`
	}
	return texts(tb, db, `SELECT n.what || ': ' || n.name FROM (`+names+`) n WHERE `+match+` ORDER BY 1 LIMIT 20`)
}

// TestScaledNamesAreFictional scales the sample data and checks that no
// generated name is, or holds as a word, the name of a real place in the
// data, that every one carries its copy's numbered fictional label, and
// that no invented record of any kind holds a real place's name either.
func TestScaledNamesAreFictional(t *testing.T) {
	db := dbtest.New(t).DB
	ctx := context.Background()
	if n := count(t, db, `SELECT count(*) FROM (`+realPlaces+`) p`); n < 50 {
		t.Fatalf("only %d real place names to check against", n)
	}
	check := func(t *testing.T, copies int) {
		if n := count(t, db, `SELECT count(*) FROM (`+generatedNames+`) n`); n == 0 {
			t.Fatal("Scale generated no names")
		}
		for _, bad := range realPlaceNamesIn(t, db, generatedNames, true) {
			t.Errorf("generated name holds a real place's name as a word: %s", bad)
		}
		for _, bad := range realPlaceNamesIn(t, db, illustrativeNames, true) {
			t.Errorf("invented record's name holds a real place's name as a word: %s", bad)
		}
		unlabelled := texts(t, db, `SELECT what || ': ' || name FROM (`+generatedNames+`) n
			WHERE name !~ ('\(Fictional Area ' || substring(what FROM '-copy-([0-9]{4})$') || '\)$') ORDER BY 1 LIMIT 10`)
		for _, bad := range unlabelled {
			t.Errorf("generated name without its copy's label: %s", bad)
		}
		for _, old := range oldPlaceLabels {
			if n := count(t, db, `SELECT count(*) FROM (`+generatedNames+`) n WHERE n.name ILIKE '%' || $1 || '%'`, old); n > 0 {
				t.Errorf("%d generated names hold %q, a real place", n, old)
			}
		}
		if got := count(t, db, `SELECT count(DISTINCT substring(slug FROM '-copy-([0-9]{4})$')) FROM consortium WHERE slug ~ '-copy-'`); got != copies {
			t.Errorf("%d copies made, want %d", got, copies)
		}
	}
	if err := seed.Scale(ctx, db, 3); err != nil {
		t.Fatalf("Scale(3): %v", err)
	}
	t.Run("3 copies", func(t *testing.T) { check(t, 3) })
	if testing.Short() {
		return
	}
	start := time.Now()
	if err := seed.Scale(ctx, db, 97); err != nil {
		t.Fatalf("Scale(97): %v", err)
	}
	t.Logf("97 more copies in %v", time.Since(start))
	t.Run("100 copies", func(t *testing.T) { check(t, 100) })

	// The checks find a real place where there is one.
	if _, err := db.Exec(`UPDATE project SET title = 'Carers in Kingston upon Hull (Fictional Area 0001)'
		WHERE slug = 'exampleshire-carers-card-copy-0001'`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE person SET name = 'York' WHERE id = (SELECT min(id) FROM person WHERE provenance = 'ILLUSTRATIVE')`); err != nil {
		t.Fatal(err)
	}
	if got := realPlaceNamesIn(t, db, generatedNames, true); len(got) != 1 {
		t.Errorf("the word check found %q, want the one title holding Kingston upon Hull", got)
	}
	if got := realPlaceNamesIn(t, db, illustrativeNames, false); len(got) != 1 {
		t.Errorf("the name check found %q, want the one person named York", got)
	}
}
