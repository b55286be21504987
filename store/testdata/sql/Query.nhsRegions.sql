-- Query.nhsRegions, rendered from:
--   query {
--     nhsRegions {
--       id
--       slug
--       code
--       odsCode
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
    SELECT json_build_object('id', translate(encode(convert_to('NhsRegion:' || n0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', n0.slug, 'code', n0.code, 'odsCode', n0.ods_code, 'name', n0.name, 'provenance', n0.provenance, 'provenanceNote', n0.provenance_note) AS r0, row_number() OVER (ORDER BY n0.code ASC, n0.id ASC) AS rn
    FROM nhs_region n0
    ORDER BY n0.code ASC, n0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', n0.id, 'slug', n0.slug, 'code', n0.code, 'ods_code', n0.ods_code, 'name', n0.name, 'provenance', n0.provenance, 'provenance_note', n0.provenance_note) AS j, n0.code AS k, n0.id AS i
    FROM nhs_region n0
    ORDER BY n0.code ASC, n0.id ASC LIMIT $1) pg));
-- $1 = 101
