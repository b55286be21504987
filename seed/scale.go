package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// maxScale is the most copies one Scale call may add.
const maxScale = 1000

// maxCopyNumber is the highest copy number a slug suffix can hold
// ("-copy-9999").
const maxCopyNumber = 9999

// Scale adds n extra copies (n from 1 to 1000) of the illustrative shapes
// (consortia, projects, resources, events with the same mix of types,
// statuses, links) under generated fictional names, for benchmarks. It
// needs Sample to have run first.
//
// Each copy k gets its own fictional integrated care systems, consortia,
// allocations, projects, resources, festival editions and events, copied
// from the illustrative records Sample loaded, with "-copy-000k" added to
// every slug and the copy's label, "Fictional Area 000k", added to every
// name and title. Copies reuse
// the fictional councils, organisations, people and topics, so filters by
// region, organisation or topic find them. Nothing real is copied. Calling
// Scale again continues the numbering, and the same history of calls
// always produces the same data. All copies are added in one transaction
// with set-based INSERT ... SELECT statements.
func Scale(ctx context.Context, db *sqlx.DB, n int) error {
	if n < 1 || n > maxScale {
		return fmt.Errorf("seed: scale: n must be between 1 and %d, not %d", maxScale, n)
	}
	err := inTx(ctx, db, func(tx *sqlx.Tx) error {
		seeded, err := Seeded(ctx, tx)
		if err != nil {
			return err
		}
		if !seeded {
			return ErrNotSeeded
		}
		first, err := nextCopyNumber(ctx, tx)
		if err != nil {
			return err
		}
		if first+n-1 > maxCopyNumber {
			return fmt.Errorf("seed: scale: %d more copies would pass copy number %d", n, maxCopyNumber)
		}
		if err := createCopyTable(ctx, tx, first, n); err != nil {
			return err
		}
		for _, s := range scaleSteps {
			if _, err := tx.ExecContext(ctx, s.query); err != nil {
				return fmt.Errorf("seed scale %s: %w", s.name, err)
			}
		}
		return nil
	})
	if err != nil {
		return err
	}
	return vacuumAnalyze(ctx, db)
}

// Copies returns how many scaled copies Scale has added so far.
func Copies(ctx context.Context, db *sqlx.DB) (int, error) {
	var next int
	err := inTx(ctx, db, func(tx *sqlx.Tx) error {
		var err error
		next, err = nextCopyNumber(ctx, tx)
		return err
	})
	return next - 1, err
}

// nextCopyNumber returns the number the next copy takes: one more than the
// highest copy already made, so repeated calls never collide.
func nextCopyNumber(ctx context.Context, tx *sqlx.Tx) (int, error) {
	const query = `
		SELECT coalesce(max(substring(slug FROM '-copy-([0-9]{4})$')::integer), 0) + 1
		FROM consortium
		WHERE provenance = 'ILLUSTRATIVE'`
	var next int
	if err := tx.GetContext(ctx, &next, query); err != nil {
		return 0, fmt.Errorf("seed scale: find the next copy number: %w", err)
	}
	return next, nil
}

// createCopyTable fills a temporary table with one row per copy: its
// number, its label and its slug suffix. The table goes away when the
// transaction ends.
func createCopyTable(ctx context.Context, tx *sqlx.Tx, first, n int) error {
	const create = `
		CREATE TEMPORARY TABLE scale_copy (
			k      integer PRIMARY KEY,
			place  text NOT NULL,
			suffix text NOT NULL
		) ON COMMIT DROP`
	if _, err := tx.ExecContext(ctx, create); err != nil {
		return fmt.Errorf("seed scale: create copy table: %w", err)
	}
	const fill = `
		INSERT INTO scale_copy (k, place, suffix)
		SELECT k, ` + copyLabelSQL + `, '-copy-' || lpad(k::text, 4, '0')
		FROM generate_series($1::integer, $2::integer) AS k`
	if _, err := tx.ExecContext(ctx, fill, first, first+n-1); err != nil {
		return fmt.Errorf("seed scale: fill copy table: %w", err)
	}
	return nil
}

// copyLabelSQL is the label of copy k, in SQL over k: "Fictional Area
// 0003". A label is fictional by construction: no place is called
// "Fictional Area", and no place name holds a number, so neither a label
// nor a name with one added ("Exampleshire (Fictional Area 0003)") can be
// a real place's. (Labels made of place-like syllables once made Exford,
// Exmouth and Great Sampford, which are real.)
const copyLabelSQL = `'Fictional Area ' || lpad(k::text, 4, '0')`

// scaleStep is one set-based statement of Scale.
type scaleStep struct {
	name  string
	query string
}

