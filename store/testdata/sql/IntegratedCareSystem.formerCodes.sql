-- IntegratedCareSystem.formerCodes, rendered from:
--   query {
--     integratedCareSystems(first: 1) {
--       nodes {
--         formerCodes {
--           code
--           validFrom
--           validTo
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== formerCodes, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('formerCodes', (SELECT coalesce(json_agg(json_build_object('code', fc1.code, 'validFrom', to_char(fc1.valid_from, 'YYYY-MM-DD'), 'validTo', to_char(fc1.valid_to, 'YYYY-MM-DD')) ORDER BY fc1.valid_to, fc1.id), '[]') FROM former_code fc1 WHERE fc1.ics_id = i0.id)) AS r0, row_number() OVER (ORDER BY i0.name ASC, i0.id ASC) AS rn
    FROM ics i0
    ORDER BY i0.name ASC, i0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', i0.id, '_rel', json_build_array(json_build_object(
  'formerCodes@44/ics.formerCodes', (SELECT coalesce(json_agg(json_build_object('id', fc1.id, 'code', fc1.code, 'valid_from', (fc1.valid_from::timestamp AT TIME ZONE 'UTC'), 'valid_to', (fc1.valid_to::timestamp AT TIME ZONE 'UTC')) ORDER BY fc1.valid_to, fc1.id), '[]') FROM former_code fc1 WHERE fc1.ics_id = i0.id)))) AS j, i0.name AS k, i0.id AS i
    FROM ics i0
    ORDER BY i0.name ASC, i0.id ASC LIMIT $1) pg));
-- $1 = 2
