-- Priority.fund, rendered from:
--   query {
--     funds {
--       priorities {
--         fund {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== fund, one level down
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('priorities', (SELECT coalesce(json_agg(json_build_object('fund', (SELECT json_build_object('id', translate(encode(convert_to('Fund:' || f2.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM fund f2 WHERE f2.id = pr1.fund_id LIMIT 1)) ORDER BY pr1.number, pr1.id), '[]') FROM priority pr1 WHERE pr1.fund_id = f0.id)) AS r0, row_number() OVER (ORDER BY f0.name ASC, f0.id ASC) AS rn
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', f0.id, '_rel', json_build_array(json_build_object(
  'priorities@10/fund.priorities', (SELECT coalesce(json_agg(json_build_object('id', pr1.id, '_rel', json_build_array(json_build_object(
    'fund@23/priority.fund', (SELECT json_build_object('id', f2.id) FROM fund f2 WHERE f2.id = pr1.fund_id LIMIT 1)))) ORDER BY pr1.number, pr1.id), '[]') FROM priority pr1 WHERE pr1.fund_id = f0.id)))) AS j, f0.name AS k, f0.id AS i
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg));
-- $1 = 101
