package write

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"

	"learningapi/store"
)

var errNoRows = sql.ErrNoRows

// Lengths the resource fields may have.
const (
	maxTitle   = 300
	maxSummary = 2_000
	maxBody    = 100_000
	maxNote    = 2_000
	maxIdemKey = 200
)

// resourceRules are the named rules of the resource table a client's input
// can break, with the field at fault.
var resourceRules = map[string]rule{
	"resource_slug_key":                {"slug", Taken, "another resource has this slug; choose another, or leave it out to have one made"},
	"resource_slug_format":             {"slug", InvalidFormat, "a slug is lowercase letters and digits in words joined by single hyphens"},
	"resource_title_present":           {"title", Required, "title is required"},
	"resource_summary_present":         {"summary", Required, "summary is required"},
	"resource_external_url_https":      {"externalUrl", InvalidFormat, "externalUrl must be an https:// address with no spaces"},
	"resource_verified_has_source":     {"sourceId", Required, "a verified or inferred resource must cite its source"},
	"resource_inferred_has_note":       {"provenanceNote", Required, "an inferred resource must say what it was inferred from"},
	"resource_provenance_note_present": {"provenanceNote", Required, "provenanceNote may not be blank; leave it out instead"},
	"resource_source_fkey":             {"sourceId", NotFound, "no source has this ID"},
	"idempotent_create_pkey":           {"idempotencyKey", Taken, "this key has used this idempotency key for another kind of record; choose a new one"},
}

// NewResource is a resource to create. Enumerated values (Type, Audiences,
// Provenance) have been checked against the schema already.
type NewResource struct {
	IdempotencyKey *string
	Title          string
	Slug           *string
	Type           string
	Summary        string
	Body           *string
	ExternalURL    *string
	Audiences      []string
	Provenance     string
	SourceID       *int64
	ProvenanceNote *string
}

func (in NewResource) check() Problems {
	var p Problems
	if k := in.IdempotencyKey; k != nil {
		if strings.TrimSpace(*k) == "" || utf8.RuneCountInString(*k) > maxIdemKey {
			p.add("idempotencyKey", InvalidFormat, "an idempotency key is 1 to %d characters, not all spaces", maxIdemKey)
		} else {
			p.text("idempotencyKey", k, true, maxIdemKey)
		}
	}
	p.text("title", &in.Title, true, maxTitle)
	p.slug(in.Slug)
	p.text("summary", &in.Summary, true, maxSummary)
	p.text("body", in.Body, false, maxBody)
	p.url("externalUrl", in.ExternalURL)
	p.text("provenanceNote", in.ProvenanceNote, false, maxNote)
	if in.Provenance != "ILLUSTRATIVE" && in.SourceID == nil {
		p.add("sourceId", Required, "a verified or inferred resource must cite its source")
	}
	if in.Provenance == "INFERRED" && (in.ProvenanceNote == nil || strings.TrimSpace(*in.ProvenanceNote) == "") {
		p.add("provenanceNote", Required, "an inferred resource must say what it was inferred from")
	}
	return p
}

