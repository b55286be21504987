-- Project.priorities, rendered from:
--   query {
--     projects(first: 1) {
--       nodes {
--         priorities {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== priorities, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('priorities', (SELECT coalesce(json_agg(json_build_object('id', translate(encode(convert_to('Priority:' || pr1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) ORDER BY pr1.number, pr1.id), '[]') FROM priority pr1 JOIN project_priority rel ON rel.priority_id = pr1.id WHERE rel.project_id = p0.id)) AS r0, row_number() OVER (ORDER BY p0.title ASC, p0.id ASC) AS rn
    FROM published_project p0
    ORDER BY p0.title ASC, p0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', p0.id, '_rel', json_build_array(json_build_object(
  'priorities@31/project.priorities', (SELECT coalesce(json_agg(json_build_object('id', pr1.id) ORDER BY pr1.number, pr1.id), '[]') FROM priority pr1 JOIN project_priority rel ON rel.priority_id = pr1.id WHERE rel.project_id = p0.id)))) AS j, p0.title AS k, p0.id AS i
    FROM published_project p0
    ORDER BY p0.title ASC, p0.id ASC LIMIT $1) pg));
-- $1 = 2
