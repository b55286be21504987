package bench

import (
	"context"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq" // the driver for the admin connection

	"learningapi/seed"
	"learningapi/store"
)

// prepareDatabase makes (or reuses) the database scie_bench_<scale> on the
// server serverURL points at, migrated and loaded with the sample data and
// scale copies, and returns its URL.
func prepareDatabase(ctx context.Context, serverURL string, scale int, fresh bool, log io.Writer) (string, error) {
	u, err := url.Parse(serverURL)
	if err != nil {
		return "", fmt.Errorf("bench: the database URL could not be read")
	}
	name := "scie_bench_" + strconv.Itoa(scale)
	admin, err := sqlx.Open("postgres", serverURL)
	if err != nil {
		return "", err
	}
	defer admin.Close()
	var exists bool
	if err := admin.GetContext(ctx, &exists, `SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)`, name); err != nil {
		return "", fmt.Errorf("bench: cannot reach PostgreSQL: %w", err)
	}
	if exists && fresh {
		if _, err := admin.ExecContext(ctx, `DROP DATABASE `+name+` WITH (FORCE)`); err != nil {
			return "", err
		}
		exists = false
	}
	if !exists {
		if _, err := admin.ExecContext(ctx, `CREATE DATABASE `+name); err != nil {
			return "", err
		}
	}
	u.Path = "/" + name
	dbURL := u.String()
	db, err := store.Open(ctx, dbURL, store.Options{})
	if err != nil {
		return "", err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx, nil); err != nil {
		return "", err
	}
	seeded, err := seed.Seeded(ctx, db.DB)
	if err != nil {
		return "", err
	}
	if !seeded {
		fmt.Fprintf(log, "loading the sample data into %s\n", name)
		if err := seed.Sample(ctx, db.DB); err != nil {
			return "", err
		}
	}
	copies, err := seed.Copies(ctx, db.DB)
	if err != nil {
		return "", err
	}
	if copies < scale {
		started := time.Now()
		fmt.Fprintf(log, "adding %d scaled copies to %s\n", scale-copies, name)
		if err := seed.Scale(ctx, db.DB, scale-copies); err != nil {
			return "", err
		}
		fmt.Fprintf(log, "scaled in %s\n", time.Since(started).Round(time.Millisecond))
	}
	return dbURL, nil
}
