-- Query.projects, rendered from:
--   query {
--     projects(first: 2) {
--       totalCount
--       pageInfo {
--         hasNextPage
--         hasPreviousPage
--         startCursor
--         endCursor
--       }
--       edges {
--         cursor
--         node {
--           id
--           slug
--           title
--           summary
--           description
--           targetGroups
--           unpaidCarerFocus
--           stage
--           coproductionLevel
--           coproductionPrinciples
--           startsOn
--           endsOn
--           provenance
--           provenanceNote
--           updatedAt
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update
-- Variants, each under a "-- ==== " header (search for a filter's or order's name):
--   every field
--   filter regions
--   filter integratedCareSystems
--   filter localAuthorities
--   filter consortia
--   filter leadOrganisations
--   filter themes
--   filter priorities
--   filter targetGroups
--   filter unpaidCarerFocus
--   filter stages
--   filter coproductionLevels
--   filter startsOn
--   filter provenance
--   order by TITLE ASC
--   order by TITLE DESC
--   order by STARTS_ON ASC
--   order by STARTS_ON DESC
--   order by UPDATED_AT ASC
--   order by UPDATED_AT DESC
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
-- Not asked: descriptionHtml, which only Go writes: asking for any of them
-- sends the resolvers' statement, shown below the first, instead.
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', p0.slug, 'title', p0.title, 'summary', p0.summary, 'description', p0.description, 'targetGroups', p0.target_groups, 'unpaidCarerFocus', p0.unpaid_carer_focus, 'stage', p0.stage, 'coproductionLevel', p0.coproduction_level, 'coproductionPrinciples', p0.coproduction_principles, 'startsOn', to_char(p0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p0.ends_on, 'YYYY-MM-DD'), 'provenance', p0.provenance, 'provenanceNote', p0.provenance_note, 'updatedAt', to_char(p0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((p0.updated_at AT TIME ZONE 'Europe/London') - (p0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('projects by TITLE ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', p0.id, 'slug', p0.slug, 'title', p0.title, 'summary', p0.summary, 'description', p0.description, 'target_groups', p0.target_groups, 'unpaid_carer_focus', p0.unpaid_carer_focus, 'stage', p0.stage, 'coproduction_level', p0.coproduction_level, 'coproduction_principles', p0.coproduction_principles, 'starts_on', (p0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (p0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', p0.provenance, 'provenance_note', p0.provenance_note, 'updated_at', p0.updated_at, '_ck', (m.k)::text, '_ci', p0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter regions
--   query {
--     projects(first: 2, filter: {regions:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.consortium_id = ANY(ARRAY(SELECT c.id FROM consortium c WHERE c.ics_id = ANY(ARRAY(SELECT il.ics_id FROM ics_local_authority il WHERE il.local_authority_id = ANY(ARRAY(SELECT la.id FROM local_authority la WHERE la.region_id = ANY(ARRAY(SELECT ref.id FROM region ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]) OR ref.id = ANY(ARRAY(SELECT former.region_id FROM former_code former WHERE former.code = ANY($1::text[]))))))))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'region', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM region ref WHERE ref.slug = n OR ref.code = n OR ref.id = ANY(ARRAY(SELECT former.region_id FROM former_code former WHERE former.code = n)))))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter integratedCareSystems
--   query {
--     projects(first: 2, filter: {integratedCareSystems:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.consortium_id = ANY(ARRAY(SELECT c.id FROM consortium c WHERE c.ics_id = ANY(ARRAY(SELECT ref.id FROM ics ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]) OR ref.id = ANY(ARRAY(SELECT former.ics_id FROM former_code former WHERE former.code = ANY($1::text[]))))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'integrated care system', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM ics ref WHERE ref.slug = n OR ref.code = n OR ref.id = ANY(ARRAY(SELECT former.ics_id FROM former_code former WHERE former.code = n)))))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter localAuthorities
--   query {
--     projects(first: 2, filter: {localAuthorities:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.consortium_id = ANY(ARRAY(SELECT c.id FROM consortium c WHERE c.ics_id = ANY(ARRAY(SELECT il.ics_id FROM ics_local_authority il WHERE il.local_authority_id = ANY(ARRAY(SELECT ref.id FROM local_authority ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]) OR ref.id = ANY(ARRAY(SELECT former.local_authority_id FROM former_code former WHERE former.code = ANY($1::text[]))))))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'local authority', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM local_authority ref WHERE ref.slug = n OR ref.code = n OR ref.id = ANY(ARRAY(SELECT former.local_authority_id FROM former_code former WHERE former.code = n)))))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter consortia
--   query {
--     projects(first: 2, filter: {consortia:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.consortium_id = ANY(ARRAY(SELECT ref.id FROM consortium ref WHERE ref.slug = ANY($1::text[]))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'consortium', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM consortium ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter leadOrganisations
--   query {
--     projects(first: 2, filter: {leadOrganisations:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.lead_organisation_id = ANY(ARRAY(SELECT ref.id FROM organisation ref WHERE ref.slug = ANY($1::text[]))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'organisation', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM organisation ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter themes
--   query {
--     projects(first: 2, filter: {themes:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.id IN (SELECT pt.project_id FROM project_topic pt WHERE pt.topic_id = ANY(ARRAY(SELECT tc.descendant_id FROM topic_closure tc WHERE tc.ancestor_id = ANY(ARRAY(SELECT ref.id FROM topic ref WHERE ref.slug = ANY($1::text[])))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'topic', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM topic ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter priorities
--   query {
--     projects(first: 2, filter: {priorities:[2025]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.id IN (SELECT pp.project_id FROM project_priority pp
				JOIN priority pr ON pr.id = pp.priority_id WHERE pr.number = ANY($1::bigint[])))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{2025}'
-- $2 = 3
-- $3 = 2

-- ==== filter targetGroups
--   query {
--     projects(first: 2, filter: {targetGroups:[UNPAID_CARERS]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.target_groups && $1::text[])
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"UNPAID_CARERS"}'
-- $2 = 3
-- $3 = 2

-- ==== filter unpaidCarerFocus
--   query {
--     projects(first: 2, filter: {unpaidCarerFocus:true}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.unpaid_carer_focus = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = true
-- $2 = 3
-- $3 = 2

-- ==== filter stages
--   query {
--     projects(first: 2, filter: {stages:[PLANNED]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.stage = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"PLANNED"}'
-- $2 = 3
-- $3 = 2

-- ==== filter coproductionLevels
--   query {
--     projects(first: 2, filter: {coproductionLevels:[COERCION]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.coproduction_level = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"COERCION"}'
-- $2 = 3
-- $3 = 2

-- ==== filter startsOn
--   query {
--     projects(first: 2, filter: {startsOn:{from:"2025-07-01",to:"2025-07-31"}}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.starts_on >= $1::date AND p0.starts_on <= $2::date)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $4), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $3) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $3) pg GROUP BY ()),
NULL::json;
-- $1 = 2025-07-01 00:00:00 +0000 UTC
-- $2 = 2025-07-31 00:00:00 +0000 UTC
-- $3 = 3
-- $4 = 2

-- ==== filter provenance
--   query {
--     projects(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0 WHERE p0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== order by TITLE ASC
--   query {
--     projects(first: 2, orderBy: {field:TITLE,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by TITLE DESC
--   query {
--     projects(first: 2, orderBy: {field:TITLE,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by STARTS_ON ASC
--   query {
--     projects(first: 2, orderBy: {field:STARTS_ON,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, coalesce(p0.starts_on, 'infinity'::date) AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by STARTS_ON DESC
--   query {
--     projects(first: 2, orderBy: {field:STARTS_ON,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, coalesce(p0.starts_on, 'infinity'::date) AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by UPDATED_AT ASC
--   query {
--     projects(first: 2, orderBy: {field:UPDATED_AT,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.updated_at AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by UPDATED_AT DESC
--   query {
--     projects(first: 2, orderBy: {field:UPDATED_AT,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.updated_at AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     projects(first: 2, after: "cHJvamVjdHMgYnkgVElUTEUgQVNDH2V4YW1wbGUfMSr8-Vviqk2n") {
--       edges {
--         cursor
--         node {
--           id
--         }
--       }
--       pageInfo {
--         hasNextPage
--         hasPreviousPage
--       }
--     }
--   }
/* shaped */ SELECT (SELECT json_build_object('edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', count(*) > $4, 'hasPreviousPage', true)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('projects by TITLE ASC' || chr(31) || (p0.title)::text || chr(31) || (p0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY p0.title ASC, p0.id ASC) AS rn
    FROM published_project p0 WHERE (p0.title, p0.id) > ($2::text, $3)
    ORDER BY p0.title ASC, p0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     projects(last: 2, before: "cHJvamVjdHMgYnkgVElUTEUgQVNDH2V4YW1wbGUfMSr8-Vviqk2n") {
--       totalCount
--       edges {
--         cursor
--         node {
--           id
--         }
--       }
--       pageInfo {
--         hasNextPage
--         hasPreviousPage
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT p0.id AS i, p0.title AS k FROM published_project p0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Project:' || p0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('projects by TITLE ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) < ($2::text, $3) ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_project p0 ON p0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
