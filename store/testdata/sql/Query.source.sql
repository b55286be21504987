-- Query.source, rendered from:
--   query {
--     source(slug: "example") {
--       id
--       slug
--       title
--       url
--       publisher
--       publishedOn
--       accessedOn
--       licence
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Source:' || s0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'publishedOn', to_char(s0.published_on, 'YYYY-MM-DD'), 'accessedOn', to_char(s0.accessed_on, 'YYYY-MM-DD'), 'licence', s0.licence) FROM source s0 WHERE s0.slug = $1),
NULL::json,
(SELECT json_agg(s0.id) FROM source s0 WHERE s0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', s0.id, 'slug', s0.slug, 'title', s0.title, 'url', s0.url, 'publisher', s0.publisher, 'published_on', (s0.published_on::timestamp AT TIME ZONE 'UTC'), 'accessed_on', (s0.accessed_on::timestamp AT TIME ZONE 'UTC'), 'licence', s0.licence) FROM source s0 WHERE s0.slug = $1);
-- $1 = 'example'
