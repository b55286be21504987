-- LocalAuthority.source, rendered from:
--   query {
--     localAuthorities(first: 1) {
--       nodes {
--         source {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== source, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('source', (SELECT json_build_object('id', translate(encode(convert_to('Source:' || s1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM source s1 WHERE s1.id = la0.source_id LIMIT 1)) AS r0, row_number() OVER (ORDER BY la0.name ASC, la0.id ASC) AS rn
    FROM local_authority la0
    ORDER BY la0.name ASC, la0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', la0.id, '_rel', json_build_array(json_build_object(
  'source@39/localAuthority.source', (SELECT json_build_object('id', s1.id) FROM source s1 WHERE s1.id = la0.source_id LIMIT 1)))) AS j, la0.name AS k, la0.id AS i
    FROM local_authority la0
    ORDER BY la0.name ASC, la0.id ASC LIMIT $1) pg));
-- $1 = 2
