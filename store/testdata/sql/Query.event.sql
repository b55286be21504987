-- Query.event, rendered from:
--   query {
--     event(slug: "example") {
--       id
--       slug
--       title
--       type
--       summary
--       description
--       startsAt
--       endsAt
--       timeZone
--       deliveryMode
--       workshopCount
--       themes
--       provenance
--       provenanceNote
--       updatedAt
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', e0.slug, 'title', e0.title, 'type', e0.type, 'summary', e0.summary, 'description', e0.description, 'startsAt', to_char(e0.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.starts_at AT TIME ZONE 'Europe/London') - (e0.starts_at AT TIME ZONE 'UTC'), 'HH24:MI'), 'endsAt', to_char(e0.ends_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.ends_at AT TIME ZONE 'Europe/London') - (e0.ends_at AT TIME ZONE 'UTC'), 'HH24:MI'), 'timeZone', 'Europe/London'::text, 'deliveryMode', e0.delivery_mode, 'workshopCount', e0.workshop_count, 'themes', e0.themes, 'provenance', e0.provenance, 'provenanceNote', e0.provenance_note, 'updatedAt', to_char(e0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.updated_at AT TIME ZONE 'Europe/London') - (e0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) FROM published_event e0 WHERE e0.slug = $1),
NULL::json,
(SELECT json_agg(e0.id) FROM published_event e0 WHERE e0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', e0.id, 'slug', e0.slug, 'title', e0.title, 'type', e0.type, 'summary', e0.summary, 'description', e0.description, 'starts_at', e0.starts_at, 'ends_at', e0.ends_at, 'delivery_mode', e0.delivery_mode, 'workshop_count', e0.workshop_count, 'themes', e0.themes, 'provenance', e0.provenance, 'provenance_note', e0.provenance_note, 'updated_at', e0.updated_at) FROM published_event e0 WHERE e0.slug = $1);
-- $1 = 'example'
