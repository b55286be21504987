package graph_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"learningapi/dbtest"
	"learningapi/graph/model"
	"learningapi/store"
)

// newKey makes an API key on db.
func newKey(tb testing.TB, db *store.DB, name string, role store.Role) string {
	tb.Helper()
	key, _, err := db.CreateAPIKey(context.Background(), name, role)
	if err != nil {
		tb.Fatal(err)
	}
	return key
}

func TestAPIKeys(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	editor := newKey(t, db, "Jo Editor", store.RoleEditor)
	revoked := newKey(t, db, "Old laptop", store.RoleAdmin)
	if _, err := db.RevokeAPIKey(context.Background(), "Old laptop"); err != nil {
		t.Fatal(err)
	}
	const q = `{ regions { name } }`

	// A live key reads as anonymous callers do, as its own trusted client,
	// and its answer is its own: never kept by a shared cache.
	r := a.get(t, getParams(q, nil), "Authorization", "Bearer "+editor)
	if r.Status != http.StatusOK || len(r.Errors) != 0 {
		t.Fatalf("with a live key: %d %s", r.Status, r.Body)
	}
	if cc := r.Header.Get("Cache-Control"); cc != "no-store" {
		t.Errorf("Cache-Control %q for a request with a key, want no-store", cc)
	}
	if r := a.post(t, q, nil, "Authorization", "bearer  "+editor+" "); r.Status != http.StatusOK {
		t.Errorf("the scheme's case and spaces around the key: %d %s", r.Status, r.Body)
	}
	keys, err := db.APIKeys(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if keys[0].Name != "Jo Editor" || keys[0].LastUsedAt == nil || time.Since(*keys[0].LastUsedAt) > time.Hour {
		t.Errorf("the key's last use was not noted: %+v", keys[0])
	}

	// Anything else in the header is refused; only a well-formed key is
	// looked up (one statement), garbage runs no SQL at all.
	for _, c := range []struct {
		name, header string
		lookedUp     bool
	}{
		{"revoked", "Bearer " + revoked, true},
		{"unknown", "Bearer scie_" + strings.Repeat("A", 43), true},
		{"mistyped", "Bearer " + editor[:len(editor)-1] + "x", true},
		{"cut short", "Bearer " + editor[:20], false},
		{"no key", "Bearer ", false},
		{"basic", "Basic am86c2VjcmV0", false},
		{"key alone", editor, false},
		{"sql", "Bearer ' OR 1=1 --", false},
		{"control bytes", "Bearer scie_\x01\x02", false},
		{"very long", "Bearer " + strings.Repeat("k", 10_000), false},
		{"other scheme", "Token " + editor, false},
		{"two keys", "Bearer " + editor + ", Bearer " + editor, false},
		{"unicode spaces", "Bearer\u00a0" + editor, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := a.post(t, q, nil, "Authorization", c.header)
			if r.Status != http.StatusUnauthorized || !strings.HasPrefix(r.Header.Get("WWW-Authenticate"), "Bearer") {
				t.Errorf("status %d, WWW-Authenticate %q; want 401 and a Bearer challenge", r.Status, r.Header.Get("WWW-Authenticate"))
			}
			wantCode(t, r, model.ErrorCodeUnauthenticated)
			if strings.Contains(r.Body, editor) || strings.Contains(r.Body, revoked) {
				t.Errorf("the answer echoes a key: %s", r.Body)
			}
			want := int64(0)
			if c.lookedUp {
				want = 1
			}
			if n := a.statementsOfLast(t); n != want {
				t.Errorf("%d SQL statements, want %d", n, want)
			}
		})
	}
	// Two Authorization headers are one too many, whichever is empty.
	for _, values := range [][]string{{"", "Bearer " + editor}, {"Bearer " + editor, ""}} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(`{"query":"{ __typename }"}`))
		req.Header.Set("Content-Type", "application/json")
		req.Header["Authorization"] = values
		if r := a.serve(t, req); r.Status != http.StatusUnauthorized {
			t.Errorf("Authorization %q: status %d, want 401", values, r.Status)
		}
	}
	if logs := a.logs.String(); strings.Contains(logs, editor) || strings.Contains(logs, revoked) {
		t.Error("a key was written to the log")
	}
}

func TestGuessingKeysIsCutShort(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	guesser, other := a.from("198.51.100.66:1"), a.from("198.51.100.67:1")
	guess := func(i int) string { return fmt.Sprintf("Bearer scie_%043d", i) }
	for i := range 10 {
		if r := guesser.post(t, `{ __typename }`, nil, "Authorization", guess(i)); r.Status != http.StatusUnauthorized {
			t.Fatalf("guess %d: status %d", i, r.Status)
		}
	}
	// The eleventh guess within the minute is refused before any look-up.
	r := guesser.post(t, `{ __typename }`, nil, "Authorization", guess(10))
	if r.Status != http.StatusTooManyRequests || r.Header.Get("Retry-After") == "" {
		t.Errorf("the eleventh guess: status %d, Retry-After %q; want 429 and a Retry-After", r.Status, r.Header.Get("Retry-After"))
	}
	wantCode(t, r, model.ErrorCodeRateLimited, "not valid")
	if n := a.statementsOfLast(t); n != 0 {
		t.Errorf("the refused guess ran %d SQL statements", n)
	}
	// Anonymous reads from the same client, and other clients' keys, go on.
	if r := guesser.post(t, `{ __typename }`, nil); r.Status != http.StatusOK {
		t.Errorf("an anonymous read from the guesser: %d", r.Status)
	}
	key := newKey(t, db, "Editor", store.RoleEditor)
	if r := other.post(t, `{ __typename }`, nil, "Authorization", "Bearer "+key); r.Status != http.StatusOK {
		t.Errorf("another client's live key: %d %s", r.Status, r.Body)
	}
}

func TestAKeyThatCannotBeCheckedIsRetryable(t *testing.T) {
	var name string
	if err := dbtest.New(t).Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	closed, err := store.Open(context.Background(), dbtest.URL(t, name), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	closed.Close()
	a := newAPI(t, closed)
	r := a.post(t, `{ __typename }`, nil, "Authorization", "Bearer scie_"+strings.Repeat("A", 43))
	if r.Status != http.StatusServiceUnavailable || r.Header.Get("Retry-After") == "" {
		t.Errorf("a key checked against a closed database: %d, Retry-After %q; want 503 and a Retry-After", r.Status, r.Header.Get("Retry-After"))
	}
	wantCode(t, r, model.ErrorCodeServiceUnavailable, "cannot be checked")
	if !strings.Contains(a.logs.String(), "API key check failed") {
		t.Error("the failed check was not logged")
	}
}
