-- Query.nhsRegion, rendered from:
--   query {
--     nhsRegion(slug: "example") {
--       id
--       slug
--       code
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
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('NhsRegion:' || n0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', n0.slug, 'code', n0.code, 'odsCode', n0.ods_code, 'name', n0.name, 'provenance', n0.provenance, 'provenanceNote', n0.provenance_note) FROM nhs_region n0 WHERE n0.slug = $1),
NULL::json,
(SELECT json_agg(n0.id) FROM nhs_region n0 WHERE n0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', n0.id, 'slug', n0.slug, 'code', n0.code, 'ods_code', n0.ods_code, 'name', n0.name, 'provenance', n0.provenance, 'provenance_note', n0.provenance_note) FROM nhs_region n0 WHERE n0.slug = $1);
-- $1 = 'example'
