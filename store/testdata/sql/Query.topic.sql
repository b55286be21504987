-- Query.topic, rendered from:
--   query {
--     topic(slug: "example") {
--       id
--       slug
--       name
--       description
--       isTheme
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Topic:' || t0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', t0.slug, 'name', t0.name, 'description', t0.description, 'isTheme', t0.parent_id IS NULL) FROM topic t0 WHERE t0.slug = $1),
NULL::json,
(SELECT json_agg(t0.id) FROM topic t0 WHERE t0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', t0.id, 'slug', t0.slug, 'name', t0.name, 'description', t0.description, 'parent_id', t0.parent_id) FROM topic t0 WHERE t0.slug = $1);
-- $1 = 'example'
