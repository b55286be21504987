-- Query.events, rendered from:
--   query {
--     events(first: 2) {
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
--           description
--           startsAt
--           endsAt
--           timeZone
--           deliveryMode
--           workshopCount
--           themes
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
--   filter series
--   filter types
--   filter deliveryModes
--   filter registrationStatuses
--   filter topics
--   filter projects
--   filter hosts
--   filter topLevel
--   filter startsAt
--   filter startsOn
--   filter provenance
--   order by STARTS_AT ASC
--   order by STARTS_AT DESC
--   order by TITLE ASC
--   order by TITLE DESC
--   order by UPDATED_AT ASC
--   order by UPDATED_AT DESC
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', e0.slug, 'title', e0.title, 'type', e0.type, 'summary', e0.summary, 'description', e0.description, 'startsAt', to_char(e0.starts_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.starts_at AT TIME ZONE 'Europe/London') - (e0.starts_at AT TIME ZONE 'UTC'), 'HH24:MI'), 'endsAt', to_char(e0.ends_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.ends_at AT TIME ZONE 'Europe/London') - (e0.ends_at AT TIME ZONE 'UTC'), 'HH24:MI'), 'timeZone', 'Europe/London'::text, 'deliveryMode', e0.delivery_mode, 'workshopCount', e0.workshop_count, 'themes', e0.themes, 'provenance', e0.provenance, 'provenanceNote', e0.provenance_note, 'updatedAt', to_char(e0.updated_at AT TIME ZONE 'Europe/London', 'YYYY-MM-DD"T"HH24:MI:SS') || '+' || to_char((e0.updated_at AT TIME ZONE 'Europe/London') - (e0.updated_at AT TIME ZONE 'UTC'), 'HH24:MI')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('events by STARTS_AT ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', e0.id, 'slug', e0.slug, 'title', e0.title, 'type', e0.type, 'summary', e0.summary, 'description', e0.description, 'starts_at', e0.starts_at, 'ends_at', e0.ends_at, 'delivery_mode', e0.delivery_mode, 'workshop_count', e0.workshop_count, 'themes', e0.themes, 'provenance', e0.provenance, 'provenance_note', e0.provenance_note, 'updated_at', e0.updated_at, '_ck', (m.k)::text, '_ci', e0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter series
--   query {
--     events(first: 2, filter: {series:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.series_id = ANY(ARRAY(SELECT ref.id FROM published_event_series ref WHERE ref.slug = ANY($1::text[]))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'event series', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM published_event_series ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter types
--   query {
--     events(first: 2, filter: {types:[CONFERENCE]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.type = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"CONFERENCE"}'
-- $2 = 3
-- $3 = 2

-- ==== filter deliveryModes
--   query {
--     events(first: 2, filter: {deliveryModes:[ONLINE]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.delivery_mode = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"ONLINE"}'
-- $2 = 3
-- $3 = 2

-- ==== filter registrationStatuses
--   query {
--     events(first: 2, filter: {registrationStatuses:[NOT_REQUIRED]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.registration_status = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"NOT_REQUIRED"}'
-- $2 = 3
-- $3 = 2

-- ==== filter topics
--   query {
--     events(first: 2, filter: {topics:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.id IN (SELECT et.event_id FROM event_topic et WHERE et.topic_id = ANY(ARRAY(SELECT tc.descendant_id FROM topic_closure tc WHERE tc.ancestor_id = ANY(ARRAY(SELECT ref.id FROM topic ref WHERE ref.slug = ANY($1::text[])))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'topic', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM topic ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter projects
--   query {
--     events(first: 2, filter: {projects:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.id IN (SELECT ep.event_id FROM event_project ep WHERE ep.project_id = ANY(ARRAY(SELECT ref.id FROM published_project ref WHERE ref.slug = ANY($1::text[])))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'project', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM published_project ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter hosts
--   query {
--     events(first: 2, filter: {hosts:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.host_organisation_id = ANY(ARRAY(SELECT ref.id FROM organisation ref WHERE ref.slug = ANY($1::text[]))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'organisation', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM organisation ref WHERE ref.slug = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter topLevel
--   query {
--     events(first: 2, filter: {topLevel:true}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE $1 = NOT EXISTS (SELECT 1 FROM published_event pe WHERE pe.id = e0.parent_id))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = true
-- $2 = 3
-- $3 = 2

-- ==== filter startsAt
--   query {
--     events(first: 2, filter: {startsAt:{from:"2025-07-01T10:00:00+01:00",to:"2025-07-31T17:00:00+01:00"}}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.starts_at >= $1::timestamptz AND e0.starts_at < $2::timestamptz)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $4), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $3) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $3) pg GROUP BY ()),
NULL::json;
-- $1 = 2025-07-01 09:00:00 +0000 UTC
-- $2 = 2025-07-31 16:00:00 +0000 UTC
-- $3 = 3
-- $4 = 2

-- ==== filter startsOn
--   query {
--     events(first: 2, filter: {startsOn:{from:"2025-07-01",to:"2025-07-31"}}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.starts_at >= $1::timestamptz AND e0.starts_at < $2::timestamptz)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $4), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $3) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $3) pg GROUP BY ()),
NULL::json;
-- $1 = 2025-07-01 00:00:00 +0100 BST
-- $2 = 2025-08-01 00:00:00 +0100 BST
-- $3 = 3
-- $4 = 2

-- ==== filter provenance
--   query {
--     events(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0 WHERE e0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== order by STARTS_AT ASC
--   query {
--     events(first: 2, orderBy: {field:STARTS_AT,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by STARTS_AT DESC
--   query {
--     events(first: 2, orderBy: {field:STARTS_AT,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by TITLE ASC
--   query {
--     events(first: 2, orderBy: {field:TITLE,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.title AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by TITLE DESC
--   query {
--     events(first: 2, orderBy: {field:TITLE,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.title AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by UPDATED_AT ASC
--   query {
--     events(first: 2, orderBy: {field:UPDATED_AT,direction:ASC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.updated_at AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== order by UPDATED_AT DESC
--   query {
--     events(first: 2, orderBy: {field:UPDATED_AT,direction:DESC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.updated_at AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     events(first: 2, after: "ZXZlbnRzIGJ5IFNUQVJUU19BVCBBU0MfZXhhbXBsZR8xE0BUvjQuv2I") {
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
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('events by STARTS_AT ASC' || chr(31) || (e0.starts_at)::text || chr(31) || (e0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY e0.starts_at ASC, e0.id ASC) AS rn
    FROM published_event e0 WHERE (e0.starts_at, e0.id) > ($2::timestamptz, $3)
    ORDER BY e0.starts_at ASC, e0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     events(last: 2, before: "ZXZlbnRzIGJ5IFNUQVJUU19BVCBBU0MfZXhhbXBsZR8xE0BUvjQuv2I") {
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
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT e0.id AS i, e0.starts_at AS k FROM published_event e0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Event:' || e0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('events by STARTS_AT ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) < ($2::timestamptz, $3) ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_event e0 ON e0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