// scaleSteps copy the illustrative records, parents before the rows that
// refer to them. A base row is an ILLUSTRATIVE row whose slug has no copy
// suffix; its copy for copy c has the slug base.slug || c.suffix, which is
// how later steps find the copies to link. Every copy stays ILLUSTRATIVE
// and links only to illustrative rows, as the honest-data triggers check.
var scaleSteps = []scaleStep{
	{"integrated care systems", `
		INSERT INTO ics (slug, code, ods_code, name, nhs_region_id, provenance)
		SELECT o.slug || c.suffix,
		       o.code || 'C' || lpad(c.k::text, 4, '0'),
		       o.ods_code || 'C' || lpad(c.k::text, 4, '0'),
		       o.name || ' (' || c.place || ')',
		       o.nhs_region_id, o.provenance
		FROM ics o
		CROSS JOIN scale_copy c
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, o.id`},
	{"ics footprints", `
		INSERT INTO ics_local_authority (ics_id, local_authority_id)
		SELECT n.id, f.local_authority_id
		FROM ics o
		JOIN ics_local_authority f ON f.ics_id = o.id
		CROSS JOIN scale_copy c
		JOIN ics n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"consortia", `
		INSERT INTO consortium (slug, name, fund_id, ics_id, lead_organisation_id, provenance)
		SELECT o.slug || c.suffix, o.name || ' (' || c.place || ')', o.fund_id, n.id, o.lead_organisation_id, o.provenance
		FROM consortium o
		CROSS JOIN scale_copy c
		JOIN ics oi ON oi.id = o.ics_id
		JOIN ics n ON n.slug = oi.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, o.id`},
	{"consortium members", `
		INSERT INTO consortium_member (consortium_id, organisation_id)
		SELECT n.id, m.organisation_id
		FROM consortium o
		JOIN consortium_member m ON m.consortium_id = o.id
		CROSS JOIN scale_copy c
		JOIN consortium n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"projects", `
		INSERT INTO project (slug, title, summary, description, consortium_id, lead_organisation_id, stage,
			target_groups, coproduction_level, coproduction_principles, starts_on, ends_on, status, provenance)
		SELECT o.slug || c.suffix, o.title || ' (' || c.place || ')', o.summary, o.description, n.id,
		       o.lead_organisation_id, o.stage, o.target_groups, o.coproduction_level, o.coproduction_principles,
		       o.starts_on, o.ends_on, o.status, o.provenance
		FROM project o
		CROSS JOIN scale_copy c
		JOIN consortium oc ON oc.id = o.consortium_id
		JOIN consortium n ON n.slug = oc.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, o.id`},
	{"project partners", `
		INSERT INTO project_partner (project_id, organisation_id, role, position)
		SELECT n.id, p.organisation_id, p.role, p.position
		FROM project o
		JOIN project_partner p ON p.project_id = o.id
		CROSS JOIN scale_copy c
		JOIN project n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"project topics", `
		INSERT INTO project_topic (project_id, topic_id)
		SELECT n.id, t.topic_id
		FROM project o
		JOIN project_topic t ON t.project_id = o.id
		CROSS JOIN scale_copy c
		JOIN project n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"project priorities", `
		INSERT INTO project_priority (project_id, priority_id)
		SELECT n.id, p.priority_id
		FROM project o
		JOIN project_priority p ON p.project_id = o.id
		CROSS JOIN scale_copy c
		JOIN project n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"allocations", `
		INSERT INTO allocation (fund_tranche_id, consortium_id, project_id, amount_pence, note, provenance)
		SELECT a.fund_tranche_id, nc.id, np.id, a.amount_pence, a.note, a.provenance
		FROM allocation a
		JOIN consortium oc ON oc.id = a.consortium_id
		LEFT JOIN project op ON op.id = a.project_id
		CROSS JOIN scale_copy c
		JOIN consortium nc ON nc.slug = oc.slug || c.suffix
		LEFT JOIN project np ON np.slug = op.slug || c.suffix
		WHERE a.provenance = 'ILLUSTRATIVE' AND oc.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, a.id`},
	{"resources", `
		INSERT INTO resource (slug, title, type, summary, body, external_url, published_earliest, published_latest, revised_on, audiences,
			accessibility_formats, duration_seconds, publisher_organisation_id, status, provenance)
		SELECT o.slug || c.suffix, o.title || ' (' || c.place || ')', o.type, o.summary, o.body,
		       CASE WHEN o.external_url IS NULL THEN NULL ELSE o.external_url || c.suffix END,
		       o.published_earliest, o.published_latest, o.revised_on, o.audiences, o.accessibility_formats, o.duration_seconds,
		       o.publisher_organisation_id, o.status, o.provenance
		FROM resource o
		CROSS JOIN scale_copy c
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, o.id`},
	{"resource topics", `
		INSERT INTO resource_topic (resource_id, topic_id)
		SELECT n.id, t.topic_id
		FROM resource o
		JOIN resource_topic t ON t.resource_id = o.id
		CROSS JOIN scale_copy c
		JOIN resource n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"resource projects", `
		INSERT INTO resource_project (resource_id, project_id)
		SELECT nr.id, np.id
		FROM resource o
		JOIN resource_project rp ON rp.resource_id = o.id
		JOIN project op ON op.id = rp.project_id
		CROSS JOIN scale_copy c
		JOIN resource nr ON nr.slug = o.slug || c.suffix
		JOIN project np ON np.slug = op.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"resource authors", `
		INSERT INTO resource_author (resource_id, person_id, position)
		SELECT n.id, a.person_id, a.position
		FROM resource o
		JOIN resource_author a ON a.resource_id = o.id
		CROSS JOIN scale_copy c
		JOIN resource n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"event series", `
		INSERT INTO event_series (slug, title, brand, edition, year, theme, description, starts_on, ends_on,
			host_organisation_id, status, provenance)
		SELECT o.slug || c.suffix, o.title || ' (' || c.place || ')', o.brand || ' (' || c.place || ')',
		       o.edition, o.year, o.theme, o.description, o.starts_on, o.ends_on, o.host_organisation_id, o.status, o.provenance
		FROM event_series o
		CROSS JOIN scale_copy c
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, o.id`},
	{"events", `
		INSERT INTO event (slug, title, type, series_id, parent_id, summary, description, starts_at, ends_at,
			delivery_mode, venue_name, venue_address, joining_details, registration_url, registration_status, capacity,
			host_organisation_id, recording_resource_id, status, provenance)
		SELECT o.slug || c.suffix, o.title || ' (' || c.place || ')', o.type, ns.id, NULL, o.summary, o.description,
		       o.starts_at, o.ends_at, o.delivery_mode, o.venue_name, o.venue_address, o.joining_details,
		       CASE WHEN o.registration_url IS NULL THEN NULL ELSE o.registration_url || c.suffix END,
		       o.registration_status, o.capacity, o.host_organisation_id, nr.id, o.status, o.provenance
		FROM event o
		CROSS JOIN scale_copy c
		LEFT JOIN event_series os ON os.id = o.series_id
		LEFT JOIN event_series ns ON ns.slug = os.slug || c.suffix
		LEFT JOIN resource orr ON orr.id = o.recording_resource_id
		LEFT JOIN resource nr ON nr.slug = orr.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$' AND o.parent_id IS NULL
		ORDER BY c.k, o.id`},
	{"event sessions", `
		INSERT INTO event (slug, title, type, series_id, parent_id, summary, description, starts_at, ends_at,
			delivery_mode, venue_name, venue_address, joining_details, registration_url, registration_status, capacity,
			host_organisation_id, recording_resource_id, status, provenance)
		SELECT o.slug || c.suffix, o.title || ' (' || c.place || ')', o.type, ns.id, np.id, o.summary, o.description,
		       o.starts_at, o.ends_at, o.delivery_mode, o.venue_name, o.venue_address, o.joining_details,
		       CASE WHEN o.registration_url IS NULL THEN NULL ELSE o.registration_url || c.suffix END,
		       o.registration_status, o.capacity, o.host_organisation_id, nr.id, o.status, o.provenance
		FROM event o
		CROSS JOIN scale_copy c
		JOIN event op ON op.id = o.parent_id
		JOIN event np ON np.slug = op.slug || c.suffix
		LEFT JOIN event_series os ON os.id = o.series_id
		LEFT JOIN event_series ns ON ns.slug = os.slug || c.suffix
		LEFT JOIN resource orr ON orr.id = o.recording_resource_id
		LEFT JOIN resource nr ON nr.slug = orr.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'
		ORDER BY c.k, o.id`},
	{"event speakers", `
		INSERT INTO event_speaker (event_id, person_id, role, position)
		SELECT n.id, s.person_id, s.role, s.position
		FROM event o
		JOIN event_speaker s ON s.event_id = o.id
		CROSS JOIN scale_copy c
		JOIN event n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"event topics", `
		INSERT INTO event_topic (event_id, topic_id)
		SELECT n.id, t.topic_id
		FROM event o
		JOIN event_topic t ON t.event_id = o.id
		CROSS JOIN scale_copy c
		JOIN event n ON n.slug = o.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"event projects", `
		INSERT INTO event_project (event_id, project_id)
		SELECT ne.id, np.id
		FROM event o
		JOIN event_project ep ON ep.event_id = o.id
		JOIN project op ON op.id = ep.project_id
		CROSS JOIN scale_copy c
		JOIN event ne ON ne.slug = o.slug || c.suffix
		JOIN project np ON np.slug = op.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
	{"event resources", `
		INSERT INTO resource_event (resource_id, event_id)
		SELECT nr.id, ne.id
		FROM event o
		JOIN resource_event re ON re.event_id = o.id
		JOIN resource orr ON orr.id = re.resource_id
		CROSS JOIN scale_copy c
		JOIN event ne ON ne.slug = o.slug || c.suffix
		JOIN resource nr ON nr.slug = orr.slug || c.suffix
		WHERE o.provenance = 'ILLUSTRATIVE' AND o.slug !~ '-copy-[0-9]{4}$'`},
}
