-- Query.integratedCareSystem, rendered from:
--   query {
--     integratedCareSystem(slug: "example") {
--       id
--       slug
--       code
--       codeValidFrom
--       odsCode
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
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', i0.slug, 'code', i0.code, 'codeValidFrom', to_char(i0.code_valid_from, 'YYYY-MM-DD'), 'odsCode', i0.ods_code, 'name', i0.name, 'provenance', i0.provenance, 'provenanceNote', i0.provenance_note) FROM ics i0 WHERE i0.slug = $1),
NULL::json,
(SELECT json_agg(i0.id) FROM ics i0 WHERE i0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', i0.id, 'slug', i0.slug, 'code', i0.code, 'code_valid_from', (i0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'ods_code', i0.ods_code, 'name', i0.name, 'provenance', i0.provenance, 'provenance_note', i0.provenance_note) FROM ics i0 WHERE i0.slug = $1);
-- $1 = 'example'
