// Package seed loads the sample dataset of the SCIE learning API: the real,
// sourced facts about the Accelerating Reform Fund (ARF) and Co-production
// Week, and a larger body of clearly invented records that shows how the
// data fits together.
//
// Every fact-bearing row says where it came from. Rows marked
// VERIFIED_PUBLIC carry a source (see sources.go, which notes which address
// backs which fact); rows marked ILLUSTRATIVE are invented and sit only
// under fictional bodies ("Exampleshire County Council", codes starting
// with X), so that nothing invented is ever attributed to a real council,
// system, organisation or person. The database enforces the same rule with
// the honest-data triggers of migration 00004.
//
// Sample loads everything once, in one transaction, and records the data's
// Version; Reload replaces whatever the database holds with it. Scale adds
// copies of the illustrative records for benchmarks. Seeded reports whether
// Sample has run, and SampleVersion which version it loaded.
package seed

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"github.com/jmoiron/sqlx"
)

// Provenance values, and the status that makes content public, as the
// schema spells them.
const (
	verified     = "VERIFIED_PUBLIC"
	inferred     = "INFERRED"
	illustrative = "ILLUSTRATIVE"
	published    = "PUBLISHED"
)

// ErrAlreadySeeded is returned by Sample when the database already holds a
// fund, so the sample data (or real data) is already there.
var ErrAlreadySeeded = errors.New("seed: the database already holds a fund")

// ErrNotSeeded is returned by Scale when Sample has not run first.
var ErrNotSeeded = errors.New("seed: the sample data is not loaded; run Sample first")

// step is one stage of loading the sample data, in dependency order.
type step struct {
	name string
	load func(ctx context.Context, tx *sqlx.Tx, r *registry) error
}

// sampleSteps lists the stages of Sample. Real records come before the
// illustrative ones of the same kind, and every stage only refers to records
// loaded by an earlier one.
var sampleSteps = []step{
	{"sources", loadSources},
	{"regions", loadRegions},
	{"nhs regions", loadNHSRegions},
	{"integrated care systems", loadICSs},
	{"local authorities", loadLocalAuthorities},
	{"code history", loadCodeHistory},
	{"organisations", loadOrganisations},
	{"people", loadPeople},
	{"topics", loadTopics},
	{"fund", loadFund},
	{"consortia", loadConsortia},
	{"projects", loadProjects},
	{"allocations", loadAllocations},
	{"resources", loadResources},
	{"event series", loadEventSeries},
	{"events", loadEvents},
}

// Version is the version of the sample data this build loads. Raise it
// whenever the data changes, so that databases loaded by an older build can
// tell (SampleVersion) and be reloaded (Reload).
const Version = 2

// Sample loads the whole sample dataset in one transaction. It fails (and
// changes nothing) if the database already holds a fund.
func Sample(ctx context.Context, db *sqlx.DB) error {
	return load(ctx, db, false)
}

// Reload deletes every row of every table (all content, sample or not) and
// loads the sample data again, in one transaction: for a database loaded by
// an older build, whose sample data the migrations do not correct.
func Reload(ctx context.Context, db *sqlx.DB) error {
	return load(ctx, db, true)
}

func load(ctx context.Context, db *sqlx.DB, replace bool) error {
	err := inTx(ctx, db, func(tx *sqlx.Tx) error {
		// Taking the fund table's lock first makes two concurrent calls
		// queue up, so the second one sees the first one's fund and stops.
		const lock = `LOCK TABLE fund IN SHARE ROW EXCLUSIVE MODE`
		if _, err := tx.ExecContext(ctx, lock); err != nil {
			return fmt.Errorf("seed: lock fund table: %w", err)
		}
		if replace {
			if err := emptyTables(ctx, tx); err != nil {
				return err
			}
		}
		seeded, err := Seeded(ctx, tx)
		if err != nil {
			return err
		}
		if seeded {
			return ErrAlreadySeeded
		}
		r := newRegistry()
		for _, s := range sampleSteps {
			if err := s.load(ctx, tx, r); err != nil {
				return fmt.Errorf("seed %s: %w", s.name, err)
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO sample_data (version) VALUES ($1)`, Version); err != nil {
			return fmt.Errorf("seed: record the version: %w", err)
		}
		return nil
	})
	if err != nil {
		return err
	}
	return vacuumAnalyze(ctx, db)
}

// emptyTables deletes every row of every table but the migrations' own.
func emptyTables(ctx context.Context, tx *sqlx.Tx) error {
	var tables []string
	if err := tx.SelectContext(ctx, &tables, `
		SELECT format('%I', tablename) FROM pg_tables
		WHERE schemaname = 'public' AND tablename <> 'goose_db_version' ORDER BY 1`); err != nil {
		return fmt.Errorf("seed: list tables: %w", err)
	}
	if _, err := tx.ExecContext(ctx, `TRUNCATE `+strings.Join(tables, ", ")+` RESTART IDENTITY`); err != nil {
		return fmt.Errorf("seed: empty the tables: %w", err)
	}
	return nil
}

// SampleVersion is the version of the sample data the database holds: 0
// when it holds none, or was loaded before versions were recorded.
func SampleVersion(ctx context.Context, db sqlx.QueryerContext) (int, error) {
	var v []int
	if err := sqlx.SelectContext(ctx, db, &v, `SELECT version FROM sample_data`); err != nil {
		return 0, fmt.Errorf("seed: read the sample data's version: %w", err)
	}
	if len(v) == 0 {
		return 0, nil
	}
	return v[0], nil
}

// vacuumAnalyze refreshes the planner's statistics after a bulk load, so that the
// first queries after it are planned for the data as it now is rather than
// for empty tables, and marks the new pages all-visible, so that covering
// indexes answer without visiting the tables (autovacuum would get to both,
// but only later).
func vacuumAnalyze(ctx context.Context, db *sqlx.DB) error {
	if _, err := db.ExecContext(ctx, `VACUUM (ANALYZE)`); err != nil {
		return fmt.Errorf("seed: vacuum: %w", err)
	}
	return nil
}

// Seeded reports whether the sample data is present (a fund row exists).
func Seeded(ctx context.Context, db sqlx.QueryerContext) (bool, error) {
	const query = `SELECT EXISTS (SELECT 1 FROM fund)`
	var seeded bool
	if err := sqlx.GetContext(ctx, db, &seeded, query); err != nil {
		return false, fmt.Errorf("seed: check for a fund: %w", err)
	}
	return seeded, nil
}
