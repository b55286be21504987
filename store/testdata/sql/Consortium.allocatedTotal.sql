-- Consortium.allocatedTotal, rendered from:
--   query {
--     consortia(first: 1) {
--       nodes {
--         allocatedTotal {
--           pence
--           pounds
--           formatted
--           currency
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== allocatedTotal, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('allocatedTotal', (SELECT json_build_object('pence', money.v::text, 'pounds', (CASE WHEN money.v < 0 THEN '-' ELSE '' END) || (abs(money.v) / 100)::text || '.' || lpad((abs(money.v) % 100)::text, 2, '0'), 'formatted', (CASE WHEN money.v < 0 THEN '-' ELSE '' END) || '£' || to_char(abs(money.v) / 100, 'FM999,999,999,999,999,990') || CASE WHEN abs(money.v) % 100 <> 0 THEN '.' || lpad((abs(money.v) % 100)::text, 2, '0') ELSE '' END, 'currency', 'GBP') FROM (SELECT ((SELECT coalesce(sum(a1.amount_pence), 0) FROM published_allocation a1 WHERE a1.consortium_id = c0.id))::bigint AS v) money)) AS r0, row_number() OVER (ORDER BY c0.name ASC, c0.id ASC) AS rn
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
  'allocatedTotal@32/consortium.allocatedTotal', (SELECT coalesce(sum(a1.amount_pence), 0) FROM published_allocation a1 WHERE a1.consortium_id = c0.id)))) AS j, c0.name AS k, c0.id AS i
    FROM consortium c0
    ORDER BY c0.name ASC, c0.id ASC LIMIT $1) pg));
-- $1 = 2
