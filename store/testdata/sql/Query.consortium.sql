-- Query.consortium, rendered from:
--   query {
--     consortium(slug: "example") {
--       id
--       slug
--       name
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Consortium:' || c0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', c0.slug, 'name', c0.name, 'provenance', c0.provenance, 'provenanceNote', c0.provenance_note) FROM consortium c0 WHERE c0.slug = $1),
NULL::json,
(SELECT json_agg(c0.id) FROM consortium c0 WHERE c0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', c0.id, 'slug', c0.slug, 'name', c0.name, 'provenance', c0.provenance, 'provenance_note', c0.provenance_note) FROM consortium c0 WHERE c0.slug = $1);
-- $1 = 'example'
