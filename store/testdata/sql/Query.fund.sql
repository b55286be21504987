-- Query.fund, rendered from:
--   query {
--     fund(slug: "example") {
--       id
--       slug
--       name
--       shortName
--       description
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Fund:' || f0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', f0.slug, 'name', f0.name, 'shortName', f0.short_name, 'description', f0.description, 'provenance', f0.provenance, 'provenanceNote', f0.provenance_note) FROM fund f0 WHERE f0.slug = $1),
NULL::json,
(SELECT json_agg(f0.id) FROM fund f0 WHERE f0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', f0.id, 'slug', f0.slug, 'name', f0.name, 'short_name', f0.short_name, 'description', f0.description, 'provenance', f0.provenance, 'provenance_note', f0.provenance_note) FROM fund f0 WHERE f0.slug = $1);
-- $1 = 'example'
