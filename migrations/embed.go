// Package migrations holds the database schema as goose SQL migrations,
// embedded in the binary so that a deployed server can migrate itself.
//
// Files are numbered, each has an Up and a Down section, and a file is never
// edited once it has landed on main: a change to the schema is a new file.
package migrations

import "embed"

// FS is the set of migration files, read by store.Migrate.
//
//go:embed *.sql
var FS embed.FS
