package seed

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// inTx runs fn in a transaction, committing if it returns nil and rolling
// back otherwise, so a failed load leaves the database as it was.
func inTx(ctx context.Context, db *sqlx.DB, fn func(tx *sqlx.Tx) error) (err error) {
	tx, err := db.BeginTxx(ctx, nil)
	if err != nil {
		return fmt.Errorf("seed: begin transaction: %w", err)
	}
	defer func() {
		if err != nil {
			if rbErr := tx.Rollback(); rbErr != nil && !errors.Is(rbErr, sql.ErrTxDone) {
				err = errors.Join(err, fmt.Errorf("seed: roll back: %w", rbErr))
			}
		}
	}()
	if err = fn(tx); err != nil {
		return err
	}
	if err = tx.Commit(); err != nil {
		return fmt.Errorf("seed: commit: %w", err)
	}
	return nil
}

// insertID runs an INSERT ... RETURNING id and returns the new id.
func insertID(ctx context.Context, tx *sqlx.Tx, query string, args ...any) (int64, error) {
	var id int64
	if err := tx.QueryRowxContext(ctx, query, args...).Scan(&id); err != nil {
		return 0, err
	}
	return id, nil
}

// exec runs a statement that returns no rows.
func exec(ctx context.Context, tx *sqlx.Tx, query string, args ...any) error {
	_, err := tx.ExecContext(ctx, query, args...)
	return err
}

// insertLinks adds one row to a link table for each key: query takes the
// owning row's id as $1 and the linked row's id, looked up in linked, as $2.
func insertLinks(ctx context.Context, tx *sqlx.Tx, query string, ownerID int64, linked ids, keys []string) error {
	for _, key := range keys {
		linkedID, err := linked.id(key)
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, query, ownerID, linkedID); err != nil {
			return fmt.Errorf("link to %s %s: %w", linked.table, key, err)
		}
	}
	return nil
}

// text turns an empty string into SQL NULL, for optional text and date
// columns (dates are written "YYYY-MM-DD" and cast in SQL).
func text(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// number turns zero into SQL NULL, for optional counts such as a capacity
// or a duration.
func number(n int) any {
	if n == 0 {
		return nil
	}
	return n
}
