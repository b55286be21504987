-- IntegratedCareSystem.localAuthorities, rendered from:
--   query {
--     integratedCareSystems(first: 1) {
--       nodes {
--         localAuthorities {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== localAuthorities, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('localAuthorities', (SELECT coalesce(json_agg(json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) ORDER BY la1.name, la1.id), '[]') FROM local_authority la1 JOIN ics_local_authority rel ON rel.local_authority_id = la1.id WHERE rel.ics_id = i0.id)) AS r0, row_number() OVER (ORDER BY i0.name ASC, i0.id ASC) AS rn
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
  'localAuthorities@44/ics.localAuthorities', (SELECT coalesce(json_agg(json_build_object('id', la1.id) ORDER BY la1.name, la1.id), '[]') FROM local_authority la1 JOIN ics_local_authority rel ON rel.local_authority_id = la1.id WHERE rel.ics_id = i0.id)))) AS j, i0.name AS k, i0.id AS i
    FROM ics i0
    ORDER BY i0.name ASC, i0.id ASC LIMIT $1) pg));
-- $1 = 2
