-- Fund.statistics, rendered from:
--   query {
--     funds {
--       statistics {
--         measure
--         value
--         qualifier
--         note
--         provenance
--         provenanceNote
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== statistics, one level down
/* shaped */ SELECT ((SELECT json_build_object('all', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('statistics', (SELECT coalesce(json_agg(json_build_object('measure', fs1.measure, 'value', fs1.value::text, 'qualifier', fs1.qualifier, 'note', fs1.note, 'provenance', fs1.provenance, 'provenanceNote', fs1.provenance_note) ORDER BY fs1.measure, fs1.id), '[]') FROM fund_statistic fs1 WHERE fs1.fund_id = f0.id)) AS r0, row_number() OVER (ORDER BY f0.name ASC, f0.id ASC) AS rn
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg GROUP BY ()))->'all',
NULL::json;
-- $1 = 101
-- $2 = 100

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', f0.id, '_rel', json_build_array(json_build_object(
  'statistics@10/fund.statistics', (SELECT coalesce(json_agg(json_build_object('id', fs1.id, 'measure', fs1.measure, 'value', fs1.value::text, 'qualifier', fs1.qualifier, 'note', fs1.note, 'provenance', fs1.provenance, 'provenance_note', fs1.provenance_note) ORDER BY fs1.measure, fs1.id), '[]') FROM fund_statistic fs1 WHERE fs1.fund_id = f0.id)))) AS j, f0.name AS k, f0.id AS i
    FROM fund f0
    ORDER BY f0.name ASC, f0.id ASC LIMIT $1) pg));
-- $1 = 101
