-- Query.localAuthorities, rendered from:
--   query {
--     localAuthorities(first: 2) {
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
--           code
--           codeValidFrom
--           name
--           kind
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
--   filter regions
--   filter integratedCareSystems
--   filter kinds
--   filter provenance
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', la0.slug, 'code', la0.code, 'codeValidFrom', to_char(la0.code_valid_from, 'YYYY-MM-DD'), 'name', la0.name, 'kind', la0.kind, 'provenance', la0.provenance, 'provenanceNote', la0.provenance_note) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('localAuthorities by NAME ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', la0.id, 'slug', la0.slug, 'code', la0.code, 'code_valid_from', (la0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'name', la0.name, 'kind', la0.kind, 'provenance', la0.provenance, 'provenance_note', la0.provenance_note, '_ck', (m.k)::text, '_ci', la0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter regions
--   query {
--     localAuthorities(first: 2, filter: {regions:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0 WHERE la0.region_id = ANY(ARRAY(SELECT ref.id FROM region ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]) OR ref.id = ANY(ARRAY(SELECT former.region_id FROM former_code former WHERE former.code = ANY($1::text[]))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'region', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM region ref WHERE ref.slug = n OR ref.code = n OR ref.id = ANY(ARRAY(SELECT former.region_id FROM former_code former WHERE former.code = n)))))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter integratedCareSystems
--   query {
--     localAuthorities(first: 2, filter: {integratedCareSystems:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0 WHERE la0.id = ANY(ARRAY(SELECT il.local_authority_id FROM ics_local_authority il WHERE il.ics_id = ANY(ARRAY(SELECT ref.id FROM ics ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]) OR ref.id = ANY(ARRAY(SELECT former.ics_id FROM former_code former WHERE former.code = ANY($1::text[]))))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'integrated care system', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM ics ref WHERE ref.slug = n OR ref.code = n OR ref.id = ANY(ARRAY(SELECT former.ics_id FROM former_code former WHERE former.code = n)))))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter kinds
--   query {
--     localAuthorities(first: 2, filter: {kinds:[COUNTY]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0 WHERE la0.kind = ANY($1::text[]))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = '{"COUNTY"}'
-- $2 = 3
-- $3 = 2

-- ==== filter provenance
--   query {
--     localAuthorities(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0 WHERE la0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     localAuthorities(first: 2, after: "bG9jYWxBdXRob3JpdGllcyBieSBOQU1FIEFTQx9leGFtcGxlHzFPEa1qMnkHkg") {
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
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('localAuthorities by NAME ASC' || chr(31) || (la0.name)::text || chr(31) || (la0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY la0.name ASC, la0.id ASC) AS rn
    FROM local_authority la0 WHERE (la0.name, la0.id) > ($2::text, $3)
    ORDER BY la0.name ASC, la0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     localAuthorities(last: 2, before: "bG9jYWxBdXRob3JpdGllcyBieSBOQU1FIEFTQx9leGFtcGxlHzFPEa1qMnkHkg") {
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
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT la0.id AS i, la0.name AS k FROM local_authority la0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('localAuthorities by NAME ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) < ($2::text, $3) ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN local_authority la0 ON la0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
