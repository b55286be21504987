-- Organisation.localAuthority, rendered from:
--   query {
--     organisations(first: 1) {
--       nodes {
--         localAuthority {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== localAuthority, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('localAuthority', (SELECT json_build_object('id', translate(encode(convert_to('LocalAuthority:' || la1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM local_authority la1 WHERE la1.id = o0.local_authority_id LIMIT 1)) AS r0, row_number() OVER (ORDER BY o0.name ASC, o0.id ASC) AS rn
    FROM organisation o0
    ORDER BY o0.name ASC, o0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', o0.id, '_rel', json_build_array(json_build_object(
  'localAuthority@36/organisation.localAuthority', (SELECT json_build_object('id', la1.id) FROM local_authority la1 WHERE la1.id = o0.local_authority_id LIMIT 1)))) AS j, o0.name AS k, o0.id AS i
    FROM organisation o0
    ORDER BY o0.name ASC, o0.id ASC LIMIT $1) pg));
-- $1 = 2
