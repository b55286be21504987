-- Query.region, rendered from:
--   query {
--     region(slug: "example") {
--       id
--       slug
--       code
--       codeValidFrom
--       itlCode
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
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Region:' || rg0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', rg0.slug, 'code', rg0.code, 'codeValidFrom', to_char(rg0.code_valid_from, 'YYYY-MM-DD'), 'itlCode', rg0.itl_code, 'name', rg0.name, 'provenance', rg0.provenance, 'provenanceNote', rg0.provenance_note) FROM region rg0 WHERE rg0.slug = $1),
NULL::json,
(SELECT json_agg(rg0.id) FROM region rg0 WHERE rg0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', rg0.id, 'slug', rg0.slug, 'code', rg0.code, 'code_valid_from', (rg0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'itl_code', rg0.itl_code, 'name', rg0.name, 'provenance', rg0.provenance, 'provenance_note', rg0.provenance_note) FROM region rg0 WHERE rg0.slug = $1);
-- $1 = 'example'
