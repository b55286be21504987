-- Query.regions, rendered from:
--   query {
--     regions {
--       id
--       slug
--       code
--       codeValidFrom
--       itlCode
--       name
--       provenance
--       provenanceNote
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== every field
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('id', translate(encode(convert_to('Region:' || rg0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', rg0.slug, 'code', rg0.code, 'codeValidFrom', to_char(rg0.code_valid_from, 'YYYY-MM-DD'), 'itlCode', rg0.itl_code, 'name', rg0.name, 'provenance', rg0.provenance, 'provenanceNote', rg0.provenance_note) AS r0, row_number() OVER (ORDER BY rg0.code ASC, rg0.id ASC) AS rn
    FROM region rg0
    ORDER BY rg0.code ASC, rg0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', rg0.id, 'slug', rg0.slug, 'code', rg0.code, 'code_valid_from', (rg0.code_valid_from::timestamp AT TIME ZONE 'UTC'), 'itl_code', rg0.itl_code, 'name', rg0.name, 'provenance', rg0.provenance, 'provenance_note', rg0.provenance_note) AS j, rg0.code AS k, rg0.id AS i
    FROM region rg0
    ORDER BY rg0.code ASC, rg0.id ASC LIMIT $1) pg));
-- $1 = 101