// CreateResource creates a draft resource for actor and returns its ID;
// with an idempotency key used before by the same key, the ID of the
// resource that made. Problems with the input come back as Problems, and
// then nothing is written.
func CreateResource(ctx context.Context, db *store.DB, actor *store.APIKey, in NewResource) (int64, Problems, error) {
	if p := in.check(); len(p) > 0 {
		return 0, p, nil
	}
	var id int64
	problems, err := change(ctx, db, resourceRules, func(tx *sqlx.Tx, _ *Problems) error {
		if in.IdempotencyKey != nil {
			var err error
			if id, err = remembered(ctx, tx, actor, *in.IdempotencyKey, "resource"); err != nil || id != 0 {
				return err
			}
		}
		var slug string
		if in.Slug != nil {
			slug = *in.Slug
		} else {
			var err error
			if slug, err = freeSlug(ctx, tx, "resource", slugFrom(in.Title)); err != nil {
				return err
			}
		}
		var row struct {
			ID    int64           `db:"id"`
			After json.RawMessage `db:"after"`
		}
		audiences := distinct(in.Audiences)
		err := tx.GetContext(ctx, &row, `
			INSERT INTO resource (slug, title, type, summary, body, external_url, audiences, provenance, source_id, provenance_note, status)
			VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'DRAFT')
			RETURNING id, to_jsonb(resource.*) AS after`,
			slug, in.Title, in.Type, in.Summary, in.Body, in.ExternalURL, pq.StringArray(audiences), in.Provenance, in.SourceID, in.ProvenanceNote)
		if err != nil {
			return err
		}
		id = row.ID
		if err := audit(ctx, tx, actor, "create", "resource", row.ID, nil, row.After); err != nil {
			return err
		}
		if in.IdempotencyKey != nil {
			return remember(ctx, tx, actor, *in.IdempotencyKey, "resource", row.ID)
		}
		return nil
	})
	if err != nil || len(problems) > 0 {
		return 0, problems, err
	}
	return id, nil, nil
}

// Field is an update's change to one field: left out (Set false), or set
// to Value, where nil clears it.
type Field[T any] struct {
	Set   bool
	Value *T
}

// ResourceChange is an update to a resource, based on Version.
type ResourceChange struct {
	ID          int64
	Version     int
	Title       Field[string]
	Slug        Field[string]
	Summary     Field[string]
	Body        Field[string]
	ExternalURL Field[string]
	Audiences   Field[[]string]
	// Status moves the resource in the workflow; only the workflow's own
	// writes (ArchiveResource) set it.
	Status Field[string]
}

func (c ResourceChange) check() Problems {
	var p Problems
	if !(c.Title.Set || c.Slug.Set || c.Summary.Set || c.Body.Set || c.ExternalURL.Set || c.Audiences.Set || c.Status.Set) {
		p = append(p, UserError{Field: []string{"input"}, Message: "the update changes nothing: send at least one field to change", Code: InvalidValue})
	}
	required := func(name string, f Field[string], max int) {
		if f.Set {
			p.text(name, f.Value, true, max)
		}
	}
	required("title", c.Title, maxTitle)
	required("summary", c.Summary, maxSummary)
	if c.Slug.Set {
		if c.Slug.Value == nil {
			p.add("slug", Required, "slug is required")
		}
		p.slug(c.Slug.Value)
	}
	if c.Body.Set {
		p.text("body", c.Body.Value, false, maxBody)
	}
	if c.ExternalURL.Set {
		p.url("externalUrl", c.ExternalURL.Value)
	}
	return p
}

// UpdateResource changes a resource for actor, if it is still at the
// version the change is based on.
func UpdateResource(ctx context.Context, db *store.DB, actor *store.APIKey, c ResourceChange) (Problems, error) {
	if p := c.check(); len(p) > 0 {
		return p, nil
	}
	return change(ctx, db, resourceRules, func(tx *sqlx.Tx, problems *Problems) error {
		return applyResourceChange(ctx, tx, actor, c, problems)
	})
}

// ArchiveResource withdraws a resource from the public, if it is still at
// version.
func ArchiveResource(ctx context.Context, db *store.DB, actor *store.APIKey, id int64, version int) (Problems, error) {
	archived := "ARCHIVED"
	return UpdateResource(ctx, db, actor, ResourceChange{ID: id, Version: version, Status: Field[string]{Set: true, Value: &archived}})
}

