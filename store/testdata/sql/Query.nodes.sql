-- Query.nodes, rendered from:
--   query {
--     nodes(ids: ["U291cmNlOjE","RXZlbnRTZXJpZXM6Mg","U291cmNlOjM"]) {
--       id
--       ... on Source {
--         id
--         slug
--         title
--         url
--         publisher
--         publishedOn
--         accessedOn
--         licence
--       }
--       ... on EventSeries {
--         id
--         slug
--         title
--         brand
--         edition
--         year
--         theme
--         description
--         startsOn
--         endsOn
--         provenance
--         provenanceNote
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== records of two types
/* shaped */ SELECT json_build_array((SELECT json_build_object('id', translate(encode(convert_to('Source:' || s0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'publishedOn', to_char(s0.published_on, 'YYYY-MM-DD'), 'accessedOn', to_char(s0.accessed_on, 'YYYY-MM-DD'), 'licence', s0.licence) FROM source s0 WHERE s0.id = $1), (SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'startsOn', to_char(es0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(es0.ends_on, 'YYYY-MM-DD'), 'provenance', es0.provenance, 'provenanceNote', es0.provenance_note) FROM published_event_series es0 WHERE es0.id = $2), (SELECT json_build_object('id', translate(encode(convert_to('Source:' || s0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'publishedOn', to_char(s0.published_on, 'YYYY-MM-DD'), 'accessedOn', to_char(s0.accessed_on, 'YYYY-MM-DD'), 'licence', s0.licence) FROM source s0 WHERE s0.id = $3)),
NULL::json;
-- $1 = 1
-- $2 = 2
-- $3 = 3

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_agg(json_build_object('id', s0.id, 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'published_on', (s0.published_on::timestamp AT TIME ZONE 'UTC'), 'accessed_on', (s0.accessed_on::timestamp AT TIME ZONE 'UTC'), 'licence', s0.licence)) FROM source s0 WHERE s0.id = ANY($1::bigint[])),
(SELECT json_agg(json_build_object('id', es0.id, 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'starts_on', (es0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (es0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', es0.provenance, 'provenance_note', es0.provenance_note)) FROM published_event_series es0 WHERE es0.id = ANY($2::bigint[]));
-- $1 = '{1,3}'
-- $2 = '{2}'
