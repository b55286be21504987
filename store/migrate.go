package store

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"

	"github.com/pressly/goose/v3"
	"github.com/pressly/goose/v3/lock"

	"learningapi/migrations"
)

// MigrationStatus describes one migration file and whether it is applied.
type MigrationStatus struct {
	Version int64
	Name    string
	Applied bool
}

// newMigrator builds a goose provider over the embedded migrations. A
// Postgres advisory lock keeps two servers starting at once from migrating
// together. The provider must not be closed: Close would close our pool.
func (db *DB) newMigrator(logger *slog.Logger) (*goose.Provider, error) {
	locker, err := lock.NewPostgresSessionLocker()
	if err != nil {
		return nil, fmt.Errorf("store: migration lock: %w", err)
	}
	if logger == nil {
		logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	p, err := goose.NewProvider(goose.DialectPostgres, db.DB.DB, migrations.FS,
		goose.WithSessionLocker(locker),
		goose.WithSlog(logger),
	)
	if err != nil {
		return nil, fmt.Errorf("store: migrations: %w", err)
	}
	return p, nil
}

// Migrate applies every pending migration and returns how many it applied.
func (db *DB) Migrate(ctx context.Context, logger *slog.Logger) (int, error) {
	p, err := db.newMigrator(logger)
	if err != nil {
		return 0, err
	}
	results, err := p.Up(ctx)
	if err != nil {
		return len(results), fmt.Errorf("store: migrate up: %w", err)
	}
	return len(results), nil
}

// MigrateDown rolls back the most recent migration. It returns the
// version rolled back, or 0 if nothing was applied.
func (db *DB) MigrateDown(ctx context.Context, logger *slog.Logger) (int64, error) {
	p, err := db.newMigrator(logger)
	if err != nil {
		return 0, err
	}
	res, err := p.Down(ctx)
	if errors.Is(err, goose.ErrNoNextVersion) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("store: migrate down: %w", err)
	}
	return res.Source.Version, nil
}

// MigrationStatuses lists every migration with whether it is applied.
func (db *DB) MigrationStatuses(ctx context.Context) ([]MigrationStatus, error) {
	p, err := db.newMigrator(nil)
	if err != nil {
		return nil, err
	}
	list, err := p.Status(ctx)
	if err != nil {
		return nil, fmt.Errorf("store: migration status: %w", err)
	}
	out := make([]MigrationStatus, 0, len(list))
	for _, s := range list {
		out = append(out, MigrationStatus{
			Version: s.Source.Version,
			Name:    s.Source.Path,
			Applied: s.State == goose.StateApplied,
		})
	}
	return out, nil
}

// Ready reports an error unless the database answers and every migration
// the binary carries has been applied.
func (db *DB) Ready(ctx context.Context) error {
	p, err := db.newMigrator(nil)
	if err != nil {
		return err
	}
	pending, err := p.HasPending(ctx)
	if err != nil {
		return fmt.Errorf("store: checking migrations: %w", err)
	}
	if pending {
		return errors.New("store: migrations are pending; run `migrate up`")
	}
	return nil
}
