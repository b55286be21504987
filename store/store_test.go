package store_test

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"learningapi/dbtest"
	"learningapi/store"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// TestMigrationsRollAllTheWayDownAndUpAgain checks every migration's Down
// undoes its Up: down to nothing leaves no tables, and up again works.
func TestMigrationsRollAllTheWayDownAndUpAgain(t *testing.T) {
	t.Parallel()
	db := dbtest.NewEmpty(t)
	ctx := context.Background()
	statuses, err := db.MigrationStatuses(ctx)
	if err != nil || len(statuses) == 0 {
		t.Fatalf("statuses: %v %v", statuses, err)
	}
	for range statuses {
		if _, err := db.MigrateDown(ctx, nil); err != nil {
			t.Fatal(err)
		}
	}
	var tables int
	if err := db.Get(&tables, `SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'goose_db_version'`); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Fatalf("%d tables left after rolling every migration back", tables)
	}
	if err := db.Ready(ctx); err == nil {
		t.Fatal("Ready must fail while migrations are pending")
	}
	n, err := db.Migrate(ctx, nil)
	if err != nil || n != len(statuses) {
		t.Fatalf("migrate up applied %d of %d: %v", n, len(statuses), err)
	}
	if err := db.Ready(ctx); err != nil {
		t.Fatalf("Ready after migrating: %v", err)
	}
}

