-- Query.resources, rendered from:
--   query {
--     resources(first: 2) {
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
--           type
--           summary
--           body
--           externalUrl
--           publishedOn
--           revisedOn
--           audiences
--           version
--           status
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
--   filter types
--   filter audiences
--   filter topics
--   filter projects
--   filter events
--   filter authors
--   filter aboutUnpaidCarerProjects
--   filter accessibilityFormats
--   filter publishedOn
--   filter provenance
--   order by PUBLISHED_ON ASC
--   order by PUBLISHED_ON DESC
--   order by TITLE ASC
--   order by TITLE DESC
--   order by UPDATED_AT ASC
--   order by UPDATED_AT DESC
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
-- Not asked: bodyHtml, which only Go writes: asking for any of them
-- sends the resolvers' statement, shown below the first, instead.
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', r0.slug, 'title', r0.title, 'type', r0.type, 'summary', r0.summary, 'body', r0.body, 'externalUrl', r0.external_url, 'publishedOn', CASE WHEN r0.published_earliest = r0.published_latest THEN to_char(r0.published_earliest, 'YYYY-MM-DD') END, 'revisedOn', to_char(r0.revised_on, 'YYYY-MM-DD'), 'audiences', r0.audiences, 'version', r0.version, 'status', r0.status, 'provenance', r0.provenance, 'provenanceNote', r0.provenance_note, 'updatedAt', to_char(r0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((r0.updated_at AT TIME ZONE 'Europe/London') - (r0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('resources by PUBLISHED_ON DESC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k DESC, pg.i DESC), '[]') FROM (
    SELECT json_build_object('id', r0.id, 'slug', r0.slug, 'title', r0.title, 'type', r0.type, 'summary', r0.summary, 'body', r0.body, 'external_url', r0.external_url, 'published_earliest', (r0.published_earliest::timestamp AT TIME ZONE 'UTC'), 'published_latest', (r0.published_latest::timestamp AT TIME ZONE 'UTC'), 'revised_on', (r0.revised_on::timestamp AT TIME ZONE 'UTC'), 'audiences', r0.audiences, 'version', r0.version, 'status', r0.status, 'provenance', r0.provenance, 'provenance_note', r0.provenance_note, 'updated_at', r0.updated_at, '_ck', (m.k)::text, '_ci', r0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter types
--   query {
--     resources(first: 2, filter: {types:[LEARNING_NOTE]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.type = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"LEARNING_NOTE"}'
-- $2 = 3
-- $3 = 2

-- ==== filter audiences
--   query {
--     resources(first: 2, filter: {audiences:[PEOPLE_WHO_DRAW_ON_CARE]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.audiences && $1::text[])
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"PEOPLE_WHO_DRAW_ON_CARE"}'
-- $2 = 3
-- $3 = 2

-- ==== filter topics
--   query {
--     resources(first: 2, filter: {topics:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.id IN (SELECT rt.resource_id FROM resource_topic rt WHERE rt.topic_id = ANY(ARRAY(SELECT tc.descendant_id FROM topic_closure tc WHERE tc.ancestor_id = ANY(ARRAY(SELECT ref.id FROM topic ref WHERE ref.slug = ANY($1::text[])))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'topic', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM topic ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter projects
--   query {
--     resources(first: 2, filter: {projects:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.id IN (SELECT rp.resource_id FROM resource_project rp WHERE rp.project_id = ANY(ARRAY(SELECT ref.id FROM published_project ref WHERE ref.slug = ANY($1::text[])))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'project', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM published_project ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter events
--   query {
--     resources(first: 2, filter: {events:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.id IN (SELECT re.resource_id FROM resource_event re WHERE re.event_id = ANY(ARRAY(SELECT ref.id FROM published_event ref WHERE ref.slug = ANY($1::text[])))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'event', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM published_event ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter authors
--   query {
--     resources(first: 2, filter: {authors:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.id IN (SELECT ra.resource_id FROM resource_author ra WHERE ra.person_id = ANY(ARRAY(SELECT ref.id FROM person ref WHERE ref.slug = ANY($1::text[])))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'person', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM person ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter aboutUnpaidCarerProjects
--   query {
--     resources(first: 2, filter: {aboutUnpaidCarerProjects:true}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE $1 = EXISTS (SELECT 1 FROM resource_project rp JOIN published_project pp ON pp.id = rp.project_id
				WHERE rp.resource_id = r0.id AND pp.unpaid_carer_focus))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = true
-- $2 = 3
-- $3 = 2

-- ==== filter accessibilityFormats
--   query {
--     resources(first: 2, filter: {accessibilityFormats:[EASY_READ]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.accessibility_formats @> $1::text[])
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"EASY_READ"}'
-- $2 = 3
-- $3 = 2

-- ==== filter publishedOn
--   query {
--     resources(first: 2, filter: {publishedOn:{from:"2025-07-01",to:"2025-07-31"}}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.published_earliest >= $1::date AND r0.published_earliest <= $2::date)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $4), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $3) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $3) pg GROUP BY ()),
NULL::json;
-- $1 = 2025-07-01 00:00:00 +0000 UTC
-- $2 = 2025-07-31 00:00:00 +0000 UTC
-- $3 = 3
-- $4 = 2

-- ==== filter provenance
--   query {
--     resources(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0 WHERE r0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== order by PUBLISHED_ON ASC
--   query {
--     resources(first: 2, orderBy: {field:PUBLISHED_ON,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by PUBLISHED_ON DESC
--   query {
--     resources(first: 2, orderBy: {field:PUBLISHED_ON,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by TITLE ASC
--   query {
--     resources(first: 2, orderBy: {field:TITLE,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, r0.title AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by TITLE DESC
--   query {
--     resources(first: 2, orderBy: {field:TITLE,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, r0.title AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by UPDATED_AT ASC
--   query {
--     resources(first: 2, orderBy: {field:UPDATED_AT,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, r0.updated_at AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by UPDATED_AT DESC
--   query {
--     resources(first: 2, orderBy: {field:UPDATED_AT,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, r0.updated_at AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     resources(first: 2, after: "cmVzb3VyY2VzIGJ5IFBVQkxJU0hFRF9PTiBERVNDH2V4YW1wbGUfMbR4d__qWKzR") {
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
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('resources by PUBLISHED_ON DESC' || chr(31) || (coalesce(r0.published_earliest, '-infinity'::date))::text || chr(31) || (r0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY coalesce(r0.published_earliest, '-infinity'::date) DESC, r0.id DESC) AS rn
    FROM published_resource r0 WHERE (coalesce(r0.published_earliest, '-infinity'::date), r0.id) < ($2::date, $3)
    ORDER BY coalesce(r0.published_earliest, '-infinity'::date) DESC, r0.id DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     resources(last: 2, before: "cmVzb3VyY2VzIGJ5IFBVQkxJU0hFRF9PTiBERVNDH2V4YW1wbGUfMbR4d__qWKzR") {
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
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT r0.id AS i, coalesce(r0.published_earliest, '-infinity'::date) AS k FROM published_resource r0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('resources by PUBLISHED_ON DESC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) > ($2::date, $3) ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_resource r0 ON r0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
