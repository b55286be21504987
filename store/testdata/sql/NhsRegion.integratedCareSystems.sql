-- NhsRegion.integratedCareSystems, rendered from:
--   query {
--     nhsRegions {
--       integratedCareSystems {
--         id
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== integratedCareSystems, one level down
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('integratedCareSystems', (SELECT coalesce(json_agg(json_build_object('id', translate(encode(convert_to('IntegratedCareSystem:' || i1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) ORDER BY i1.name, i1.id), '[]') FROM ics i1 WHERE i1.nhs_region_id = n0.id)) AS r0, row_number() OVER (ORDER BY n0.code ASC, n0.id ASC) AS rn
    FROM nhs_region n0
    ORDER BY n0.code ASC, n0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', n0.id, '_rel', json_build_array(json_build_object(
  'integratedCareSystems@15/nhsRegion.integratedCareSystems', (SELECT coalesce(json_agg(json_build_object('id', i1.id) ORDER BY i1.name, i1.id), '[]') FROM ics i1 WHERE i1.nhs_region_id = n0.id)))) AS j, n0.code AS k, n0.id AS i
    FROM nhs_region n0
    ORDER BY n0.code ASC, n0.id ASC LIMIT $1) pg));
-- $1 = 101
