-- Query.person, rendered from:
--   query {
--     person(slug: "example") {
--       id
--       slug
--       name
--       jobTitle
--       bio
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Person:' || pe0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', pe0.slug, 'name', pe0.name, 'jobTitle', pe0.job_title, 'bio', pe0.bio, 'provenance', pe0.provenance, 'provenanceNote', pe0.provenance_note) FROM person pe0 WHERE pe0.slug = $1),
NULL::json,
(SELECT json_agg(pe0.id) FROM person pe0 WHERE pe0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', pe0.id, 'slug', pe0.slug, 'name', pe0.name, 'job_title', pe0.job_title, 'bio', pe0.bio, 'provenance', pe0.provenance, 'provenance_note', pe0.provenance_note) FROM person pe0 WHERE pe0.slug = $1);
-- $1 = 'example'
