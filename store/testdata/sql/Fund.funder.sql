-- Fund.funder, rendered from:
--   query {
--     funds {
--       funder {
--         id
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== funder, one level down
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('funder', (SELECT json_build_object('id', translate(encode(convert_to('Organisation:' || o1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM organisation o1 WHERE o1.id = f0.funder_organisation_id LIMIT 1)) AS r0, row_number() OVER (ORDER BY f0.name ASC, f0.id ASC) AS rn
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
  'funder@10/fund.funder', (SELECT json_build_object('id', o1.id) FROM organisation o1 WHERE o1.id = f0.funder_organisation_id LIMIT 1)))) AS j, f0.name AS k, f0.id AS i
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg));
-- $1 = 101
