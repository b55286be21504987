package graph_test

// Codes over time: regions, ICSs and councils keep the ONS codes they had
// before their current ones. A look-up or a filter by a former code finds
// the record as it is now, the record shows its history, and a look-up
// says, in the response's extensions, that the code it was asked is
// superseded.

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/lib/pq"

	"learningapi/dbtest"
)

// formerCode is a FormerCode as the API writes it.
type formerCode struct {
	Code      string
	ValidFrom *string
	ValidTo   string
	Source    struct{ Slug string }
}

// codedArea is a region, ICS or council with its code history.
type codedArea struct {
	Slug          string
	Code          string
	OdsCode       string
	CodeValidFrom *string
	FormerCodes   []formerCode
}

const codedAreaFields = `slug code codeValidFrom formerCodes { code validFrom validTo source { slug } }`

// supersededCodesOf decodes a response's extensions.supersededCodes as
// "path: code -> currentCode" lines.
func supersededCodesOf(tb testing.TB, r *response) []string {
	tb.Helper()
	var env struct {
		Extensions struct {
			SupersededCodes []struct {
				Path        []string
				Code        string
				CurrentCode string
			}
		}
	}
	if err := json.Unmarshal([]byte(r.Body), &env); err != nil {
		tb.Fatalf("decoding %s: %v", r.Body, err)
	}
	out := []string{}
	for _, s := range env.Extensions.SupersededCodes {
		out = append(out, strings.Join(s.Path, ".")+": "+s.Code+" -> "+s.CurrentCode)
	}
	return out
}

// TestICBCodesOfApril2023 checks Surrey Heartlands' and Sussex's ICB codes:
// the current ones since 1 April 2023, the July 2022 ones as former codes
// ending the day before, their ODS codes unchanged, all cited to the ONS
// portal.
func TestICBCodesOfApril2023(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct{ Surrey, Sussex codedArea }
	a.query(t, `{
		surrey: integratedCareSystem(slug: "surrey-heartlands") { odsCode `+codedAreaFields+` }
		sussex: integratedCareSystem(slug: "sussex") { odsCode `+codedAreaFields+` } }`, nil, &out)
	for _, c := range []struct {
		got              codedArea
		code, ods, older string
	}{
		{out.Surrey, "E54000063", "QXU", "E54000052"},
		{out.Sussex, "E54000064", "QNX", "E54000053"},
	} {
		t.Run(c.got.Slug, func(t *testing.T) {
			if c.got.Code != c.code || c.got.OdsCode != c.ods {
				t.Errorf("code %s, ODS code %s; want %s and %s", c.got.Code, c.got.OdsCode, c.code, c.ods)
			}
			if c.got.CodeValidFrom == nil || *c.got.CodeValidFrom != "2023-04-01" {
				t.Errorf("codeValidFrom %v, want 2023-04-01", strOrNull(c.got.CodeValidFrom))
			}
			if len(c.got.FormerCodes) != 1 {
				t.Fatalf("formerCodes %+v, want one", c.got.FormerCodes)
			}
			f := c.got.FormerCodes[0]
			if f.Code != c.older || f.ValidTo != "2023-03-31" || f.ValidFrom != nil || f.Source.Slug != "ons-open-geography-portal" {
				t.Errorf("former code %+v (from %s), want %s valid to 2023-03-31 from an unstated day, cited to the ONS portal",
					f, strOrNull(f.ValidFrom), c.older)
			}
		})
	}
	// The July 2022 codes are no ICS's current code.
	if n := a.sqlInt(t, `SELECT count(*) FROM ics WHERE code IN ('E54000052', 'E54000053')`); n != 0 {
		t.Errorf("%d ICSs still have a July 2022 code", n)
	}
}

