-- Query.funds, rendered from:
--   query {
--     funds {
--       id
--       slug
--       name
--       shortName
--       description
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
    SELECT json_build_object('id', translate(encode(convert_to('Fund:' || f0.id, 'UTF8'), 'base64'), E'+/=\n', '-_'), 'slug', f0.slug, 'name', f0.name, 'shortName', f0.short_name, 'description', f0.description, 'provenance', f0.provenance, 'provenanceNote', f0.provenance_note) AS r0, row_number() OVER (ORDER BY f0.name ASC, f0.id ASC) AS rn
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', f0.id, 'slug', f0.slug, 'name', f0.name, 'short_name', f0.short_name, 'description', f0.description, 'provenance', f0.provenance, 'provenance_note', f0.provenance_note) AS j, f0.name AS k, f0.id AS i
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg));
-- $1 = 101
