package graph_test

import (
	"context"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"learningapi/cache"
	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/store"
)

// cachedServer serves db through a response cache that hears db's change
// announcements, once it is hearing them; each adjust changes the
// configuration first, as for newAPI.
func cachedServer(tb testing.TB, db *store.DB, adjust ...func(*graph.HandlerConfig)) (*api, *cache.Cache) {
	tb.Helper()
	c := cache.New(64 << 20)
	ctx, cancel := context.WithCancel(context.Background())
	tb.Cleanup(cancel)
	go db.WatchChanges(ctx, c, time.Second)
	eventually(tb, 5*time.Second, "the cache starts watching", func() bool { return c.Stats().Watching })
	return newAPI(tb, db, append([]func(*graph.HandlerConfig){func(cfg *graph.HandlerConfig) { cfg.Cache = c }}, adjust...)...), c
}

const cachedPage = `{ project(slug: "north-west-london-carers-card") {
  id title resources(first: 5) { totalCount nodes { slug } } leadOrganisation { name } } }`

// answer posts a query that must succeed.
func answer(tb testing.TB, s *api, query string) (*response, string) {
	tb.Helper()
	r := s.post(tb, query, nil)
	wantNoErrors(tb, r)
	return r, r.Body
}

// TestWritesReachCachedAnswersWithinASecond writes to the database with SQL
// (as psql or a migration would) and checks each write reaches a cached
// answer within a second: a change to the record, to a link, to a record
// it lists, and the publication of a record a look-up did not find.
func TestWritesReachCachedAnswersWithinASecond(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	s, _ := cachedServer(t, db)
	first, body := answer(t, s, cachedPage)
	if first.Header.Get("X-Cache") != "MISS" {
		t.Fatalf("first answer: X-Cache %q", first.Header.Get("X-Cache"))
	}
	if hit, again := answer(t, s, cachedPage); hit.Header.Get("X-Cache") != "HIT" || again != body {
		t.Fatalf("second answer: X-Cache %q", hit.Header.Get("X-Cache"))
	}
	var id int64
	if err := db.Get(&id, `SELECT id FROM project WHERE slug = 'north-west-london-carers-card'`); err != nil {
		t.Fatal(err)
	}
	keys := strings.Fields(first.Header.Get("Surrogate-Key"))
	for _, want := range []string{"project:" + jsonInt(id), "resource", "resource_project", "organisation"} {
		if !contains(keys, want) {
			t.Errorf("Surrogate-Key %v lacks %q", keys, want)
		}
	}
	if cacheTag := first.Header.Get("Cache-Tag"); cacheTag != strings.Join(keys, ",") {
		t.Errorf("Cache-Tag %q is not Surrogate-Key %q comma-separated", cacheTag, first.Header.Get("Surrogate-Key"))
	}

	changes := []struct {
		name, sql string
		shows     string
	}{
		{"the record", `UPDATE project SET title = 'Carers card, edited' WHERE slug = 'north-west-london-carers-card'`, `Carers card, edited`},
		{"a link", `INSERT INTO resource_project (resource_id, project_id)
			SELECT r.id, p.id FROM resource r, project p WHERE r.slug = 'embracing-change-scaling-innovation-in-care' AND p.slug = 'north-west-london-carers-card'`,
			`embracing-change-scaling-innovation-in-care`},
		{"a linked record", `UPDATE resource SET slug = 'embracing-change-renamed' WHERE slug = 'embracing-change-scaling-innovation-in-care'`, `embracing-change-renamed`},
	}
	for _, ch := range changes {
		answer(t, s, cachedPage) // cached again
		s.sqlExec(t, ch.sql)
		eventually(t, time.Second, "a change to "+ch.name+" shows", func() bool {
			_, now := answer(t, s, cachedPage)
			return strings.Contains(now, ch.shows)
		})
	}

	// A look-up that finds nothing is cached too, until the record appears.
	const missing = `{ project(slug: "exampleshire-carers-app-pilot") { title } }`
	if _, none := answer(t, s, missing); !strings.Contains(none, `"project":null`) {
		t.Fatalf("the draft is visible: %s", none)
	}
	answer(t, s, missing)
	s.sqlExec(t, `UPDATE project SET status = 'PUBLISHED' WHERE slug = 'exampleshire-carers-app-pilot'`)
	eventually(t, time.Second, "a published draft shows", func() bool {
		_, now := answer(t, s, missing)
		return !strings.Contains(now, `"project":null`)
	})
}

// TestALostListenerEmptiesTheCache cuts the connection that hears the
// database's announcements, writes while it is down (so the announcement is
// lost), and checks the cache never serves the answer from before the
// write: it empties itself when the connection drops and starts again when
// it is back.
func TestALostListenerEmptiesTheCache(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	s, c := cachedServer(t, db)
	_, before := answer(t, s, cachedPage)
	if hit, _ := answer(t, s, cachedPage); hit.Header.Get("X-Cache") != "HIT" {
		t.Fatal("not cached")
	}
	var killed int
	err := db.Get(&killed, `SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE application_name = $1 AND datname = current_database()) k`, store.ListenerName)
	if err != nil || killed != 1 {
		t.Fatalf("terminated %d listeners: %v", killed, err)
	}
	s.sqlExec(t, `UPDATE project SET title = 'Written while nobody listened' WHERE slug = 'north-west-london-carers-card'`)
	eventually(t, 5*time.Second, "the cache empties", func() bool { return c.Stats().Entries == 0 })
	_, after := answer(t, s, cachedPage)
	if after == before || !strings.Contains(after, "Written while nobody listened") {
		t.Fatalf("served the answer from before the write:\n%s", after)
	}
	eventually(t, 10*time.Second, "the cache watches again", func() bool { return c.Stats().Watching })
	answer(t, s, cachedPage)
	if hit, _ := answer(t, s, cachedPage); hit.Header.Get("X-Cache") != "HIT" {
		t.Fatal("not caching again after the listener came back")
	}
}

func jsonInt(n int64) string { b, _ := json.Marshal(n); return string(b) }

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
