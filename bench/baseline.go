package bench

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"

	_ "time/tzdata" // Europe/London on machines without zoneinfo
)

// The one-statement server is the yardstick: for each website read it runs
// one hand-written SQL statement that builds the whole JSON answer, and
// writes it out. Nothing can serve these reads much faster over this
// database, so the API's latency is compared with it. The benchmark checks
// that it answers exactly what the API answers before measuring either.

// baselineSQL is each read's statement. $n are the read's variables, in the
// order baselineArgs gives them.
var baselineSQL = map[string]string{
	"ProjectsListing": `
WITH matched AS MATERIALIZED (
	SELECT p.id, p.title FROM project p
	WHERE p.status = 'PUBLISHED'
	  AND p.consortium_id IN (SELECT c.id FROM consortium c
		JOIN ics_local_authority il ON il.ics_id = c.ics_id
		JOIN local_authority la ON la.id = il.local_authority_id
		JOIN region r ON r.id = la.region_id WHERE r.slug = $1)
	  AND p.id IN (SELECT pt.project_id FROM project_topic pt
		JOIN topic_closure tc ON tc.descendant_id = pt.topic_id
		JOIN topic t ON t.id = tc.ancestor_id WHERE t.slug = $2)
), page AS (
	SELECT id, title FROM matched ORDER BY title, id LIMIT 21
)
SELECT json_build_object('data', json_build_object('projects', json_build_object(
	'totalCount', (SELECT count(*) FROM matched),
	'pageInfo', json_build_object('hasNextPage', (SELECT count(*) > 20 FROM page)),
	'nodes', (SELECT coalesce(json_agg(json_build_object(
		'slug', p.slug, 'title', p.title, 'summary', p.summary,
		'leadOrganisation', (SELECT json_build_object('name', o.name, 'slug', o.slug) FROM organisation o WHERE o.id = p.lead_organisation_id),
		'regions', (SELECT coalesce(json_agg(json_build_object('name', r.name, 'slug', r.slug) ORDER BY r.code, r.id), '[]')
			FROM region r WHERE r.id IN (SELECT la.region_id FROM consortium c
				JOIN ics_local_authority il ON il.ics_id = c.ics_id
				JOIN local_authority la ON la.id = il.local_authority_id WHERE c.id = p.consortium_id)),
		'themes', (SELECT coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug) ORDER BY t.name, t.id), '[]')
			FROM topic t JOIN project_topic pt ON pt.topic_id = t.id WHERE pt.project_id = p.id)
	) ORDER BY pg.title, pg.id), '[]')
	FROM (SELECT id, title FROM page ORDER BY title, id LIMIT 20) pg JOIN project p ON p.id = pg.id))))`,

	"ProjectPage": `
SELECT json_build_object('data', json_build_object('project', (
	SELECT json_build_object(
		'title', p.title, 'summary', p.summary, 'description', p.description, 'provenance', p.provenance,
		'startsOn', to_char(p.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(p.ends_on, 'YYYY-MM-DD'),
		'source', (SELECT json_build_object('title', s.title, 'url', s.url, 'publisher', s.publisher) FROM source s WHERE s.id = p.source_id),
		'leadOrganisation', (SELECT json_build_object('name', o.name, 'slug', o.slug) FROM organisation o WHERE o.id = p.lead_organisation_id),
		'partners', (SELECT coalesce(json_agg(json_build_object('role', pp.role,
				'organisation', json_build_object('name', o.name, 'slug', o.slug)) ORDER BY pp.position, pp.organisation_id), '[]')
			FROM project_partner pp JOIN organisation o ON o.id = pp.organisation_id WHERE pp.project_id = p.id),
		'allocations', (SELECT coalesce(json_agg(json_build_object('amount', json_build_object('pence', a.amount_pence::text),
				'tranche', json_build_object('financialYear', ft.financial_year)) ORDER BY a.fund_tranche_id, a.id), '[]')
			FROM allocation a JOIN fund_tranche ft ON ft.id = a.fund_tranche_id WHERE a.project_id = p.id),
		'resources', json_build_object(
			'totalCount', (SELECT count(*) FROM resource_project rp JOIN resource r ON r.id = rp.resource_id
				WHERE rp.project_id = p.id AND r.status = 'PUBLISHED'),
			'nodes', (SELECT coalesce(json_agg(json_build_object('slug', x.slug, 'title', x.title, 'type', x.type,
					'publishedOn', CASE WHEN x.published_earliest = x.published_latest THEN to_char(x.published_earliest, 'YYYY-MM-DD') END)
					ORDER BY x.k DESC, x.id DESC), '[]')
				FROM (SELECT r.id, r.slug, r.title, r.type, r.published_earliest, r.published_latest,
						coalesce(r.published_earliest, '-infinity'::date) AS k
					FROM resource_project rp JOIN resource r ON r.id = rp.resource_id
					WHERE rp.project_id = p.id AND r.status = 'PUBLISHED'
					ORDER BY k DESC, r.id DESC LIMIT 10) x)),
		'events', json_build_object(
			'nodes', (SELECT coalesce(json_agg(json_build_object('slug', x.slug, 'title', x.title,
					'startsAt', to_char(x.starts_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM')) ORDER BY x.starts_at, x.id), '[]')
				FROM (SELECT e.id, e.slug, e.title, e.starts_at FROM event_project ep JOIN event e ON e.id = ep.event_id
					WHERE ep.project_id = p.id AND e.status = 'PUBLISHED' ORDER BY e.starts_at, e.id LIMIT 10) x)))
	FROM project p WHERE p.slug = $1 AND p.status = 'PUBLISHED')))`,

	"EventsCalendar": `
SELECT json_build_object('data', json_build_object('events', json_build_object('nodes', (
	SELECT coalesce(json_agg(json_build_object(
		'slug', e.slug, 'title', e.title, 'type', e.type,
		'startsAt', to_char(e.starts_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'),
		'endsAt', to_char(e.ends_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'),
		'deliveryMode', e.delivery_mode,
		'venue', json_build_object('name', e.venue_name, 'address', e.venue_address),
		'registration', json_build_object('status', e.registration_status),
		'series', (SELECT json_build_object('title', s.title, 'slug', s.slug) FROM event_series s
			WHERE s.id = e.series_id AND s.status = 'PUBLISHED')
	) ORDER BY e.starts_at, e.id), '[]')
	FROM (SELECT * FROM event WHERE status = 'PUBLISHED' AND starts_at >= $1 AND starts_at < $2
		ORDER BY starts_at, id LIMIT 50) e))))`,

	"CaseStudies": `
WITH matched AS MATERIALIZED (
	SELECT r.id, coalesce(r.published_earliest, '-infinity'::date) AS k FROM resource r
	WHERE r.status = 'PUBLISHED' AND r.type = 'CASE_STUDY' AND r.audiences && ARRAY[$1]
)
SELECT json_build_object('data', json_build_object('resources', json_build_object(
	'totalCount', (SELECT count(*) FROM matched),
	'nodes', (SELECT coalesce(json_agg(json_build_object(
		'slug', r.slug, 'title', r.title, 'summary', r.summary,
		'publishedOn', CASE WHEN r.published_earliest = r.published_latest THEN to_char(r.published_earliest, 'YYYY-MM-DD') END,
		'authors', (SELECT coalesce(json_agg(json_build_object('name', pe.name, 'slug', pe.slug) ORDER BY ra.position, pe.id), '[]')
			FROM resource_author ra JOIN person pe ON pe.id = ra.person_id WHERE ra.resource_id = r.id),
		'topics', (SELECT coalesce(json_agg(json_build_object('name', t.name, 'slug', t.slug) ORDER BY t.name, t.id), '[]')
			FROM resource_topic rt JOIN topic t ON t.id = rt.topic_id WHERE rt.resource_id = r.id)
	) ORDER BY m.k DESC, m.id DESC), '[]')
	FROM (SELECT id, k FROM matched ORDER BY k DESC, id DESC LIMIT 20) m JOIN resource r ON r.id = m.id))))`,

	"Programme": `
SELECT json_build_object('data', json_build_object('eventSeries', (
	SELECT json_build_object(
		'title', es.title, 'theme', es.theme,
		'startsOn', to_char(es.starts_on, 'YYYY-MM-DD'), 'endsOn', to_char(es.ends_on, 'YYYY-MM-DD'),
		'events', json_build_object('nodes', (SELECT coalesce(json_agg(json_build_object(
			'slug', e.slug, 'title', e.title, 'type', e.type,
			'startsAt', to_char(e.starts_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'),
			'endsAt', to_char(e.ends_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'),
			'children', json_build_object('nodes', (SELECT coalesce(json_agg(json_build_object(
				'slug', c.slug, 'title', c.title,
				'startsAt', to_char(c.starts_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM'),
				'endsAt', to_char(c.ends_at, 'YYYY-MM-DD"T"HH24:MI:SSTZH:TZM')
			) ORDER BY c.starts_at, c.id), '[]')
				FROM (SELECT * FROM event c WHERE c.parent_id = e.id AND c.status = 'PUBLISHED'
					ORDER BY c.starts_at, c.id LIMIT 20) c))
		) ORDER BY e.starts_at, e.id), '[]')
			FROM (SELECT * FROM event e WHERE e.series_id = es.id AND e.status = 'PUBLISHED'
				AND NOT EXISTS (SELECT 1 FROM event pe WHERE pe.id = e.parent_id AND pe.status = 'PUBLISHED')
				ORDER BY e.starts_at, e.id LIMIT 50) e)))
	FROM event_series es WHERE es.slug = $1 AND es.status = 'PUBLISHED')))`,
}

