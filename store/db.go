// Package store is the API's connection to PostgreSQL. It writes no SQL
// of its own for reading content: package read assembles each statement,
// one per top-level GraphQL field, from the plan package graph makes of the
// query, and store sends it. Its own SQL, beside the Go that runs it, is
// for what is not content: API keys (apikeys.go), the audit log (audit.go)
// and the tables' sizes (sizes.go); package write holds the SQL of writes. Every statement a field can send is written out in
// store/testdata/sql/<Type>.<field>.sql (rewritten by
// `go test ./graph -run TestSQLGolden -update`). The only other SQL it
// sends is built by its libraries: lib/pq's LISTEN for WatchChanges, and
// goose's bookkeeping for the migrations and Ready.
//
// What store does:
//   - Open builds the connection pool (Options: pool size, statement
//     timeout, how many statements each connection keeps prepared) and
//     sets each session up through the URL: times in UTC, generic plans
//     for kept statements, an application_name.
//   - JSONRow sends a read statement and returns its one row of JSON
//     columns. Statements are kept prepared, by their text, in a
//     least-recently-used cache; a request runs at most a few at once
//     (WithStatementLimit). Dry is a store that only hands the statements
//     over, for tests.
//   - Every statement run is counted (Counter) and can be recorded with
//     its parameters (Statements), for the request log and for tests; when
//     its context carries a recording span, it gets a child span holding its
//     text, never its parameters (trace.go).
//   - Migrate, MigrateDown and MigrationStatuses apply the embedded
//     migrations (package migrations) with goose, under an advisory lock;
//     Ready reports pending ones.
//   - WatchChanges listens on ChangesChannel, on a connection of its own,
//     for the tags of every write (for the response cache).
//   - The records (records.go) are what reads decode into, and Classify
//     turns driver errors into the sentinel errors of errors.go.
//
// Public reads go through the published_* views, which hold the one rule
// for what the public may see. Nothing here knows of GraphQL.
package store

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"strconv"
	"sync/atomic"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// Options tune the connection pool and the server-side limits of every
// session the pool opens.
type Options struct {
	// StatementTimeout stops any single SQL statement that runs longer.
	// Zero leaves the server's setting alone.
	StatementTimeout time.Duration
	// MaxOpenConns bounds the pool. Zero means the default of 20.
	MaxOpenConns int
	// PreparedStatements is how many of the read path's statements are kept
	// prepared on every connection; zero prepares none.
	PreparedStatements int
}

// DB is the store: a pool of connections to one database.
type DB struct {
	*sqlx.DB
	stmts *stmtCache
	// dsn is the URL the pool connects with, for the change watcher's own
	// connection.
	dsn string
	// dry, if set, takes the read path's statements instead of the
	// database (see Dry).
	dry func(Statement)
	// sizes are the tables' estimated rows (see RefreshTableSizes).
	sizes atomic.Pointer[map[string]int64]
}

// Open connects to the database at dsn (a postgres:// URL) and checks that
// it answers. Every statement the pool runs is counted into the Counter
// carried by its context, if any (see WithCounter).
func Open(ctx context.Context, dsn string, opts Options) (*DB, error) {
	dsn, err := withSessionSettings(dsn, opts)
	if err != nil {
		return nil, err
	}
	connector, err := pq.NewConnector(dsn)
	if err != nil {
		// The driver's message may quote the URL, password included.
		return nil, fmt.Errorf("store: the database URL could not be parsed; check its format")
	}
	sqlDB := sql.OpenDB(countingConnector{connector})
	maxOpen := opts.MaxOpenConns
	if maxOpen <= 0 {
		maxOpen = 20
	}
	sqlDB.SetMaxOpenConns(maxOpen)
	sqlDB.SetMaxIdleConns(maxOpen)
	sqlDB.SetConnMaxIdleTime(5 * time.Minute)
	db := &DB{DB: sqlx.NewDb(sqlDB, "postgres"), dsn: dsn}
	if opts.PreparedStatements > 0 {
		db.stmts = newStmtCache(opts.PreparedStatements)
	}
	pingCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := db.PingContext(pingCtx); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: cannot reach the database: %w", err)
	}
	return db, nil
}

// withSessionSettings adds runtime parameters to the URL, which lib/pq
// sends when each connection starts. Times are written in UTC on the
// wire; the API converts them to UK time for display.
func withSessionSettings(dsn string, opts Options) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil || (u.Scheme != "postgres" && u.Scheme != "postgresql") {
		return "", fmt.Errorf("store: the database URL must look like postgres://user@host:port/dbname")
	}
	q := u.Query()
	q.Set("timezone", "UTC")
	if opts.StatementTimeout > 0 {
		q.Set("statement_timeout", strconv.FormatInt(opts.StatementTimeout.Milliseconds(), 10))
	}
	if opts.PreparedStatements > 0 {
		// A kept statement is planned once, for any parameters, rather than
		// for each execution's values: planning a read can take longer than
		// running it. The EXPLAIN tests check that these generic plans use
		// the indexes.
		q.Set("plan_cache_mode", "force_generic_plan")
	}
	if q.Get("application_name") == "" {
		q.Set("application_name", "scie-learning-api")
	}
	u.RawQuery = q.Encode()
	return u.String(), nil
}

// Close closes the kept statements and the pool.
func (db *DB) Close() error {
	if db.stmts != nil {
		db.stmts.close()
	}
	return db.DB.Close()
}

// InTx runs fn inside one transaction, committing if fn returns nil and
// rolling back otherwise. Nothing writes through the API yet; the
// editorial writes, which change several rows at once, will run through it.
func (db *DB) InTx(ctx context.Context, fn func(tx *sqlx.Tx) error) (err error) {
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: begin: %w", err)
	}
	defer func() {
		if p := recover(); p != nil {
			_ = tx.Rollback()
			panic(p)
		}
		if err != nil {
			_ = tx.Rollback()
			return
		}
		err = tx.Commit()
	}()
	return fn(tx)
}
