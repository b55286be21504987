-- Query.project, rendered from:
--   query {
--     project(slug: "example") {
--       id
--       slug
--       title
--       summary
--       description
--       targetGroups
--       unpaidCarerFocus
--       stage
--       coproductionLevel
--       coproductionPrinciples
--       startsOn
--       endsOn
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
-- Not asked: descriptionHtml, which only Go writes: asking for any of them
-- sends the resolvers' statement, shown below the first, instead.
/* shaped */ SELECT (SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', p0.slug, 'title', p0.title, 'summary', p0.summary, 'description', p0.description, 'targetGroups', p0.target_groups, 'unpaidCarerFocus', p0.unpaid_carer_focus, 'stage', p0.stage, 'coproductionLevel', p0.coproduction_level, 'coproductionPrinciples', p0.coproduction_principles, 'startsOn', to_char(p0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p0.ends_on, 'YYYY-MM-DD'), 'provenance', p0.provenance, 'provenanceNote', p0.provenance_note, 'updatedAt', to_char(p0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((p0.updated_at AT TIME ZONE 'Europe/London') - (p0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) FROM published_project p0 WHERE p0.slug = $1),
NULL::json,
(SELECT json_agg(p0.id) FROM published_project p0 WHERE p0.slug = $2);
-- $1 = 'example'
-- $2 = 'example'

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT (SELECT json_build_object('id', p0.id, 'slug', p0.slug, 'title', p0.title, 'summary', p0.summary, 'description', p0.description, 'target_groups', p0.target_groups, 'unpaid_carer_focus', p0.unpaid_carer_focus, 'stage', p0.stage, 'coproduction_level', p0.coproduction_level, 'coproduction_principles', p0.coproduction_principles, 'starts_on', (p0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (p0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', p0.provenance, 'provenance_note', p0.provenance_note, 'updated_at', p0.updated_at) FROM published_project p0 WHERE p0.slug = $1);
-- $1 = 'example'
