-- Query.organisations, rendered from:
--   query {
--     organisations(first: 2) {
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
--           name
--           kind
--           description
--           websiteUrl
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
--   filter kinds
--   filter provenance
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT o0.id AS i, o0.name AS k FROM organisation o0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', o0.slug, 'name', o0.name, 'kind', o0.kind, 'description', o0.description, 'websiteUrl', o0.website_url, 'provenance', o0.provenance, 'provenanceNote', o0.provenance_note) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('organisations by NAME ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN organisation o0 ON o0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT o0.id AS i, o0.name AS k FROM organisation o0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', o0.id, 'slug', o0.slug, 'name', o0.name, 'kind', o0.kind, 'description', o0.description, 'website_url', o0.website_url, 'provenance', o0.provenance, 'provenance_note', o0.provenance_note, '_ck', (m.k)::text, '_ci', o0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN organisation o0 ON o0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter kinds
--   query {
--     organisations(first: 2, filter: {kinds:[COUNCIL]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT o0.id AS i, o0.name AS k FROM organisation o0 WHERE o0.kind = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN organisation o0 ON o0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"COUNCIL"}'
-- $2 = 3
-- $3 = 2

-- ==== filter provenance
--   query {
--     organisations(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT o0.id AS i, o0.name AS k FROM organisation o0 WHERE o0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN organisation o0 ON o0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     organisations(first: 2, after: "b3JnYW5pc2F0aW9ucyBieSBOQU1FIEFTQx9leGFtcGxlHzG8iF74YDUK8w") {
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
    SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('organisations by NAME ASC' || chr(31) || (o0.name)::text || chr(31) || (o0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY o0.name ASC, o0.id ASC) AS rn
    FROM organisation o0 WHERE (o0.name, o0.id) > ($2::text, $3)
    ORDER BY o0.name ASC, o0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     organisations(last: 2, before: "b3JnYW5pc2F0aW9ucyBieSBOQU1FIEFTQx9leGFtcGxlHzG8iF74YDUK8w") {
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
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT o0.id AS i, o0.name AS k FROM organisation o0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('organisations by NAME ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) < ($2::text, $3) ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN organisation o0 ON o0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
