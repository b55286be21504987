-- Fund.trancheTotal, rendered from:
--   query {
--     funds {
--       trancheTotal {
--         pence
--         pounds
--         formatted
--         currency
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== trancheTotal, one level down
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('trancheTotal', (SELECT json_build_object('pence', money.v::text, 'pounds', (CASE WHEN money.v < 0 THEN '-' ELSE '' END) || (abs(money.v) / 100)::text || '.' || lpad((abs(money.v) % 100)::text, 2, '0'), 'formatted', (CASE WHEN money.v < 0 THEN '-' ELSE '' END) || '£' || to_char(abs(money.v) / 100, 'FM999,999,999,999,999,990') || CASE WHEN abs(money.v) % 100 <> 0 THEN '.' || lpad((abs(money.v) % 100)::text, 2, '0') ELSE '' END, 'currency', 'GBP') FROM (SELECT ((SELECT coalesce(sum(ft1.amount_pence), 0) FROM fund_tranche ft1 WHERE ft1.fund_id = f0.id))::bigint AS v) money)) AS r0, row_number() OVER (ORDER BY f0.name ASC, f0.id ASC) AS rn
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
  'trancheTotal@10/fund.trancheTotal', (SELECT coalesce(sum(ft1.amount_pence), 0) FROM fund_tranche ft1 WHERE ft1.fund_id = f0.id)))) AS j, f0.name AS k, f0.id AS i
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg));
-- $1 = 101