// TestFormerCodesMatchTheDatabase compares every area's codeValidFrom and
// formerCodes with the tables, for all three kinds.
func TestFormerCodesMatchTheDatabase(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	// One region gains a history here, so that regions have one to show.
	a.sqlExec(t, `INSERT INTO former_code (code, region_id, valid_from, valid_to, source_id)
		SELECT 'E12999999', r.id, '2009-01-01', '2010-12-31', s.id FROM region r, source s
		WHERE r.slug = 'london' AND s.slug = 'ons-open-geography-portal'`)
	for _, c := range []struct{ list, table, owner string }{
		{`regions { ` + codedAreaFields + ` }`, "region", "region_id"},
		{`integratedCareSystems(first: 100) { nodes { ` + codedAreaFields + ` } }`, "ics", "ics_id"},
		{`localAuthorities(first: 100) { nodes { ` + codedAreaFields + ` } }`, "local_authority", "local_authority_id"},
	} {
		t.Run(c.table, func(t *testing.T) {
			raw := a.raw(t, `{ `+c.list+` }`, nil)
			var areas []codedArea
			for _, v := range []string{"regions", "integratedCareSystems.nodes", "localAuthorities.nodes"} {
				if strings.HasPrefix(c.list, strings.Split(v, ".")[0]) {
					if err := json.Unmarshal(at(t, raw, v), &areas); err != nil {
						t.Fatal(err)
					}
				}
			}
			var got []string
			withHistory := 0
			for _, area := range areas {
				got = append(got, area.Slug+" from "+strOrNull(area.CodeValidFrom))
				for _, f := range area.FormerCodes {
					got = append(got, area.Slug+" was "+f.Code+" "+strOrNull(f.ValidFrom)+".."+f.ValidTo+" "+f.Source.Slug)
				}
				if len(area.FormerCodes) > 0 {
					withHistory++
				}
			}
			want := a.sqlStrings(t, `
				SELECT t.slug || ' from ' || coalesce('"' || t.code_valid_from || '"', '<null>') FROM `+c.table+` t
				UNION ALL
				SELECT t.slug || ' was ' || f.code || ' ' || coalesce('"' || f.valid_from || '"', '<null>') || '..' || f.valid_to || ' ' || s.slug
				FROM former_code f JOIN `+c.table+` t ON t.id = f.`+c.owner+` JOIN source s ON s.id = f.source_id`)
			sameSet(t, c.table+" code histories", got, want)
			if withHistory == 0 {
				t.Errorf("no %s has a former code; the comparison proves little", c.table)
			}
		})
	}
}

// TestLookUpByFormerCode looks every former code up, shaped by PostgreSQL
// and through the resolvers: each finds its area, which shows its current
// code and lists the former one with its end, and the response's
// extensions say the code asked for is superseded. A current code finds
// the area with no such notice.
func TestLookUpByFormerCode(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	cases := []struct{ field, table, owner string }{
		{"integratedCareSystem", "ics", "ics_id"},
		{"localAuthority", "local_authority", "local_authority_id"},
		{"region", "region", "region_id"},
	}
	for name, a := range map[string]*api{"shaped": newAPI(t, db), "resolvers": newAPI(t, db, resolversOnly)} {
		t.Run(name, func(t *testing.T) {
			for _, c := range cases {
				var rows []struct {
					Former  string `db:"former"`
					Slug    string `db:"slug"`
					Current string `db:"current"`
					ValidTo string `db:"valid_to"`
				}
				if err := a.db.Select(&rows, `SELECT f.code AS former, t.slug, t.code AS current, f.valid_to::text AS valid_to
					FROM former_code f JOIN `+c.table+` t ON t.id = f.`+c.owner); err != nil {
					t.Fatal(err)
				}
				if c.table != "region" && len(rows) == 0 {
					t.Fatalf("no %s has a former code", c.table)
				}
				for _, row := range rows {
					former, slug, current, validTo := row.Former, row.Slug, row.Current, row.ValidTo
					r := a.post(t, fmt.Sprintf(`{ old: %s(code: %q) { %s } now: %s(code: %q) { slug code } }`,
						c.field, former, codedAreaFields, c.field, current), nil)
					wantNoErrors(t, r)
					var out struct{ Old, Now *codedArea }
					decodeData(t, r, &out)
					if out.Old == nil || out.Old.Slug != slug || out.Old.Code != current {
						t.Errorf("%s(code: %q) = %+v, want %s with code %s", c.field, former, out.Old, slug, current)
						continue
					}
					listed := false
					for _, f := range out.Old.FormerCodes {
						listed = listed || (f.Code == former && f.ValidTo == validTo)
					}
					if !listed {
						t.Errorf("%s(code: %q).formerCodes = %+v, want %s valid to %s", c.field, former, out.Old.FormerCodes, former, validTo)
					}
					if out.Now == nil || out.Now.Slug != slug {
						t.Errorf("%s(code: %q) = %+v, want %s", c.field, current, out.Now, slug)
					}
					sameList(t, "supersededCodes", supersededCodesOf(t, r), []string{"old: " + former + " -> " + current})
				}
			}
			// A look-up by slug or by an unknown code carries no notice.
			r := a.post(t, `{ integratedCareSystem(slug: "surrey-heartlands") { code } localAuthority(code: "E10999999") { code } }`, nil)
			wantNoErrors(t, r)
			if got := supersededCodesOf(t, r); len(got) != 0 {
				t.Errorf("notices %v for look-ups by slug and an unknown code", got)
			}
			if strings.Contains(r.Body, "supersededCodes") {
				t.Errorf("an answer with nothing superseded mentions supersededCodes: %s", r.Body)
			}
		})
	}
}

