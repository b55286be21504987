-- Query.integratedCareSystems, rendered from:
--   query {
--     integratedCareSystems(first: 2) {
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
--           odsCode
--           name
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
--   filter nhsRegions
--   filter regions
--   filter provenance
--   the page after a cursor (no totalCount)
--   the page before a cursor, counted

-- ==== every field
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT i0.id AS i, i0.name AS k FROM ics i0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'pageInfo', json_build_object('hasNextPage', count(*) > $2, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $2))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', i0.slug, 'code', i0.code, 'codeValidFrom', to_char(i0.code_valid_from, 'YYYY-MM-DD'), 'odsCode', i0.ods_code, 'name', i0.name, 'provenance', i0.provenance, 'provenanceNote', i0.provenance_note) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('integratedCareSystems by NAME ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN ics i0 ON i0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 2

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
WITH matched0 AS MATERIALIZED (SELECT i0.id AS i, i0.name AS k FROM ics i0)
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', i0.id, 'slug', i0.slug, 'code', i0.code, 'code_valid_from', (i0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'ods_code', i0.ods_code, 'name', i0.name, 'provenance', i0.provenance, 'provenance_note', i0.provenance_note, '_ck', (m.k)::text, '_ci', i0.id) AS j, m.k AS k, m.i AS i
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $1) m JOIN ics i0 ON i0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $1) pg),
  'total', (SELECT count(*) FROM matched0));
-- $1 = 3

-- ==== filter nhsRegions
--   query {
--     integratedCareSystems(first: 2, filter: {nhsRegions:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT i0.id AS i, i0.name AS k FROM ics i0 WHERE i0.nhs_region_id = ANY(ARRAY(SELECT ref.id FROM nhs_region ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN ics i0 ON i0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'NHS region', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM nhs_region ref WHERE ref.slug = n OR ref.code = n)))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter regions
--   query {
--     integratedCareSystems(first: 2, filter: {regions:["example"]}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT i0.id AS i, i0.name AS k FROM ics i0 WHERE i0.id = ANY(ARRAY(SELECT il.ics_id FROM ics_local_authority il WHERE il.local_authority_id = ANY(ARRAY(SELECT la.id FROM local_authority la WHERE la.region_id = ANY(ARRAY(SELECT ref.id FROM region ref WHERE ref.slug = ANY($1::text[]) OR ref.code = ANY($1::text[]) OR ref.id = ANY(ARRAY(SELECT former.region_id FROM former_code former WHERE former.code = ANY($1::text[]))))))))))
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN ics i0 ON i0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
json_build_array(json_build_array(json_build_object('kind', 'region', 'names', (SELECT json_agg(n) FROM unnest($1::text[]) n WHERE NOT EXISTS (SELECT 1 FROM region ref WHERE ref.slug = n OR ref.code = n OR ref.id = ANY(ARRAY(SELECT former.region_id FROM former_code former WHERE former.code = n)))))));
-- $1 = '{"example"}'
-- $2 = 3
-- $3 = 2

-- ==== filter provenance
--   query {
--     integratedCareSystems(first: 2, filter: {provenance:VERIFIED_PUBLIC}) {
--       totalCount
--       nodes {
--         id
--       }
--     }
--   }
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT i0.id AS i, i0.name AS k FROM ics i0 WHERE i0.provenance = $1)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, row_number() OVER (ORDER BY m.k ASC, m.i ASC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m ORDER BY m.k ASC, m.i ASC LIMIT $2) m JOIN ics i0 ON i0.id = m.i
    ORDER BY m.k ASC, m.i ASC LIMIT $2) pg GROUP BY ()),
NULL::json;
-- $1 = 'VERIFIED_PUBLIC'
-- $2 = 3
-- $3 = 2

-- ==== the page after a cursor (no totalCount)
--   query {
--     integratedCareSystems(first: 2, after: "aW50ZWdyYXRlZENhcmVTeXN0ZW1zIGJ5IE5BTUUgQVNDH2V4YW1wbGUfMZynMN-ONLaF") {
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
    SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('integratedCareSystems by NAME ASC' || chr(31) || (i0.name)::text || chr(31) || (i0.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY i0.name ASC, i0.id ASC) AS rn
    FROM ics i0 WHERE (i0.name, i0.id) > ($2::text, $3)
    ORDER BY i0.name ASC, i0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2

-- ==== the page before a cursor, counted
--   query {
--     integratedCareSystems(last: 2, before: "aW50ZWdyYXRlZENhcmVTeXN0ZW1zIGJ5IE5BTUUgQVNDH2V4YW1wbGUfMZynMN-ONLaF") {
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
/* shaped */ WITH matched0 AS MATERIALIZED (SELECT i0.id AS i, i0.name AS k FROM ics i0)
SELECT (SELECT json_build_object('totalCount', (SELECT count(*) FROM matched0), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $4), '[]'), 'pageInfo', json_build_object('hasNextPage', true, 'hasPreviousPage', count(*) > $4)) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i0.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('integratedCareSystems by NAME ASC' || chr(31) || (m.k)::text || chr(31) || (m.i)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY m.k DESC, m.i DESC) AS rn
    FROM (SELECT m.i, m.k FROM matched0 m WHERE (m.k, m.i) < ($2::text, $3) ORDER BY m.k DESC, m.i DESC LIMIT $1) m JOIN ics i0 ON i0.id = m.i
    ORDER BY m.k DESC, m.i DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 3
-- $2 = 'example'
-- $3 = 1
-- $4 = 2
