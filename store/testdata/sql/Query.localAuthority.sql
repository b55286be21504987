-- Query.localAuthority, rendered from:
--   query {
--     localAuthority(slug: "example") {
--       id
--       slug
--       code
--       codeValidFrom
--       name
--       kind
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', la0.slug, 'code', la0.code, 'codeValidFrom', to_char(la0.code_valid_from, 'YYYY-MM-DD'), 'name', la0.name, 'kind', la0.kind, 'provenance', la0.provenance, 'provenanceNote', la0.provenance_note) FROM local_authority la0 WHERE la0.slug = $1),
NULL::json,
(SELECT json_agg(la0.id) FROM local_authority la0 WHERE la0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', la0.id, 'slug', la0.slug, 'code', la0.code, 'code_valid_from', (la0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'name', la0.name, 'kind', la0.kind, 'provenance', la0.provenance, 'provenance_note', la0.provenance_note) FROM local_authority la0 WHERE la0.slug = $1);
-- $1 = 'example'
