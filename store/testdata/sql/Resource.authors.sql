-- Resource.authors, rendered from:
--   query {
--     resources(first: 1) {
--       nodes {
--         authors {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== authors, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('authors', (SELECT coalesce(json_agg(json_build_object('id', translate(encode(convert_to('Person:' || pe1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) ORDER BY rel.position, pe1.id), '[]') FROM person pe1 JOIN resource_author rel ON rel.person_id = pe1.id WHERE rel.resource_id = r0.id)) AS r0, row_number() OVER (ORDER BY coalesce(r0.published_earliest, '-infinity'::date) DESC, r0.id DESC) AS rn
    FROM published_resource r0
    ORDER BY coalesce(r0.published_earliest, '-infinity'::date) DESC, r0.id DESC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k DESC, pg.i DESC), '[]') FROM (
    SELECT json_build_object('id', r0.id, '_rel', json_build_array(json_build_object(
  'authors@32/resource.authors', (SELECT coalesce(json_agg(json_build_object('id', pe1.id) ORDER BY rel.position, pe1.id), '[]') FROM person pe1 JOIN resource_author rel ON rel.person_id = pe1.id WHERE rel.resource_id = r0.id)))) AS j, coalesce(r0.published_earliest, '-infinity'::date) AS k, r0.id AS i
    FROM published_resource r0
    ORDER BY coalesce(r0.published_earliest, '-infinity'::date) DESC, r0.id DESC LIMIT $1) pg));
-- $1 = 2
