-- IntegratedCareSystem.regions, rendered from:
--   query {
--     integratedCareSystems(first: 1) {
--       nodes {
--         regions {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== regions, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('regions', (SELECT coalesce(json_agg(json_build_object('id', translate(encode(convert_to('Region:' || rg1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) ORDER BY rg1.code, rg1.id), '[]') FROM region rg1 WHERE rg1.id IN (
		SELECT la.region_id FROM ics_local_authority il
		JOIN local_authority la ON la.id = il.local_authority_id
		WHERE il.ics_id = i0.id))) AS r0, row_number() OVER (ORDER BY i0.name ASC, i0.id ASC) AS rn
    FROM ics i0
    ORDER BY i0.name ASC, i0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', i0.id, '_rel', json_build_array(json_build_object(
  'regions@44/ics.regions', (SELECT coalesce(json_agg(json_build_object('id', rg1.id) ORDER BY rg1.code, rg1.id), '[]') FROM region rg1 WHERE rg1.id IN (
		SELECT la.region_id FROM ics_local_authority il
		JOIN local_authority la ON la.id = il.local_authority_id
		WHERE il.ics_id = i0.id))))) AS j, i0.name AS k, i0.id AS i
    FROM ics i0
    ORDER BY i0.name ASC, i0.id ASC LIMIT $1) pg));
-- $1 = 2
