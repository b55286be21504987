-- FormerCode.source, rendered from:
--   query {
--     regions {
--       formerCodes {
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
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('formerCodes', (SELECT coalesce(json_agg(json_build_object('source', (SELECT json_build_object('id', translate(encode(convert_to('Source:' || s2.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM source s2 WHERE s2.id = fc1.source_id LIMIT 1)) ORDER BY fc1.valid_to, fc1.id), '[]') FROM former_code fc1 WHERE fc1.region_id = rg0.id)) AS r0, row_number() OVER (ORDER BY rg0.code ASC, rg0.id ASC) AS rn
    FROM region rg0
    ORDER BY rg0.code ASC, rg0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', rg0.id, '_rel', json_build_array(json_build_object(
  'formerCodes@12/region.formerCodes', (SELECT coalesce(json_agg(json_build_object('id', fc1.id, '_rel', json_build_array(json_build_object(
    'source@26/formerCode.source', (SELECT json_build_object('id', s2.id) FROM source s2 WHERE s2.id = fc1.source_id LIMIT 1)))) ORDER BY fc1.valid_to, fc1.id), '[]') FROM former_code fc1 WHERE fc1.region_id = rg0.id)))) AS j, rg0.code AS k, rg0.id AS i
    FROM region rg0
    ORDER BY rg0.code ASC, rg0.id ASC LIMIT $1) pg));
-- $1 = 101