// baselineArgs turns a read's variables into its statement's parameters.
func baselineArgs(op string, vars map[string]any) ([]any, error) {
	str := func(name string) string { s, _ := vars[name].(string); return s }
	switch op {
	case "ProjectsListing":
		return []any{str("region"), str("theme")}, nil
	case "ProjectPage", "Programme":
		return []any{str("slug")}, nil
	case "CaseStudies":
		return []any{str("audience")}, nil
	case "EventsCalendar":
		london, err := time.LoadLocation("Europe/London")
		if err != nil {
			return nil, err
		}
		from, err1 := time.ParseInLocation(time.DateOnly, str("from"), london)
		to, err2 := time.ParseInLocation(time.DateOnly, str("to"), london)
		if err1 != nil || err2 != nil {
			return nil, fmt.Errorf("bad dates")
		}
		return []any{from, to.AddDate(0, 0, 1)}, nil
	}
	return nil, fmt.Errorf("no statement for %q", op)
}

// ServeBaseline serves the one-statement server on addr until ctx ends.
func ServeBaseline(ctx context.Context, addr, databaseURL string) error {
	u, err := url.Parse(databaseURL)
	if err != nil {
		return err
	}
	q := u.Query()
	q.Set("timezone", "Europe/London")
	u.RawQuery = q.Encode()
	db, err := sql.Open("postgres", u.String())
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(20)
	db.SetMaxIdleConns(20)
	stmts := map[string]*sql.Stmt{}
	for op, query := range baselineSQL {
		if stmts[op], err = db.PrepareContext(ctx, query); err != nil {
			return fmt.Errorf("%s: %w", op, err)
		}
	}
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {})
	mux.HandleFunc("POST /graphql", func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Query     string         `json:"query"`
			Variables map[string]any `json:"variables"`
		}
		if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&req); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		op := operationName(req.Query)
		args, err := baselineArgs(op, req.Variables)
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		var body []byte
		if err := stmts[op].QueryRowContext(r.Context(), args...).Scan(&body); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})
	srv := &http.Server{Addr: addr, Handler: mux, ReadHeaderTimeout: 10 * time.Second}
	go func() { <-ctx.Done(); _ = srv.Close() }()
	if err := srv.ListenAndServe(); err != http.ErrServerClosed {
		return err
	}
	return nil
}

// operationName finds the name after "query" in a document.
func operationName(doc string) string {
	var name string
	fmt.Sscanf(doc, "query %s", &name)
	for i, c := range name {
		if c == '(' || c == '{' {
			return name[:i]
		}
	}
	return name
}
