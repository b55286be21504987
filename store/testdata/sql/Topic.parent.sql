-- Topic.parent, rendered from:
--   query {
--     topics(first: 1) {
--       nodes {
--         parent {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== parent, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('parent', (SELECT json_build_object('id', translate(encode(convert_to('Topic:' || t1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM topic t1 WHERE t1.id = t0.parent_id LIMIT 1)) AS r0, row_number() OVER (ORDER BY t0.name ASC, t0.id ASC) AS rn
    FROM topic t0
    ORDER BY t0.name ASC, t0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', t0.id, '_rel', json_build_array(json_build_object(
  'parent@29/topic.parent', (SELECT json_build_object('id', t1.id) FROM topic t1 WHERE t1.id = t0.parent_id LIMIT 1)))) AS j, t0.name AS k, t0.id AS i
    FROM topic t0
    ORDER BY t0.name ASC, t0.id ASC LIMIT $1) pg));
-- $1 = 2