// TestHonestDataRules checks the database refuses every way of tying
// illustrative records to real ones, and changing a record's provenance.
func TestHonestDataRules(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ctx := context.Background()
	for _, tc := range []struct {
		name, sql, constraint string
	}{
		{"illustrative project led by a real council", `
			INSERT INTO project (slug, title, summary, consortium_id, lead_organisation_id, status, provenance)
			SELECT 'fake-project', 'Fake', 'Illustrative.', (SELECT id FROM consortium WHERE provenance = 'ILLUSTRATIVE' LIMIT 1),
			       (SELECT id FROM organisation WHERE kind = 'COUNCIL' AND provenance = 'VERIFIED_PUBLIC' LIMIT 1), 'DRAFT', 'ILLUSTRATIVE'`,
			"honest_data_same_provenance"},
		{"illustrative project in a real consortium", `
			INSERT INTO project (slug, title, summary, consortium_id, status, provenance)
			SELECT 'fake-project', 'Fake', 'Illustrative.', (SELECT id FROM consortium WHERE provenance = 'VERIFIED_PUBLIC' LIMIT 1), 'DRAFT', 'ILLUSTRATIVE'`,
			"honest_data_same_provenance"},
		{"real council as partner of an illustrative project", `
			INSERT INTO project_partner (project_id, organisation_id)
			SELECT (SELECT id FROM project WHERE provenance = 'ILLUSTRATIVE' LIMIT 1),
			       (SELECT id FROM organisation WHERE kind = 'COUNCIL' AND provenance = 'VERIFIED_PUBLIC' LIMIT 1)`,
			"honest_data_same_provenance"},
		{"illustrative lead swapped onto a real project", `
			UPDATE project SET lead_organisation_id = (SELECT id FROM organisation WHERE provenance = 'ILLUSTRATIVE' LIMIT 1)
			WHERE slug = 'north-west-london-carers-card'`,
			"honest_data_same_provenance"},
		{"illustrative speaker at a real event", `
			INSERT INTO event_speaker (event_id, person_id, role)
			SELECT (SELECT id FROM event WHERE slug = 'co-production-week-2025-conference'),
			       (SELECT id FROM person WHERE provenance = 'ILLUSTRATIVE' LIMIT 1), 'SPEAKER'`,
			"honest_data_same_provenance"},
		{"illustrative event in a real series", `
			UPDATE event SET series_id = (SELECT id FROM event_series WHERE slug = 'co-production-week-2025')
			WHERE provenance = 'ILLUSTRATIVE' AND id = (SELECT min(id) FROM event WHERE provenance = 'ILLUSTRATIVE')`,
			"honest_data_same_provenance"},
		{"illustrative resource about a real project", `
			INSERT INTO resource_project (resource_id, project_id)
			SELECT (SELECT id FROM resource WHERE provenance = 'ILLUSTRATIVE' LIMIT 1),
			       (SELECT id FROM project WHERE slug = 'north-west-london-carers-card')`,
			"honest_data_same_provenance"},
		{"illustrative allocation to a real consortium", `
			INSERT INTO allocation (fund_tranche_id, consortium_id, amount_pence, provenance)
			SELECT (SELECT min(id) FROM fund_tranche), (SELECT id FROM consortium WHERE slug = 'north-west-london-arf'), 100, 'ILLUSTRATIVE'`,
			"honest_data_same_provenance"},
		{"illustrative consortium in the real fund", `
			UPDATE consortium SET fund_id = (SELECT id FROM fund WHERE slug = 'accelerating-reform-fund') WHERE slug = 'exampleshire-arf'`,
			"honest_data_same_provenance"},
		{"illustrative allocation on a real tranche", `
			INSERT INTO allocation (fund_tranche_id, consortium_id, amount_pence, provenance)
			SELECT (SELECT min(id) FROM fund_tranche WHERE provenance = 'VERIFIED_PUBLIC'), (SELECT id FROM consortium WHERE slug = 'exampleshire-arf'), 100, 'ILLUSTRATIVE'`,
			"honest_data_same_provenance"},
		{"illustrative project under a real priority", `
			INSERT INTO project_priority (project_id, priority_id)
			SELECT (SELECT id FROM project WHERE slug = 'exampleshire-carers-card'),
			       (SELECT pr.id FROM priority pr JOIN fund f ON f.id = pr.fund_id WHERE f.slug = 'accelerating-reform-fund' AND pr.number = 2)`,
			"honest_data_same_provenance"},
		{"illustrative tranche of the real fund", `
			INSERT INTO fund_tranche (fund_id, financial_year, amount_pence, provenance)
			SELECT id, '2030-31', 100, 'ILLUSTRATIVE' FROM fund WHERE slug = 'accelerating-reform-fund'`,
			"honest_data_same_provenance"},
		{"illustrative figure about the real fund", `
			INSERT INTO fund_statistic (fund_id, measure, value, provenance)
			SELECT id, 'PROJECT_COUNT', 1, 'ILLUSTRATIVE' FROM fund WHERE slug = 'accelerating-reform-fund'`,
			"honest_data_same_provenance"},
		{"illustrative priority of the real fund", `
			INSERT INTO priority (fund_id, number, provenance)
			SELECT id, 50, 'ILLUSTRATIVE' FROM fund WHERE slug = 'accelerating-reform-fund'`,
			"honest_data_same_provenance"},
		{"the real fund paid by a fictional body", `
			UPDATE fund SET funder_organisation_id = (SELECT id FROM organisation WHERE slug = 'department-for-example-care')
			WHERE slug = 'accelerating-reform-fund'`,
			"honest_data_same_provenance"},
		{"an inferred project in a fictional consortium", `
			INSERT INTO project (slug, title, summary, consortium_id, status, provenance, provenance_note, source_id)
			SELECT 'inferred-project', 'Inferred', 'Inferred.', (SELECT id FROM consortium WHERE slug = 'exampleshire-arf'),
			       'DRAFT', 'INFERRED', 'Inferred from a test.', (SELECT min(id) FROM source)`,
			"honest_data_same_provenance"},
		{"an inferred project that does not say what it was inferred from", `
			INSERT INTO project (slug, title, summary, consortium_id, status, provenance, provenance_note, source_id)
			SELECT 'inferred-project', 'Inferred', 'Inferred.', (SELECT id FROM consortium WHERE slug = 'north-west-london-arf'),
			       'DRAFT', 'INFERRED', '  ', (SELECT min(id) FROM source)`,
			"project_inferred_has_note"},
		{"an inferred project without a source", `
			INSERT INTO project (slug, title, summary, consortium_id, status, provenance, provenance_note)
			SELECT 'inferred-project', 'Inferred', 'Inferred.', (SELECT id FROM consortium WHERE slug = 'north-west-london-arf'),
			       'DRAFT', 'INFERRED', 'Inferred from a test.'`,
			"project_verified_has_source"},
		{"an inferred region", `
			UPDATE region SET provenance = 'INFERRED', provenance_note = 'Inferred from a test.' WHERE slug = 'london'`,
			"region_provenance_verified"},
		{"relabelling a real project as illustrative", `
			UPDATE project SET provenance = 'ILLUSTRATIVE' WHERE slug = 'north-west-london-carers-card'`,
			"honest_data_provenance_fixed"},
		{"relabelling a fictional council as real", `
			UPDATE organisation SET provenance = 'VERIFIED_PUBLIC' WHERE slug = 'exampleshire-county-council'`,
			"honest_data_provenance_fixed"},
		{"a verified project without a source", `
			UPDATE project SET source_id = NULL WHERE slug = 'north-west-london-carers-card'`,
			"project_verified_has_source"},
		{"a fictional council with an ONS code", `
			UPDATE local_authority SET code = 'E10000099' WHERE provenance = 'ILLUSTRATIVE' AND id = (SELECT min(id) FROM local_authority WHERE provenance = 'ILLUSTRATIVE')`,
			"local_authority_code_matches_provenance"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := db.ExecContext(ctx, tc.sql)
			var ce *store.ConstraintError
			if !errors.As(store.Classify(err), &ce) || ce.Constraint != tc.constraint {
				t.Fatalf("want a violation of %s, got %v", tc.constraint, err)
			}
		})
	}
	// An inferred record is real: it may sit in a verified consortium, be
	// led by a verified council and be named by a verified resource.
	if _, err := db.ExecContext(ctx, `
		WITH p AS (
			INSERT INTO project (slug, title, summary, consortium_id, lead_organisation_id, status, provenance, provenance_note, source_id)
			SELECT 'inferred-project', 'Inferred', 'Inferred.', c.id, c.lead_organisation_id, 'DRAFT', 'INFERRED', 'Inferred from a test.', c.source_id
			FROM consortium c WHERE c.slug = 'humber-and-north-yorkshire-arf'
			RETURNING id)
		INSERT INTO resource_project (resource_id, project_id)
		SELECT (SELECT min(id) FROM resource WHERE provenance = 'VERIFIED_PUBLIC'), p.id FROM p`); err != nil {
		t.Fatalf("linking an inferred project to verified records: %v", err)
	}
	// Illustrative records may still be linked to each other.
	if _, err := db.ExecContext(ctx, `
		INSERT INTO project_partner (project_id, organisation_id)
		SELECT p.id, o.id FROM project p, organisation o
		WHERE p.slug = 'exampleshire-carers-card' AND o.provenance = 'ILLUSTRATIVE'
		  AND NOT EXISTS (SELECT 1 FROM project_partner pp WHERE pp.project_id = p.id AND pp.organisation_id = o.id)
		LIMIT 1`); err != nil {
		t.Fatalf("linking two illustrative records: %v", err)
	}
}

