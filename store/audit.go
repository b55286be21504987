package store

import (
	"context"
	"strconv"
	"strings"
	"time"
)

// AuditEntry is one row of the audit log.
type AuditEntry struct {
	ID         int64     `db:"id"`
	At         time.Time `db:"at"`
	KeyName    string    `db:"key_name"`
	Action     string    `db:"action"`
	RecordType string    `db:"record_type"`
	RecordID   int64     `db:"record_id"`
	Before     *string   `db:"before"`
	After      string    `db:"after"`
}

// Position is the entry's place in the log, newest first, for cursors.
func (e *AuditEntry) Position() (string, int64) { return "", e.ID }

// AuditFilter narrows the audit log; zero fields do not.
type AuditFilter struct {
	RecordType string
	RecordID   int64
	KeyName    string
	From, To   *time.Time
}

// AuditLog reads up to limit entries, newest first, older than before (an
// entry's ID) if given, and whether more follow.
func (db *DB) AuditLog(ctx context.Context, f AuditFilter, before *int64, limit int) ([]AuditEntry, bool, error) {
	conds := []string{"true"}
	var args []any
	arg := func(cond string, v any) {
		args = append(args, v)
		conds = append(conds, strings.ReplaceAll(cond, "?", "$"+strconv.Itoa(len(args))))
	}
	if f.RecordType != "" {
		arg("record_type = ?", f.RecordType)
		arg("record_id = ?", f.RecordID)
	}
	if f.KeyName != "" {
		arg("key_name = ?", f.KeyName)
	}
	if f.From != nil {
		arg("at >= ?", *f.From)
	}
	if f.To != nil {
		arg("at < ?", *f.To)
	}
	if before != nil {
		arg("id < ?", *before)
	}
	args = append(args, limit+1)
	var rows []AuditEntry
	err := db.SelectContext(ctx, &rows, `
		SELECT id, at, key_name, upper(action) AS action, record_type, record_id, before::text AS before, after::text AS after
		FROM audit_log WHERE `+strings.Join(conds, " AND ")+`
		ORDER BY id DESC LIMIT $`+strconv.Itoa(len(args)), args...)
	if err != nil {
		return nil, false, Classify(err)
	}
	more := len(rows) > limit
	if more {
		rows = rows[:limit]
	}
	return rows, more, nil
}
