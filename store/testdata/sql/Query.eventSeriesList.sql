-- Query.eventSeriesList, rendered from:
--   query {
--     eventSeriesList(first: 2) {
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
--           brand
--           edition
--           year
--           theme
--           description
--           startsOn
--           endsOn
--           provenance
--           provenanceNote
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
--   filter brand
--   filter yearFrom
--   filter yearTo
--   filter provenance
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'startsOn', to_char(es0.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(es0.ends_on, 'YYYY-MM-DD'), 'provenance', es0.provenance, 'provenanceNote', es0.provenance_note) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('eventSeries by YEAR DESC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k DESC, pg.i DESC), '[]') FROM (
    SELECT json_build_object('id', es0.id, 'slug', es0.slug, 'title', es0.title, 'brand', es0.brand, 'edition', es0.edition, 'year', es0.year, 'theme', es0.theme, 'description', es0.description, 'starts_on', (es0.starts_on::timestamp AT TIME ZONE 'UTC'), 'ends_on', (es0.ends_on::timestamp AT TIME ZONE 'UTC'), 'provenance', es0.provenance, 'provenance_note', es0.provenance_note, '_ck', (m.k)::text, '_ci', es0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter brand
--   query {
--     eventSeriesList(first: 2, filter: {brand:"example"}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0 WHERE es0.brand = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'example'
-- $2 = 3
-- $3 = 2

-- ==== filter yearFrom
--   query {
--     eventSeriesList(first: 2, filter: {yearFrom:2025}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0 WHERE es0.year >= $1::integer)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 2025
-- $2 = 3
-- $3 = 2

-- ==== filter yearTo
--   query {
--     eventSeriesList(first: 2, filter: {yearTo:2025}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0 WHERE es0.year <= $1::integer)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 2025
-- $2 = 3
-- $3 = 2

-- ==== filter provenance
--   query {
--     eventSeriesList(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0 WHERE es0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k DESC, m.i DESC LIMIT $2) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     eventSeriesList(first: 2, after: "ZXZlbnRTZXJpZXMgYnkgWUVBUiBERVNDH2V4YW1wbGUfMRlbbOzaP8rT") {
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
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('eventSeries by YEAR DESC' || chr(31) || (es0.year)::text || chr(31) || (es0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY es0.year DESC, es0.id DESC) AS rn
    FROM published_event_series es0 WHERE (es0.year, es0.id) < ($2::integer, $3)
    ORDER BY es0.year DESC, es0.id DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     eventSeriesList(last: 2, before: "ZXZlbnRTZXJpZXMgYnkgWUVBUiBERVNDH2V4YW1wbGUfMRlbbOzaP8rT") {
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
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT es0.id AS i, es0.year AS k FROM published_event_series es0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('eventSeries by YEAR DESC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) > ($2::integer, $3) ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN published_event_series es0 ON es0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