// sharedReference are the fact-bearing tables both worlds may name:
// regions and NHS regions, which are always verified and which fictional
// councils and systems sit in. Every other link between two fact-bearing
// tables must keep to one world.
var sharedReference = []string{"region", "nhs_region"}

// TestEveryFactLinkIsGuarded reads every foreign key of the schema and
// checks that each link between two fact-bearing tables (tables with a
// provenance column), directly or through a link table, is guarded by an
// honest-data trigger that runs on insert and update. A link added later
// without the rule fails here. It also checks every fact-bearing table
// takes the three levels and asks inferred records for a note.
func TestEveryFactLinkIsGuarded(t *testing.T) {
	t.Parallel()
	db := dbtest.NewEmpty(t)
	var factTables []string
	if err := db.Select(&factTables, `
		SELECT c.table_name FROM information_schema.columns c
		JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
		WHERE c.table_schema = 'public' AND c.column_name = 'provenance' AND t.table_type = 'BASE TABLE'
		ORDER BY 1`); err != nil {
		t.Fatal(err)
	}
	if len(factTables) < 16 {
		t.Fatalf("only %d fact-bearing tables found: %v", len(factTables), factTables)
	}
	fact := map[string]bool{}
	for _, tbl := range factTables {
		fact[tbl] = true
	}
	shared := map[string]bool{}
	for _, tbl := range sharedReference {
		shared[tbl] = true
	}

	// Every fact-bearing table: INFERRED allowed (shared reference data
	// stays verified only), and an inferred record must carry a note.
	var checks []struct {
		Table, Name, Def string
	}
	if err := db.Select(&checks, `
		SELECT conrelid::regclass::text AS table, conname AS name, pg_get_constraintdef(oid) AS def
		FROM pg_constraint WHERE contype = 'c' AND connamespace = 'public'::regnamespace`); err != nil {
		t.Fatal(err)
	}
	has := map[string]string{}
	for _, c := range checks {
		has[c.Name] = c.Def
	}
	for _, tbl := range factTables {
		if _, ok := has[tbl+"_inferred_has_note"]; !ok {
			t.Errorf("%s has no check %s_inferred_has_note", tbl, tbl)
		}
		if shared[tbl] {
			if !strings.Contains(has[tbl+"_provenance_verified"], "VERIFIED_PUBLIC") {
				t.Errorf("shared reference table %s is not verified only", tbl)
			}
			continue
		}
		if def := has[tbl+"_provenance_valid"]; !strings.Contains(def, "INFERRED") || !strings.Contains(def, "ILLUSTRATIVE") {
			t.Errorf("%s_provenance_valid does not take the three levels: %q", tbl, def)
		}
	}

	// The honest-data triggers and what each guards.
	var triggers []struct {
		Table string
		Args  []byte
		Type  int
		On    string
	}
	if err := db.Select(&triggers, `
		SELECT tgrelid::regclass::text AS table, tgargs AS args, tgtype::int AS type, tgenabled::text AS on
		FROM pg_trigger WHERE tgfoid = 'enforce_same_provenance'::regproc AND NOT tgisinternal`); err != nil {
		t.Fatal(err)
	}
	const rowLevel, onInsert, onUpdate = 1, 4, 16
	guarded := map[string]bool{}
	for _, tg := range triggers {
		if tg.Type&(rowLevel|onInsert|onUpdate) != rowLevel|onInsert|onUpdate || tg.On == "D" {
			continue
		}
		args := strings.Split(strings.TrimSuffix(string(tg.Args), "\x00"), "\x00")
		if len(args) != 4 {
			t.Errorf("honest-data trigger on %s has arguments %q", tg.Table, args)
			continue
		}
		guarded[tg.Table+": "+strings.Join(args, " ")] = true
	}
	guards := func(table, subjectCol, subject, objectCol, object string) bool {
		return guarded[table+": "+subjectCol+" "+subject+" "+objectCol+" "+object] ||
			guarded[table+": "+objectCol+" "+object+" "+subjectCol+" "+subject]
	}

	// Every foreign key, with the column that holds the referenced id.
	var keys []struct {
		Name, Table, Ref, Col string
	}
	if err := db.Select(&keys, `
		SELECT c.conname AS name, c.conrelid::regclass::text AS table, c.confrelid::regclass::text AS ref, a.attname AS col
		FROM pg_constraint c
		CROSS JOIN LATERAL unnest(c.conkey, c.confkey) AS k (src, dst)
		JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.src
		JOIN pg_attribute r ON r.attrelid = c.confrelid AND r.attnum = k.dst
		WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace AND r.attname = 'id'
		ORDER BY 2, 1`); err != nil {
		t.Fatal(err)
	}
	links := map[string][]int{} // link table -> its keys to fact-bearing tables
	checked := 0
	for i, k := range keys {
		if !fact[k.Ref] || shared[k.Ref] {
			continue
		}
		if !fact[k.Table] {
			links[k.Table] = append(links[k.Table], i)
			continue
		}
		checked++
		if !guards(k.Table, "id", k.Table, k.Col, k.Ref) {
			t.Errorf("%s (%s.%s -> %s) links two fact-bearing tables but no honest-data trigger guards it", k.Name, k.Table, k.Col, k.Ref)
		}
	}
	// A table whose rows each name exactly one of several records (a former
	// code belongs to one region, ICS or council: num_nonnulls(...) = 1)
	// links nothing to anything.
	var oneOwner []struct{ Table, Def string }
	if err := db.Select(&oneOwner, `
		SELECT conrelid::regclass::text AS table, pg_get_constraintdef(oid) AS def
		FROM pg_constraint
		WHERE contype = 'c' AND connamespace = 'public'::regnamespace
		  AND pg_get_constraintdef(oid) LIKE '%num_nonnulls(%) = 1%'`); err != nil {
		t.Fatal(err)
	}
	exclusive := func(table, a, b string) bool {
		for _, c := range oneOwner {
			if c.Table == table && strings.Contains(c.Def, a) && strings.Contains(c.Def, b) {
				return true
			}
		}
		return false
	}
	for table, ends := range links {
		for x := range ends {
			for y := x + 1; y < len(ends); y++ {
				a, b := keys[ends[x]], keys[ends[y]]
				if exclusive(table, a.Col, b.Col) {
					continue
				}
				checked++
				if !guards(table, a.Col, a.Ref, b.Col, b.Ref) {
					t.Errorf("link table %s joins %s and %s but no honest-data trigger guards it", table, a.Ref, b.Ref)
				}
			}
		}
	}
	if checked < 30 {
		t.Errorf("only %d links checked; the enumeration is weak", checked)
	}
}

