package graph_test

import (
	"context"
	"database/sql/driver"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"time"

	"learningapi/bench"
	"learningapi/dbtest"
	"learningapi/store"
)

// TestWebsiteReadsAreIndexBacked checks, with EXPLAIN on scaled data, that
// every table the website's reads touch can be reached through an index:
// with sequential scans priced out, no plan scans a table, so every filter,
// join and order has an index behind it. The plans are the generic ones the
// server runs its kept statements with.
func TestWebsiteReadsAreIndexBacked(t *testing.T) {
	t.Parallel()
	db := dbtest.NewScaled(t, 10)
	// The check itself: a filter on a column no index serves is caught.
	unindexed := store.Statement{SQL: `SELECT count(*) FROM project WHERE summary = $1`, Args: []any{"x"}}
	if got := seqScans(genericPlan(t, db, unindexed)); len(got) != 1 || got[0] != "project" {
		t.Fatalf("an unindexed filter shows these sequential scans: %v", got)
	}
	s := newAPI(t, db)
	for _, rd := range bench.WebsiteReads {
		t.Run(rd.Name, func(t *testing.T) {
			var stmts store.Statements
			s.recording(&stmts).data(t, rd.Query, rd.Variables)
			list := stmts.List()
			if len(list) == 0 {
				t.Fatal("no statement recorded")
			}
			for _, st := range list {
				plan := genericPlan(t, db, st)
				for _, scan := range seqScans(plan) {
					t.Errorf("sequential scan of %s: no index serves it\n%.3000s", scan, st.SQL)
				}
			}
		})
	}
}

// genericPlan explains a statement as a kept (prepared) statement with a
// generic plan, with sequential scans priced out.
func genericPlan(tb testing.TB, db *store.DB, st store.Statement) any {
	tb.Helper()
	ctx := context.Background()
	conn, err := db.Conn(ctx)
	if err != nil {
		tb.Fatal(err)
	}
	defer conn.Close()
	for _, set := range []string{`SET enable_seqscan = off`, `SET plan_cache_mode = force_generic_plan`} {
		if _, err := conn.ExecContext(ctx, set); err != nil {
			tb.Fatal(err)
		}
	}
	defer conn.ExecContext(ctx, `RESET ALL`)
	if _, err := conn.ExecContext(ctx, `PREPARE explained AS `+st.SQL); err != nil {
		tb.Fatalf("prepare: %v\n%s", err, st.SQL)
	}
	defer conn.ExecContext(ctx, `DEALLOCATE explained`)
	// EXECUTE takes its parameters as values written in the SQL.
	params := make([]string, len(st.Args))
	for i, a := range st.Args {
		params[i] = literal(tb, a)
	}
	query := `EXPLAIN (FORMAT JSON) EXECUTE explained`
	if len(params) > 0 {
		query += "(" + strings.Join(params, ", ") + ")"
	}
	var raw string
	if err := conn.QueryRowContext(ctx, query).Scan(&raw); err != nil {
		tb.Fatalf("explain: %v", err)
	}
	var plan any
	if err := json.Unmarshal([]byte(raw), &plan); err != nil {
		tb.Fatal(err)
	}
	return plan
}

// seqScans lists the relations a plan scans sequentially.
func seqScans(plan any) []string {
	var out []string
	var walk func(any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if v["Node Type"] == "Seq Scan" {
				name, _ := v["Relation Name"].(string)
				out = append(out, name)
			}
			for _, child := range v {
				walk(child)
			}
		case []any:
			for _, child := range v {
				walk(child)
			}
		}
	}
	walk(plan)
	return out
}

// literal writes a statement parameter as an SQL literal.
func literal(tb testing.TB, v any) string {
	if valuer, ok := v.(driver.Valuer); ok {
		var err error
		if v, err = valuer.Value(); err != nil {
			tb.Fatal(err)
		}
	}
	quote := func(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }
	switch v := v.(type) {
	case nil:
		return "NULL"
	case string:
		return quote(v)
	case []byte:
		return quote(string(v))
	case time.Time:
		return quote(v.Format(time.RFC3339Nano))
	case bool, int, int64, float64:
		return fmt.Sprint(v)
	}
	tb.Fatalf("no literal for %T", v)
	return ""
}
