-- Query.eventSeries, rendered from:
--   query {
--     eventSeries(slug: "example") {
--       id
--       slug
--       title
--       brand
--       edition
--       year
--       theme
--       description
--       startsOn
--       endsOn
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'startsOn', to_char(es0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(es0.ends_on, 'YYYY-MM-DD'), 'provenance', es0.provenance, 'provenanceNote', es0.provenance_note) FROM published_event_series es0 WHERE es0.slug = $1),
NULL::json,
(SELECT json_agg(es0.id) FROM published_event_series es0 WHERE es0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', es0.id, 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'starts_on', (es0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (es0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', es0.provenance, 'provenance_note', es0.provenance_note) FROM published_event_series es0 WHERE es0.slug = $1);
-- $1 = 'example'