// TestStatementsAreCountedPerContext checks the counter the request log
// and the N+1 test rely on.
func TestStatementsAreCountedPerContext(t *testing.T) {
	t.Parallel()
	db := dbtest.NewEmpty(t)
	var c store.Counter
	ctx := store.WithCounter(context.Background(), &c)
	for i := 0; i < 3; i++ {
		var one int
		if err := db.GetContext(ctx, &one, `SELECT 1`); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.ExecContext(ctx, `SELECT 1`); err != nil {
		t.Fatal(err)
	}
	var other int
	_ = db.GetContext(context.Background(), &other, `SELECT 1`)
	if c.Count() != 4 {
		t.Fatalf("counted %d statements, want 4", c.Count())
	}
}

// TestKeptStatementsArePreparedOncePerConnection checks the prepared count
// the request log reports: a read statement is prepared the first time a
// connection runs it, and kept.
func TestKeptStatementsArePreparedOncePerConnection(t *testing.T) {
	t.Parallel()
	var name string
	if err := dbtest.NewEmpty(t).Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	db, err := store.Open(context.Background(), dbtest.URL(t, name), store.Options{MaxOpenConns: 1, PreparedStatements: 10})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for i, query := range []string{`SELECT json_build_object('n', $1::int)`, `SELECT json_build_object('n', $1::int)`, `SELECT json_build_array($1::int)`} {
		var c store.Counter
		if _, err := db.JSONRow(store.WithCounter(context.Background(), &c), 1, query, i); err != nil {
			t.Fatal(err)
		}
		if want := []int64{1, 0, 1}[i]; c.Count() != 1 || c.Prepared() != want {
			t.Errorf("read %d: %d statements, %d prepared; want 1 and %d", i, c.Count(), c.Prepared(), want)
		}
	}
}

// TestTopicClosureFollowsTheTree moves topics around and checks the
// closure table (which filters by theme read) follows, and that a loop is
// refused with a named rule.
func TestTopicClosureFollowsTheTree(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ancestors := func(slug string) []string {
		t.Helper()
		var got []string
		err := db.Select(&got, `SELECT a.slug FROM topic_closure tc JOIN topic a ON a.id = tc.ancestor_id
			JOIN topic d ON d.id = tc.descendant_id WHERE d.slug = $1 ORDER BY tc.depth`, slug)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}
	mustExec := func(sql string) {
		t.Helper()
		if _, err := db.Exec(sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	mustExec(`INSERT INTO topic (slug, name, parent_id) SELECT 'respite', 'Respite', id FROM topic WHERE slug = 'short-breaks'`)
	if got := ancestors("respite"); !slices.Equal(got, []string{"respite", "short-breaks", "unpaid-carers"}) {
		t.Fatalf("a new topic's ancestors: %v", got)
	}
	mustExec(`UPDATE topic SET parent_id = (SELECT id FROM topic WHERE slug = 'workforce') WHERE slug = 'short-breaks'`)
	if got := ancestors("respite"); !slices.Equal(got, []string{"respite", "short-breaks", "workforce"}) {
		t.Fatalf("after moving its parent: %v", got)
	}
	_, err := db.Exec(`UPDATE topic SET parent_id = (SELECT id FROM topic WHERE slug = 'respite') WHERE slug = 'workforce'`)
	var ce *store.ConstraintError
	if !errors.As(store.Classify(err), &ce) || ce.Constraint != "topic_tree_acyclic" || !errors.Is(ce, store.ErrInvalid) {
		t.Fatalf("a loop in the tree: %v", err)
	}
	mustExec(`DELETE FROM topic WHERE slug = 'respite'`)
	if got := ancestors("respite"); len(got) != 0 {
		t.Fatalf("a deleted topic stays in the closure: %v", got)
	}
	var total, topics int
	if err := db.Get(&topics, `SELECT count(*) FROM topic`); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&total, `SELECT count(*) FROM topic_closure WHERE depth = 0`); err != nil || total != topics {
		t.Fatalf("%d self-pairs for %d topics (%v)", total, topics, err)
	}
}

// tagLog records what WatchChanges reports.
type tagLog struct {
	mu       sync.Mutex
	tags     [][]string
	watching bool
}

func (l *tagLog) Changed(tags []string) { l.mu.Lock(); l.tags = append(l.tags, tags); l.mu.Unlock() }
func (l *tagLog) Lost()                 { l.mu.Lock(); l.watching = false; l.mu.Unlock() }
func (l *tagLog) Watching()             { l.mu.Lock(); l.watching = true; l.mu.Unlock() }

// next waits for the next announcement.
func (l *tagLog) next(tb testing.TB) []string {
	tb.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for time.Now().Before(deadline) {
		l.mu.Lock()
		if len(l.tags) > 0 {
			tags := l.tags[0]
			l.tags = l.tags[1:]
			l.mu.Unlock()
			return tags
		}
		l.mu.Unlock()
		time.Sleep(5 * time.Millisecond)
	}
	tb.Fatal("no announcement within 5s")
	return nil
}

// TestWritesAnnounceWhatChanged writes to tables and checks the database
// announces the tags the response cache drops answers by.
func TestWritesAnnounceWhatChanged(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	log := &tagLog{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go db.WatchChanges(ctx, log, time.Second)
	for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(5 * time.Millisecond) {
		log.mu.Lock()
		ok := log.watching
		log.mu.Unlock()
		if ok {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("not watching within 5s")
		}
	}
	var id int64
	if err := db.Get(&id, `SELECT id FROM project WHERE slug = 'north-west-london-carers-card'`); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, sql string
		want      []string
	}{
		{"one row", `UPDATE project SET title = title || '.' WHERE slug = 'north-west-london-carers-card'`,
			[]string{"project", fmt.Sprintf("project:%d", id)}},
		{"many rows", `UPDATE resource SET title = title || '.'`, []string{"resource", "resource:*"}},
		{"a link", `DELETE FROM project_topic WHERE project_id = ` + fmt.Sprint(id), []string{"project_topic"}},
		{"a deletion", `DELETE FROM fund_statistic WHERE id = (SELECT min(id) FROM fund_statistic)`, nil},
	} {
		if _, err := db.Exec(tc.sql); err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		got := log.next(t)
		if tc.want == nil {
			if len(got) != 2 || got[0] != "fund_statistic" || !strings.HasPrefix(got[1], "fund_statistic:") {
				t.Errorf("%s: announced %v", tc.name, got)
			}
			continue
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("%s: announced %v, want %v", tc.name, got, tc.want)
		}
	}
	// A write that changes no row announces nothing; the next one is heard.
	if _, err := db.Exec(`UPDATE project SET title = 'x' WHERE false`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`UPDATE region SET name = name WHERE code = 'E12000007'`); err != nil {
		t.Fatal(err)
	}
	if got := log.next(t); len(got) != 2 || got[0] != "region" {
		t.Errorf("after a write of no rows, announced %v", got)
	}
}

// TestTableSizesWithoutAnalyse checks a table PostgreSQL has not analysed
// yet is sized from its pages, not priced at nothing.
func TestTableSizesWithoutAnalyse(t *testing.T) {
	ctx := context.Background()
	db := dbtest.NewEmpty(t)
	if _, err := db.ExecContext(ctx, `CREATE TABLE never_analysed AS SELECT g AS n, repeat('x', 100) AS pad FROM generate_series(1, 20000) g`); err != nil {
		t.Fatal(err)
	}
	var tuples float64
	if err := db.GetContext(ctx, &tuples, `SELECT reltuples FROM pg_class WHERE relname = 'never_analysed'`); err != nil || tuples >= 0 {
		t.Skipf("PostgreSQL analysed the table already (reltuples %v, %v)", tuples, err)
	}
	if err := db.RefreshTableSizes(ctx); err != nil {
		t.Fatal(err)
	}
	if n := db.TableRows("never_analysed"); n < 5_000 {
		t.Errorf("a 20,000-row table never analysed is estimated at %d rows", n)
	}
	if _, err := db.ExecContext(ctx, `ANALYZE never_analysed`); err != nil {
		t.Fatal(err)
	}
	if err := db.RefreshTableSizes(ctx); err != nil {
		t.Fatal(err)
	}
	if n := db.TableRows("never_analysed"); n != 20_000 {
		t.Errorf("after ANALYZE: %d rows, want 20,000", n)
	}
}
