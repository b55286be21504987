-- Project.resources, rendered from:
--   query {
--     projects(first: 1) {
--       nodes {
--         resources(first: 5) {
--           totalCount
--           pageInfo {
--             hasNextPage
--             hasPreviousPage
--             startCursor
--             endCursor
--           }
--           edges {
--             cursor
--             node {
--               id
--             }
--           }
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== resources, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $4), '[]')) FROM (
    SELECT json_build_object('resources', (SELECT json_build_object('totalCount', (SELECT count(*) FROM published_resource r1 JOIN resource_project rel ON rel.resource_id = r1.id WHERE rel.project_id = p0.id), 'pageInfo', json_build_object('hasNextPage', count(*) > $3, 'hasPreviousPage', false, 'startCursor', (array_agg(pg.c ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3))[1], 'endCursor', (array_agg(pg.c ORDER BY pg.rn DESC) FILTER (WHERE pg.rn <= $3))[1]), 'edges', coalesce(json_agg(json_build_object('cursor', pg.c, 'node', pg.r0) ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $3), '[]')) FROM (
      SELECT json_build_object('id', translate(encode(convert_to('Resource:' || r1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) AS r0, (SELECT translate(encode(c.p || substring(sha256('\x2f3f35397130393d2e3235323b713d2c357c3f292e2f332e7c2a6e5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c5c'::bytea || sha256('\x45555f531b5a535744585f58511b57465f1655434445594416400436363636363636363636363636363636363636363636363636363636363636363636363636'::bytea || c.p)) FROM 1 FOR 8), 'base64'), E'+/=\n', '-_') FROM (SELECT convert_to('project.resources by PUBLISHED_ON DESC' || chr(31) || (coalesce(r1.published_earliest, '-infinity'::date))::text || chr(31) || (r1.id)::text, 'UTF8') AS p) c) AS c, row_number() OVER (ORDER BY coalesce(r1.published_earliest, '-infinity'::date) DESC, r1.id DESC) AS rn
      FROM published_resource r1 JOIN resource_project rel ON rel.resource_id = r1.id WHERE rel.project_id = p0.id
      ORDER BY coalesce(r1.published_earliest, '-infinity'::date) DESC, r1.id DESC LIMIT $2) pg GROUP BY ())) AS r0, row_number() OVER (ORDER BY p0.title ASC, p0.id ASC) AS rn
    FROM published_project p0
    ORDER BY p0.title ASC, p0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 6
-- $3 = 5
-- $4 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', p0.id, '_rel', json_build_array(json_build_object(
  'resources@31/project.resources', json_build_object(
    'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k DESC, pg.i DESC), '[]') FROM (
      SELECT json_build_object('id', r1.id, '_ck', (coalesce(r1.published_earliest, '-infinity'::date))::text, '_ci', r1.id) AS j, coalesce(r1.published_earliest, '-infinity'::date) AS k, r1.id AS i
      FROM published_resource r1 JOIN resource_project rel ON rel.resource_id = r1.id WHERE rel.project_id = p0.id
      ORDER BY coalesce(r1.published_earliest, '-infinity'::date) DESC, r1.id DESC LIMIT $2) pg),
    'total', (SELECT count(*) FROM published_resource r1 JOIN resource_project rel ON rel.resource_id = r1.id WHERE rel.project_id = p0.id))))) AS j, p0.title AS k, p0.id AS i
    FROM published_project p0
    ORDER BY p0.title ASC, p0.id ASC LIMIT $1) pg));
-- $1 = 2
-- $2 = 6