// TestFiltersAcceptFormerCodes checks every filter that names areas by
// code: a former code selects exactly what the area's slug selects. A
// region and an ICS with projects gain a former code here so that the
// lists compared are not empty.
func TestFiltersAcceptFormerCodes(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	a.sqlExec(t, `INSERT INTO former_code (code, region_id, ics_id, valid_to, source_id)
		SELECT f.code, r.id, i.id, '2010-12-31', s.id
		FROM (VALUES ('E12999999', 'yorkshire-and-the-humber', NULL), ('E54999999', NULL, 'west-yorkshire')) f (code, region, ics)
		JOIN source s ON s.slug = 'ons-open-geography-portal'
		LEFT JOIN region r ON r.slug = f.region
		LEFT JOIN ics i ON i.slug = f.ics`)
	cases := []struct {
		list, filter, slug, former string
	}{
		{"projects", "regions", "yorkshire-and-the-humber", "E12999999"},
		{"projects", "integratedCareSystems", "west-yorkshire", "E54999999"},
		{"projects", "localAuthorities", "north-yorkshire", "E10000023"},
		{"integratedCareSystems", "regions", "yorkshire-and-the-humber", "E12999999"},
		{"localAuthorities", "regions", "yorkshire-and-the-humber", "E12999999"},
		{"localAuthorities", "integratedCareSystems", "west-yorkshire", "E54999999"},
		{"localAuthorities", "integratedCareSystems", "surrey-heartlands", "E54000052"},
		{"consortia", "regions", "yorkshire-and-the-humber", "E12999999"},
	}
	for _, c := range cases {
		t.Run(c.list+" by "+c.filter+" "+c.former, func(t *testing.T) {
			q := fmt.Sprintf(`query($f: [String!], $after: String) { %s(first: 100, after: $after, filter: {%s: $f}) { %s nodes { slug } } }`,
				c.list, c.filter, pageInfoFields)
			bySlug, _ := a.slugsOf(t, q, map[string]any{"f": []string{c.slug}}, c.list, "slug")
			byFormer, total := a.slugsOf(t, q, map[string]any{"f": []string{c.former}}, c.list, "slug")
			sameSet(t, c.filter+": "+c.former, byFormer, bySlug)
			if total != len(bySlug) {
				t.Errorf("totalCount %d, want %d", total, len(bySlug))
			}
			if len(bySlug) == 0 && c.slug != "surrey-heartlands" {
				t.Errorf("%s filtered by %s is empty; the comparison proves little", c.list, c.slug)
			}
		})
	}
	// Nested lists take former codes too.
	var out struct {
		Region struct{ Projects struct{ TotalCount int } }
	}
	a.query(t, `{ region(slug: "yorkshire-and-the-humber") { projects(filter: {integratedCareSystems: ["E54999999"]}) { totalCount } } }`, nil, &out)
	if want := a.sqlInt(t, `SELECT count(*) FROM published_project p JOIN consortium c ON c.id = p.consortium_id
		JOIN ics i ON i.id = c.ics_id WHERE i.slug = 'west-yorkshire'`); int64(out.Region.Projects.TotalCount) != want || want == 0 {
		t.Errorf("region.projects by a former ICS code: %d, want %d", out.Region.Projects.TotalCount, want)
	}
	// A code nobody ever had is still an error.
	r := a.post(t, `{ projects(filter: {integratedCareSystems: ["E54999998"]}) { totalCount } }`, nil)
	wantCode(t, r, "BAD_USER_INPUT", "E54999998")
}

