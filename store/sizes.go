package store

import (
	"context"
	"log/slog"
	"time"
)

// tableSizesSQL reads PostgreSQL's estimate of each table's rows, which
// ANALYZE and autovacuum keep. A table never analysed (reltuples -1, as
// after a bulk load before autovacuum reaches it) is estimated from its
// size on disk at 50 rows a page, so its scans are not priced at nothing.
const tableSizesSQL = `
SELECT c.relname AS name,
       CASE WHEN c.reltuples >= 0 THEN c.reltuples::bigint
            ELSE pg_relation_size(c.oid) / current_setting('block_size')::bigint * 50
       END AS rows
FROM pg_class c
WHERE c.relkind = 'r' AND c.relnamespace = 'public'::regnamespace`

// RefreshTableSizes reads how many rows each table holds, as PostgreSQL
// estimates it; TableRows answers from what was read last. The query cost
// model prices scans with them.
func (db *DB) RefreshTableSizes(ctx context.Context) error {
	var rows []struct {
		Name string `db:"name"`
		Rows int64  `db:"rows"`
	}
	if err := db.SelectContext(ctx, &rows, tableSizesSQL); err != nil {
		return err
	}
	sizes := make(map[string]int64, len(rows))
	for _, r := range rows {
		sizes[r.Name] = r.Rows
	}
	db.sizes.Store(&sizes)
	return nil
}

// TableRows is the estimated number of rows in table, from the last
// RefreshTableSizes; zero before the first or for an unknown table.
func (db *DB) TableRows(table string) int64 {
	if m := db.sizes.Load(); m != nil {
		return (*m)[table]
	}
	return 0
}

// WatchTableSizes refreshes the table sizes every period until ctx ends,
// logging a failure and keeping the sizes it had.
func (db *DB) WatchTableSizes(ctx context.Context, every time.Duration, logger *slog.Logger) {
	tick := time.NewTicker(every)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
			if err := db.RefreshTableSizes(ctx); err != nil && ctx.Err() == nil {
				logger.Warn("could not read table sizes", "error", err.Error())
			}
		}
	}
}
