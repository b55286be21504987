-- Allocation.project, rendered from:
--   query {
--     consortia(first: 1) {
--       nodes {
--         allocations {
--           project {
--             id
--           }
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== project, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('allocations', (SELECT coalesce(json_agg(json_build_object('project', (SELECT json_build_object('id', translate(encode(convert_to('Project:' || p2.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM published_project p2 WHERE p2.id = a1.project_id LIMIT 1)) ORDER BY a1.fund_tranche_id, a1.id), '[]') FROM published_allocation a1 WHERE a1.consortium_id = c0.id)) AS r0, row_number() OVER (ORDER BY c0.name ASC, c0.id ASC) AS rn
    FROM consortium c0
    ORDER BY c0.name ASC, c0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', c0.id, '_rel', json_build_array(json_build_object(
  'allocations@32/consortium.allocations', (SELECT coalesce(json_agg(json_build_object('id', a1.id, '_rel', json_build_array(json_build_object(
    'project@46/allocation.project', (SELECT json_build_object('id', p2.id) FROM published_project p2 WHERE p2.id = a1.project_id LIMIT 1)))) ORDER BY a1.fund_tranche_id, a1.id), '[]') FROM published_allocation a1 WHERE a1.consortium_id = c0.id)))) AS j, c0.name AS k, c0.id AS i
    FROM consortium c0
    ORDER BY c0.name ASC, c0.id ASC LIMIT $1) pg));
-- $1 = 2