// RestoreResource puts back, as a new version, the editable fields (title,
// slug, summary, body, external address, audiences) a resource had at
// version to, as the audit log recorded it, if the resource is still at
// version. Versions written before the log began cannot be restored.
func RestoreResource(ctx context.Context, db *store.DB, actor *store.APIKey, id int64, version, to int) (Problems, error) {
	return change(ctx, db, resourceRules, func(tx *sqlx.Tx, problems *Problems) error {
		var raw json.RawMessage
		err := tx.GetContext(ctx, &raw, `
			SELECT after FROM audit_log
			WHERE record_type = 'resource' AND record_id = $1 AND (after->>'version')::int = $2
			ORDER BY id DESC LIMIT 1`, id, to)
		if errors.Is(err, sql.ErrNoRows) {
			problems.add("toVersion", NotFound, "the audit log holds no version %d of this resource", to)
			return nil
		}
		if err != nil {
			return err
		}
		var old struct {
			Title, Slug, Summary string
			Body                 *string
			ExternalURL          *string `json:"external_url"`
			Audiences            []string
		}
		if err := json.Unmarshal(raw, &old); err != nil {
			return err
		}
		return applyResourceChange(ctx, tx, actor, ResourceChange{
			ID: id, Version: version,
			Title: Field[string]{true, &old.Title}, Slug: Field[string]{true, &old.Slug}, Summary: Field[string]{true, &old.Summary},
			Body: Field[string]{true, old.Body}, ExternalURL: Field[string]{true, old.ExternalURL},
			Audiences: Field[[]string]{true, &old.Audiences},
		}, problems)
	})
}

// applyResourceChange makes c inside tx, with its audit row, if the
// resource is still at c.Version; otherwise it notes the problem.
func applyResourceChange(ctx context.Context, tx *sqlx.Tx, actor *store.APIKey, c ResourceChange, problems *Problems) error {
	var current struct {
		Version int             `db:"version"`
		Before  json.RawMessage `db:"before"`
	}
	err := tx.GetContext(ctx, &current, `SELECT version, to_jsonb(resource.*) AS before FROM resource WHERE id = $1 FOR UPDATE`, c.ID)
	if errors.Is(err, sql.ErrNoRows) {
		problems.add("id", NotFound, "no resource has this ID")
		return nil
	}
	if err != nil {
		return err
	}
	if current.Version != c.Version {
		problems.add("version", Conflict, "the resource is at version %d now, not %d: someone changed it after you read it; read it again and redo your change", current.Version, c.Version)
		return nil
	}
	var audiences []string
	if c.Audiences.Value != nil {
		audiences = *c.Audiences.Value
	}
	var after json.RawMessage
	// Each column is set only if its field was sent ($n = true).
	err = tx.GetContext(ctx, &after, `
		UPDATE resource SET
			title        = CASE WHEN $3 THEN $4 ELSE title END,
			slug         = CASE WHEN $5 THEN $6 ELSE slug END,
			summary      = CASE WHEN $7 THEN $8 ELSE summary END,
			body         = CASE WHEN $9 THEN $10 ELSE body END,
			external_url = CASE WHEN $11 THEN $12 ELSE external_url END,
			audiences    = CASE WHEN $13 THEN $14::text[] ELSE audiences END,
			status       = CASE WHEN $15 THEN $16 ELSE status END,
			version      = version + 1
		WHERE id = $1 AND version = $2
		RETURNING to_jsonb(resource.*)`,
		c.ID, c.Version, c.Title.Set, c.Title.Value, c.Slug.Set, c.Slug.Value, c.Summary.Set, c.Summary.Value,
		c.Body.Set, c.Body.Value, c.ExternalURL.Set, c.ExternalURL.Value, c.Audiences.Set, pq.StringArray(distinct(audiences)),
		c.Status.Set, c.Status.Value)
	if errors.Is(err, sql.ErrNoRows) {
		// Moved on between the read and the write (the lock makes this
		// rare): the same conflict.
		problems.add("version", Conflict, "the resource changed while this update ran; read it again and redo your change")
		return nil
	}
	if err != nil {
		return err
	}
	return audit(ctx, tx, actor, "update", "resource", c.ID, current.Before, after)
}

// distinct is values without repeats, in their first order; empty, not
// nil, for none.
func distinct(values []string) []string {
	out := []string{}
	for _, v := range values {
		if !slices.Contains(out, v) {
			out = append(out, v)
		}
	}
	return out
}
