-- Query.organisation, rendered from:
--   query {
--     organisation(slug: "example") {
--       id
--       slug
--       name
--       kind
--       description
--       websiteUrl
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', o0.slug, 'name', o0.name, 'kind', o0.kind, 'description', o0.description, 'websiteUrl', o0.website_url, 'provenance', o0.provenance, 'provenanceNote', o0.provenance_note) FROM organisation o0 WHERE o0.slug = $1),
NULL::json,
(SELECT json_agg(o0.id) FROM organisation o0 WHERE o0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', o0.id, 'slug', o0.slug, 'name', o0.name, 'kind', o0.kind, 'description', o0.description, 'website_url', o0.website_url, 'provenance', o0.provenance, 'provenance_note', o0.provenance_note) FROM organisation o0 WHERE o0.slug = $1);
-- $1 = 'example'