// TestFormerCodesAreCheckedByTheDatabase tries the writes the database
// refuses: a former code for an invented area, a code that is some area's
// current code, one that outlives the current code, and an area taking a
// former code as its own.
func TestFormerCodesAreCheckedByTheDatabase(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	insert := `INSERT INTO former_code (code, ics_id, valid_to, source_id)
		SELECT $1, i.id, $3::date, s.id FROM ics i, source s WHERE i.slug = $2 AND s.slug = 'ons-open-geography-portal'`
	for _, c := range []struct {
		what, sql  string
		args       []any
		constraint string
	}{
		{"an invented ICS's former code", insert, []any{"E54999997", "exampleshire", "2020-01-01"}, "former_code_honest"},
		{"another area's current code", insert, []any{"E54000054", "sussex", "2020-01-01"}, "former_code_honest"},
		{"a former code outliving the current one", insert, []any{"E54999996", "sussex", "2023-04-01"}, "former_code_honest"},
		{"a code of the wrong kind", insert, []any{"E10999999", "sussex", "2020-01-01"}, "former_code_format"},
		{"an area taking a former code", `UPDATE ics SET code = 'E54000052' WHERE slug = 'sussex'`, nil, "former_code_honest"},
	} {
		t.Run(c.what, func(t *testing.T) {
			_, err := a.db.Exec(c.sql, c.args...)
			var pqErr *pq.Error
			if !errors.As(err, &pqErr) || pqErr.Constraint != c.constraint {
				t.Errorf("error %v, want a violation of %s", err, c.constraint)
			}
		})
	}
}

// TestFormerCodeWritesReachCachedAnswers checks that a former code added
// with SQL reaches a cached look-up that found nothing by that code, and a
// cached list of an area's former codes.
func TestFormerCodeWritesReachCachedAnswers(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	s, _ := cachedServer(t, db)
	const lookUp = `{ integratedCareSystem(code: "E54999999") { slug } }`
	const history = `{ integratedCareSystem(slug: "west-yorkshire") { formerCodes { code } } }`
	for _, q := range []string{lookUp, history} {
		answer(t, s, q)
		if hit, _ := answer(t, s, q); hit.Header.Get("X-Cache") != "HIT" {
			t.Fatalf("not cached: %s", q)
		}
	}
	s.sqlExec(t, `INSERT INTO former_code (code, ics_id, valid_to, source_id)
		SELECT 'E54999999', i.id, '2010-12-31', s.id FROM ics i, source s
		WHERE i.slug = 'west-yorkshire' AND s.slug = 'ons-open-geography-portal'`)
	eventually(t, time.Second, "the look-up finds the area by its new former code", func() bool {
		r, now := answer(t, s, lookUp)
		return strings.Contains(now, `"west-yorkshire"`) && len(supersededCodesOf(t, r)) == 1
	})
	eventually(t, time.Second, "the area lists its new former code", func() bool {
		_, now := answer(t, s, history)
		return strings.Contains(now, `"E54999999"`)
	})
}
