package store

import (
	"context"
	"fmt"
)

// RefKind names a kind of record that filters refer to by slug (or, for
// geography, by ONS code).
type RefKind string

// The kinds of record filters can refer to. Content kinds resolve only
// published records, so a filter cannot probe for drafts.
const (
	RefRegion         RefKind = "region"
	RefNHSRegion      RefKind = "NHS region"
	RefICS            RefKind = "integrated care system"
	RefLocalAuthority RefKind = "local authority"
	RefConsortium     RefKind = "consortium"
	RefOrganisation   RefKind = "organisation"
	RefPerson         RefKind = "person"
	RefTopic          RefKind = "topic"
	RefProject        RefKind = "project"
	RefEvent          RefKind = "event"
	RefEventSeries    RefKind = "event series"
)

// refQueries find records by the names they answer to. Each returns the
// id and every name that matched.
var refQueries = map[RefKind]string{
	RefRegion:         `SELECT id, slug, code FROM region WHERE slug = ANY($1) OR code = ANY($1)`,
	RefNHSRegion:      `SELECT id, slug, code FROM nhs_region WHERE slug = ANY($1) OR code = ANY($1)`,
	RefICS:            `SELECT id, slug, code FROM ics WHERE slug = ANY($1) OR code = ANY($1)`,
	RefLocalAuthority: `SELECT id, slug, code FROM local_authority WHERE slug = ANY($1) OR code = ANY($1)`,
	RefConsortium:     `SELECT id, slug, slug AS code FROM consortium WHERE slug = ANY($1)`,
	RefOrganisation:   `SELECT id, slug, slug AS code FROM organisation WHERE slug = ANY($1)`,
	RefPerson:         `SELECT id, slug, slug AS code FROM person WHERE slug = ANY($1)`,
	RefTopic:          `SELECT id, slug, slug AS code FROM topic WHERE slug = ANY($1)`,
	RefProject:        `SELECT id, slug, slug AS code FROM published_project WHERE slug = ANY($1)`,
	RefEvent:          `SELECT id, slug, slug AS code FROM published_event WHERE slug = ANY($1)`,
	RefEventSeries:    `SELECT id, slug, slug AS code FROM published_event_series WHERE slug = ANY($1)`,
}

// UnknownRefError lists names that match no record.
type UnknownRefError struct {
	Kind  RefKind
	Names []string
}

func (e *UnknownRefError) Error() string {
	return fmt.Sprintf("unknown %s %q", e.Kind, e.Names)
}

// Unwrap makes an unknown name a kind of not-found.
func (e *UnknownRefError) Unwrap() error { return ErrNotFound }

// ResolveRefs turns slugs (or codes) into ids. Every name must match a
// record; otherwise it returns an *UnknownRefError naming the ones that
// did not.
func (db *DB) ResolveRefs(ctx context.Context, kind RefKind, names []string) ([]int64, error) {
	query, ok := refQueries[kind]
	if !ok {
		return nil, fmt.Errorf("store: cannot resolve names of %s", kind)
	}
	var rows []struct {
		ID   int64  `db:"id"`
		Slug string `db:"slug"`
		Code string `db:"code"`
	}
	if err := db.SelectContext(ctx, &rows, query, stringArray(names)); err != nil {
		return nil, fmt.Errorf("resolve %s: %w", kind, Classify(err))
	}
	matched := make(map[string]bool, 2*len(rows))
	ids := make([]int64, 0, len(rows))
	for _, r := range rows {
		matched[r.Slug], matched[r.Code] = true, true
		ids = append(ids, r.ID)
	}
	var unknown []string
	for _, n := range names {
		if !matched[n] {
			unknown = append(unknown, n)
		}
	}
	if unknown != nil {
		return nil, &UnknownRefError{Kind: kind, Names: unknown}
	}
	return ids, nil
}
