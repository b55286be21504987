-- Event.series, rendered from:
--   query {
--     events(first: 1) {
--       nodes {
--         series {
--           id
--         }
--       }
--     }
--   }
--
-- The SQL the API sends for it, written out by TestSQLGolden (graph/sql_golden_test.go)
-- against a dry store. After a deliberate change, rewrite every file with
--   go test ./graph -run TestSQLGolden -update

-- ==== series, one level down
/* shaped */ SELECT (SELECT json_build_object('nodes', coalesce(json_agg(pg.r0 ORDER BY pg.rn ASC) FILTER (WHERE pg.rn <= $2), '[]')) FROM (
    SELECT json_build_object('series', (SELECT json_build_object('id', translate(encode(convert_to('EventSeries:' || es1.id, 'UTF8'), 'base64'), E'+/=\n', '-_')) FROM published_event_series es1 WHERE es1.id = e0.series_id LIMIT 1)) AS r0, row_number() OVER (ORDER BY e0.starts_at ASC, e0.id ASC) AS rn
    FROM published_event e0
    ORDER BY e0.starts_at ASC, e0.id ASC LIMIT $1) pg GROUP BY ()),
NULL::json;
-- $1 = 2
-- $2 = 1

-- The resolvers' statement, sent instead where PostgreSQL cannot write the answer
-- (a field rendered in Go, such as descriptionHtml, or a filter naming no record):
SELECT json_build_object(
  'rows', (SELECT coalesce(json_agg(pg.j ORDER BY pg.k ASC, pg.i ASC), '[]') FROM (
    SELECT json_build_object('id', e0.id, '_rel', json_build_array(json_build_object(
  'series@29/event.series', (SELECT json_build_object('id', es1.id) FROM published_event_series es1 WHERE es1.id = e0.series_id LIMIT 1)))) AS j, e0.starts_at AS k, e0.id AS i
    FROM published_event e0
    ORDER BY e0.starts_at ASC, e0.id ASC LIMIT $1) pg));
-- $1 = 2
