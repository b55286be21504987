-- Query.resource, rendered from:
--   query {
--     resource(slug: "example") {
--       id
--       slug
--       title
--       type
--       summary
--       body
--       externalUrl
--       publishedOn
--       revisedOn
--       audiences
--       version
--       status
--       provenance
--       provenanceNote
--       updatedAt
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
-- Not asked: bodyHtml, which only Go writes: asking for any of them
-- sends the resolvers' statement, shown below the first, instead.
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', r0.slug, 'title', r0.title, 'type', r0.type, 'summary', r0.summary, 'body', r0.body, 'externalUrl', r0.external_url, 'publishedOn', CASE WHEN r0.published_earliest = r0.published_latest THEN to_char(r0.published_earliest, 'YYYY-MM-DD') END, 'revisedOn', to_char(r0.revised_on, 'YYYY-MM-DD'), 'audiences', r0.audiences, 'version', r0.version, 'status', r0.status, 'provenance', r0.provenance, 'provenanceNote', r0.provenance_note, 'updatedAt', to_char(r0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((r0.updated_at AT TIME ZONE 'Europe/London') - (r0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) FROM published_resource r0 WHERE r0.slug = $1),
NULL::json,
(SELECT json_agg(r0.id) FROM published_resource r0 WHERE r0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', r0.id, 'slug', r0.slug, 'title', r0.title, 'type', r0.type, 'summary', r0.summary, 'body', r0.body, 'external_url', r0.external_url, 'published_earliest', (r0.published_earliest::timestamp AT TIME ZONE 'UTC'), 'published_latest', (r0.published_latest::timestamp AT TIME ZONE 'UTC'), 'revised_on', (r0.revised_on::timestamp AT TIME ZONE 'UTC'), 'audiences', r0.audiences, 'version', r0.version, 'status', r0.status, 'provenance', r0.provenance, 'provenance_note', r0.provenance_note, 'updated_at', r0.updated_at) FROM published_resource r0 WHERE r0.slug = $1);
-- $1 = 'example'
