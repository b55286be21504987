package graph_test

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/vektah/gqlparser/v2"

	"learningapi/dbtest"
	"learningapi/graph/model"
	"learningapi/store"
)

const createResource = `mutation($input: CreateResourceInput!) {
  createResource(input: $input) {
    resource { id slug title version summary body audiences provenance topics { slug } }
    userErrors { field message code }
  }
}`

const updateResource = `mutation($input: UpdateResourceInput!) {
  updateResource(input: $input) {
    resource { id slug title version summary body externalUrl audiences }
    userErrors { field message code }
  }
}`

// written is a write's payload.
type written struct {
	Resource *struct {
		ID, Slug, Title, Summary string
		Body, ExternalURL        *string
		Version                  int
		Audiences                []string
		Provenance               string
	}
	UserErrors []struct {
		Field   []string
		Message string
		Code    model.UserErrorCode
	}
}

// write sends a mutation with the key and returns its payload.
func (a *api) write(tb testing.TB, key, mutation string, input map[string]any) written {
	tb.Helper()
	r := a.post(tb, mutation, map[string]any{"input": input}, "Authorization", "Bearer "+key)
	if len(r.Errors) > 0 {
		tb.Fatalf("the mutation failed: %s", r.Body)
	}
	var data map[string]written
	if err := json.Unmarshal(r.Data, &data); err != nil || len(data) != 1 {
		tb.Fatalf("decoding %s: %v", r.Data, err)
	}
	for _, w := range data {
		return w
	}
	return written{}
}

// count runs a counting query on a's database.
func (a *api) count(tb testing.TB, query string, args ...any) int {
	tb.Helper()
	var n int
	if err := a.db.Get(&n, query, args...); err != nil {
		tb.Fatal(err)
	}
	return n
}

func resourceID(id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte("Resource:" + strconv.FormatInt(id, 10)))
}

func draft(title string) map[string]any {
	return map[string]any{"title": title, "type": "CASE_STUDY", "summary": "What a council learnt.", "provenance": "ILLUSTRATIVE"}
}

func TestEditorsCreateDrafts(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	key := newKey(t, db, "Jo Editor", store.RoleEditor)
	resources := a.count(t, `SELECT count(*) FROM resource`)

	// Without a key, a write is refused and nothing changes.
	r := a.post(t, createResource, map[string]any{"input": draft("Anonymous")})
	wantCode(t, r, model.ErrorCodeUnauthenticated, "needs an editor's API key")
	if n := a.count(t, `SELECT count(*) FROM resource`); n != resources {
		t.Fatalf("an anonymous create wrote: %d resources, was %d", n, resources)
	}

	w := a.write(t, key, createResource, draft("Shared Lives: what Mockshire learnt!"))
	if len(w.UserErrors) != 0 || w.Resource == nil {
		t.Fatalf("create: %+v", w)
	}
	got := *w.Resource
	if got.Slug != "shared-lives-what-mockshire-learnt" || got.Version != 1 || got.Title != "Shared Lives: what Mockshire learnt!" || len(got.Audiences) != 0 {
		t.Errorf("created %+v", got)
	}
	// A second resource of the same title gets the next free slug.
	if w2 := a.write(t, key, createResource, draft("Shared Lives: what Mockshire learnt!")); w2.Resource == nil || w2.Resource.Slug != got.Slug+"-2" {
		t.Errorf("the same title again: %+v", w2)
	}

	// The public sees no draft, on any path.
	var public struct {
		Resource *struct{ Slug string }
		Node     *struct{ ID string }
	}
	a.query(t, `query($slug: String!, $id: ID!) { resource(slug: $slug) { slug } node(id: $id) { id } }`,
		map[string]any{"slug": got.Slug, "id": got.ID}, &public)
	if public.Resource != nil || public.Node != nil {
		t.Errorf("a draft is visible anonymously: %+v", public)
	}
	var total struct{ Resources struct{ TotalCount int } }
	a.query(t, `{ resources { totalCount } }`, nil, &total)
	if published := a.count(t, `SELECT count(*) FROM published_resource`); total.Resources.TotalCount != published {
		t.Errorf("the public count is %d, published resources %d", total.Resources.TotalCount, published)
	}

	// The audit log says who made it, and what.
	var entry struct {
		KeyName string          `db:"key_name"`
		Action  string          `db:"action"`
		After   json.RawMessage `db:"after"`
	}
	if err := db.Get(&entry, `SELECT key_name, action, after FROM audit_log WHERE record_type = 'resource' ORDER BY id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	if entry.KeyName != "Jo Editor" || entry.Action != "create" || !strings.Contains(string(entry.After), `"slug": "`+got.Slug+`"`) {
		t.Errorf("audit entry %+v %s", entry, entry.After)
	}
}

func TestRetriedCreateMakesOneRecord(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	key := newKey(t, db, "Jo Editor", store.RoleEditor)
	input := draft("Retried")
	input["idempotencyKey"] = "create-retried-1"
	// Sent twice at once, as a client that retries after a timeout may.
	var wg sync.WaitGroup
	slugs := make([]string, 2)
	for i := range slugs {
		wg.Go(func() {
			req := backgroundRequest(createResource, map[string]any{"input": input}, "Authorization", "Bearer "+key)
			w := httptest.NewRecorder()
			a.h.ServeHTTP(w, req)
			var env struct {
				Data struct{ CreateResource written }
			}
			if json.Unmarshal(w.Body.Bytes(), &env) == nil && env.Data.CreateResource.Resource != nil {
				slugs[i] = env.Data.CreateResource.Resource.Slug
			}
		})
	}
	wg.Wait()
	if slugs[0] == "" || slugs[0] != slugs[1] {
		t.Errorf("two sends of one create answered %q", slugs)
	}
	if n := a.count(t, `SELECT count(*) FROM resource WHERE title = 'Retried'`); n != 1 {
		t.Errorf("%d resources made", n)
	}
	// Another key's create with the same idempotency key is its own.
	other := newKey(t, db, "Sam Editor", store.RoleEditor)
	if w := a.write(t, other, createResource, input); w.Resource == nil || w.Resource.Slug == slugs[0] {
		t.Errorf("another key's create: %+v", w)
	}
}

func TestWriteInputsAreChecked(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	key := newKey(t, db, "Jo Editor", store.RoleEditor)
	var taken, source string
	if err := db.Get(&taken, `SELECT slug FROM resource ORDER BY id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	var sourceID int64
	if err := db.Get(&sourceID, `SELECT id FROM source ORDER BY id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	source = base64.RawURLEncoding.EncodeToString([]byte("Source:" + strconv.FormatInt(sourceID, 10)))
	before := a.count(t, `SELECT count(*) FROM resource`) + a.count(t, `SELECT count(*) FROM audit_log`)
	with := func(changes map[string]any) map[string]any {
		in := draft("Checked")
		for k, v := range changes {
			in[k] = v
		}
		return in
	}
	a.wantRefusedInputs(t, key, createResource, []refusedInput{
		{"blank title", with(map[string]any{"title": "   "}), "title", model.UserErrorCodeRequired},
		{"long title", with(map[string]any{"title": strings.Repeat("é", 301)}), "title", model.UserErrorCodeTooLong},
		{"blank summary", with(map[string]any{"summary": ""}), "summary", model.UserErrorCodeRequired},
		{"huge body", with(map[string]any{"body": strings.Repeat("x", 100_001)}), "body", model.UserErrorCodeTooLong},
		{"slug with capitals", with(map[string]any{"slug": "Shared-Lives"}), "slug", model.UserErrorCodeInvalidFormat},
		{"slug with SQL", with(map[string]any{"slug": "a'; DROP TABLE resource; --"}), "slug", model.UserErrorCodeInvalidFormat},
		{"taken slug", with(map[string]any{"slug": taken}), "slug", model.UserErrorCodeTaken},
		{"plain http", with(map[string]any{"externalUrl": "http://example.org/a"}), "externalUrl", model.UserErrorCodeInvalidFormat},
		{"script url", with(map[string]any{"externalUrl": "javascript:alert(1)"}), "externalUrl", model.UserErrorCodeInvalidFormat},
		{"verified without a source", with(map[string]any{"provenance": "VERIFIED_PUBLIC"}), "sourceId", model.UserErrorCodeRequired},
		{"inferred without a note", with(map[string]any{"provenance": "INFERRED", "sourceId": source}), "provenanceNote", model.UserErrorCodeRequired},
		{"a project's ID as the source", with(map[string]any{"provenance": "VERIFIED_PUBLIC", "sourceId": resourceID(1)}), "sourceId", model.UserErrorCodeInvalidFormat},
		{"garbage ID", with(map[string]any{"provenance": "VERIFIED_PUBLIC", "sourceId": "%%%"}), "sourceId", model.UserErrorCodeInvalidFormat},
		{"no such source", with(map[string]any{"provenance": "VERIFIED_PUBLIC", "sourceId": base64.RawURLEncoding.EncodeToString([]byte("Source:999999"))}), "sourceId", model.UserErrorCodeNotFound},
		{"empty idempotency key", with(map[string]any{"idempotencyKey": ""}), "idempotencyKey", model.UserErrorCodeInvalidFormat},
		{"blank idempotency key", with(map[string]any{"idempotencyKey": "   "}), "idempotencyKey", model.UserErrorCodeInvalidFormat},
		{"NUL in the title", with(map[string]any{"title": "a\x00b"}), "title", model.UserErrorCodeInvalidFormat},
		{"NUL in the body", with(map[string]any{"body": "a\x00b"}), "body", model.UserErrorCodeInvalidFormat},
		{"escape codes in the summary", with(map[string]any{"summary": "\x1b[31mred"}), "summary", model.UserErrorCodeInvalidFormat},
		{"an invisible title", with(map[string]any{"title": "\u200b"}), "title", model.UserErrorCodeInvalidFormat},
	})
	if after := a.count(t, `SELECT count(*) FROM resource`) + a.count(t, `SELECT count(*) FROM audit_log`); after != before {
		t.Errorf("refused creates left %d rows behind", after-before)
	}
	// A verified resource with its source is fine.
	if w := a.write(t, key, createResource, with(map[string]any{"provenance": "VERIFIED_PUBLIC", "sourceId": source})); len(w.UserErrors) != 0 {
		t.Errorf("a verified resource with a source: %+v", w.UserErrors)
	}
}

func TestUpdatesNeverLoseAnEdit(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	jo := newKey(t, db, "Jo Editor", store.RoleEditor)
	sam := newKey(t, db, "Sam Editor", store.RoleEditor)
	in := draft("Before")
	in["body"], in["externalUrl"] = "Some *text*.", "https://www.scie.org.uk/a"
	created := a.write(t, jo, createResource, in).Resource
	var id int64
	if err := db.Get(&id, `SELECT id FROM resource WHERE slug = $1`, created.Slug); err != nil {
		t.Fatal(err)
	}

	// Only what is sent changes; null clears.
	w := a.write(t, jo, updateResource, map[string]any{"id": created.ID, "version": 1, "title": "After", "body": nil})
	if len(w.UserErrors) != 0 || w.Resource.Title != "After" || w.Resource.Body != nil || w.Resource.Version != 2 ||
		w.Resource.Summary != in["summary"] || w.Resource.ExternalURL == nil || w.Resource.Slug != created.Slug {
		t.Fatalf("update: %+v %+v", w.UserErrors, w.Resource)
	}
	// Sam read version 1 too; the stale update is refused and changes
	// nothing.
	stale := a.write(t, sam, updateResource, map[string]any{"id": created.ID, "version": 1, "title": "Sam's title"})
	if stale.Resource != nil || len(stale.UserErrors) != 1 || stale.UserErrors[0].Code != model.UserErrorCodeConflict ||
		!strings.Contains(stale.UserErrors[0].Message, "version 2 now") {
		t.Errorf("a stale update: %+v", stale)
	}
	var title string
	if err := db.Get(&title, `SELECT title FROM resource WHERE id = $1`, id); err != nil || title != "After" {
		t.Errorf("after the refused update the title is %q", title)
	}
	// The log holds the change with the values before and after.
	var change struct {
		KeyName string          `db:"key_name"`
		Before  json.RawMessage `db:"before"`
		After   json.RawMessage `db:"after"`
	}
	if err := db.Get(&change, `SELECT key_name, before, after FROM audit_log WHERE action = 'update' AND record_id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if change.KeyName != "Jo Editor" || !strings.Contains(string(change.Before), `"title": "Before"`) || !strings.Contains(string(change.After), `"title": "After"`) {
		t.Errorf("audit of the update: %+v", change)
	}
	a.wantRefusedInputs(t, jo, updateResource, []refusedInput{
		{"unknown resource", map[string]any{"id": resourceID(99_999_999), "version": 1, "title": "x"}, "id", model.UserErrorCodeNotFound},
		{"not a resource's ID", map[string]any{"id": base64.RawURLEncoding.EncodeToString([]byte("Project:1")), "version": 1}, "id", model.UserErrorCodeInvalidFormat},
		{"null title", map[string]any{"id": created.ID, "version": 2, "title": nil}, "title", model.UserErrorCodeRequired},
		{"null slug", map[string]any{"id": created.ID, "version": 2, "slug": nil}, "slug", model.UserErrorCodeRequired},
		{"bad url", map[string]any{"id": created.ID, "version": 2, "externalUrl": "ftp://x"}, "externalUrl", model.UserErrorCodeInvalidFormat},
		{"nothing to change", map[string]any{"id": created.ID, "version": 2}, "", model.UserErrorCodeInvalidValue},
		{"NUL in the title", map[string]any{"id": created.ID, "version": 2, "title": "x\x00"}, "title", model.UserErrorCodeInvalidFormat},
	})
	if n := a.count(t, `SELECT version FROM resource WHERE id = $1`, id); n != 2 {
		t.Errorf("refused updates moved the version to %d", n)
	}
	// An edit made with SQL moves the version too, so an update based on
	// what was read before it is refused rather than overwriting it.
	if _, err := db.Exec(`UPDATE resource SET summary = 'Fixed by hand.' WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if w := a.write(t, jo, updateResource, map[string]any{"id": created.ID, "version": 2, "summary": "Jo's summary"}); len(w.UserErrors) == 0 || w.UserErrors[0].Code != model.UserErrorCodeConflict {
		t.Errorf("an update based on the version before a hand edit: %+v", w)
	}
	r := a.post(t, updateResource, map[string]any{"input": map[string]any{"id": created.ID, "version": 2, "title": "x"}})
	wantCode(t, r, model.ErrorCodeUnauthenticated)
}

func TestDraftsAnswerEveryField(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	key := newKey(t, db, "Jo Editor", store.RoleEditor)
	in := draft("Twice at once")
	in["audiences"] = []string{"PUBLIC", "PUBLIC", "RESEARCHERS"}
	// Created twice at once with one title: two slugs, no errors.
	var wg sync.WaitGroup
	payloads := make([]string, 2)
	for i := range payloads {
		wg.Go(func() {
			req := backgroundRequest(`mutation($input: CreateResourceInput!) {
				createResource(input: $input) {
					resource { slug audiences publishedOn publishedWithin { from to } revisedOn bodyHtml accessibility { formats }
						publisher { name } authors { slug } topics { slug } projects { totalCount } events { totalCount } source { title } }
					userErrors { field message code }
				}
			}`, map[string]any{"input": in}, "Authorization", "Bearer "+key)
			w := httptest.NewRecorder()
			a.h.ServeHTTP(w, req)
			payloads[i] = w.Body.String()
		})
	}
	wg.Wait()
	var slugs []string
	for _, p := range payloads {
		var env struct {
			Errors []any
			Data   struct {
				CreateResource struct {
					Resource *struct {
						Slug            string
						Audiences       []string
						PublishedWithin *struct{ From string }
					}
					UserErrors []any
				}
			}
		}
		if err := json.Unmarshal([]byte(p), &env); err != nil || len(env.Errors) > 0 || env.Data.CreateResource.Resource == nil || len(env.Data.CreateResource.UserErrors) > 0 {
			t.Fatalf("a create: %s", p)
		}
		got := env.Data.CreateResource.Resource
		if strings.Join(got.Audiences, ",") != "PUBLIC,RESEARCHERS" || got.PublishedWithin != nil {
			t.Errorf("a draft's audiences %q (want each once) and publishedWithin %+v (want null)", got.Audiences, got.PublishedWithin)
		}
		slugs = append(slugs, got.Slug)
	}
	if slugs[0] == slugs[1] {
		t.Errorf("two creates at once share the slug %q", slugs[0])
	}
}

func TestAuditLogIsForAdmins(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	jo := newKey(t, db, "Jo Editor", store.RoleEditor)
	boss := newKey(t, db, "Ada Admin", store.RoleAdmin)
	first := a.write(t, jo, createResource, draft("First")).Resource
	a.write(t, jo, createResource, draft("Second"))
	a.write(t, jo, updateResource, map[string]any{"id": first.ID, "version": 1, "title": "First, retitled"})

	const q = `query($first: Int, $after: String, $filter: AuditLogFilter) {
	  auditLog(first: $first, after: $after, filter: $filter) {
	    nodes { at keyName action record before after }
	    pageInfo { hasNextPage endCursor }
	  }
	}`
	wantCode(t, a.post(t, q, nil), model.ErrorCodeUnauthenticated, "admin's API key")
	wantCode(t, a.post(t, q, nil, "Authorization", "Bearer "+jo), model.ErrorCodeForbidden)

	type page struct {
		AuditLog struct {
			Nodes []struct {
				At, KeyName, Action, Record, After string
				Before                             *string
			}
			PageInfo struct {
				HasNextPage bool
				EndCursor   *string
			}
		}
	}
	read := func(tb testing.TB, vars map[string]any) page {
		tb.Helper()
		r := a.post(tb, q, vars, "Authorization", "Bearer "+boss)
		var p page
		if len(r.Errors) > 0 || json.Unmarshal(r.Data, &p) != nil {
			tb.Fatalf("auditLog: %s", r.Body)
		}
		return p
	}
	// Newest first, two to a page.
	p1 := read(t, map[string]any{"first": 2})
	if len(p1.AuditLog.Nodes) != 2 || !p1.AuditLog.PageInfo.HasNextPage || p1.AuditLog.Nodes[0].Action != "UPDATE" ||
		p1.AuditLog.Nodes[0].Before == nil || !strings.Contains(*p1.AuditLog.Nodes[0].Before, `"title": "First"`) ||
		!strings.Contains(p1.AuditLog.Nodes[0].After, `"title": "First, retitled"`) || p1.AuditLog.Nodes[0].KeyName != "Jo Editor" {
		t.Fatalf("the first page: %+v", p1)
	}
	p2 := read(t, map[string]any{"first": 2, "after": *p1.AuditLog.PageInfo.EndCursor})
	if len(p2.AuditLog.Nodes) != 1 || p2.AuditLog.PageInfo.HasNextPage || p2.AuditLog.Nodes[0].Action != "CREATE" || p2.AuditLog.Nodes[0].Before != nil {
		t.Errorf("the second page: %+v", p2)
	}
	// One record's history.
	mine := read(t, map[string]any{"filter": map[string]any{"record": first.ID}})
	if len(mine.AuditLog.Nodes) != 2 || mine.AuditLog.Nodes[0].Record != first.ID || mine.AuditLog.Nodes[1].Action != "CREATE" {
		t.Errorf("the first resource's entries: %+v", mine)
	}
	if none := read(t, map[string]any{"filter": map[string]any{"keyName": "Ada Admin"}}); len(none.AuditLog.Nodes) != 0 {
		t.Errorf("entries by a key that wrote nothing: %+v", none)
	}
	if none := read(t, map[string]any{"filter": map[string]any{"to": "2020-01-01T00:00:00Z"}}); len(none.AuditLog.Nodes) != 0 {
		t.Errorf("entries before 2020: %+v", none)
	}
	for name, vars := range map[string]map[string]any{
		"page of 0":         {"first": 0},
		"page of 101":       {"first": 101},
		"garbage cursor":    {"after": "not-a-cursor"},
		"another list's":    {"after": resourceID(1)},
		"garbage record ID": {"filter": map[string]any{"record": "%%%"}},
		"a project's ID":    {"filter": map[string]any{"record": base64.RawURLEncoding.EncodeToString([]byte("Project:1"))}},
	} {
		t.Run(name, func(t *testing.T) {
			wantCode(t, a.post(t, q, vars, "Authorization", "Bearer "+boss), model.ErrorCodeBadUserInput)
		})
	}
}

func TestAnEditReachesCachedAnswersWithinASecond(t *testing.T) {
	db := dbtest.New(t)
	s, _ := cachedServer(t, db)
	key := newKey(t, db, "Jo Editor", store.RoleEditor)
	var slug string
	var id int64
	if err := db.Get(&id, `SELECT id FROM published_resource ORDER BY id LIMIT 1`); err != nil {
		t.Fatal(err)
	}
	if err := db.Get(&slug, `SELECT slug FROM resource WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	page := `{ resource(slug: "` + slug + `") { title version } }`
	answer(t, s, page)
	if hit, _ := answer(t, s, page); hit.Header.Get("X-Cache") != "HIT" {
		t.Fatalf("the page was not cached: X-Cache %q", hit.Header.Get("X-Cache"))
	}
	var version int
	if err := db.Get(&version, `SELECT version FROM resource WHERE id = $1`, id); err != nil {
		t.Fatal(err)
	}
	if w := s.write(t, key, updateResource, map[string]any{"id": resourceID(id), "version": version, "title": "Retitled by an editor"}); len(w.UserErrors) > 0 {
		t.Fatalf("update: %+v", w.UserErrors)
	}
	eventually(t, time.Second, "the edit shows to anonymous readers", func() bool {
		_, now := answer(t, s, page)
		return strings.Contains(now, "Retitled by an editor")
	})
}

func TestAnEditorRestoresAnEarlierVersion(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	jo := newKey(t, db, "Jo Editor", store.RoleEditor)
	in := draft("Version one")
	in["body"], in["audiences"] = "The first text.", []string{"PUBLIC"}
	created := a.write(t, jo, createResource, in).Resource
	a.write(t, jo, updateResource, map[string]any{"id": created.ID, "version": 1, "title": "Version two", "body": nil, "audiences": []string{}})

	const restore = `mutation($input: RestoreResourceInput!) {
	  restoreResource(input: $input) { resource { title body audiences version } userErrors { field message code } }
	}`
	w := a.write(t, jo, restore, map[string]any{"id": created.ID, "version": 2, "toVersion": 1})
	if len(w.UserErrors) > 0 || w.Resource == nil || w.Resource.Title != "Version one" || w.Resource.Body == nil ||
		*w.Resource.Body != "The first text." || strings.Join(w.Resource.Audiences, ",") != "PUBLIC" || w.Resource.Version != 3 {
		t.Fatalf("restore: %+v %+v", w.UserErrors, w.Resource)
	}
	if n := a.count(t, `SELECT count(*) FROM audit_log WHERE record_id = (SELECT id FROM resource WHERE slug = $1)`, created.Slug); n != 3 {
		t.Errorf("%d audit rows for create, update and restore, want 3", n)
	}
	a.wantRefusedInputs(t, jo, restore, []refusedInput{
		{"stale", map[string]any{"id": created.ID, "version": 2, "toVersion": 1}, "version", model.UserErrorCodeConflict},
		{"a version never logged", map[string]any{"id": created.ID, "version": 3, "toVersion": 40}, "toVersion", model.UserErrorCodeNotFound},
		{"no such resource", map[string]any{"id": resourceID(99_999_999), "version": 1, "toVersion": 1}, "toVersion", model.UserErrorCodeNotFound},
		{"not a resource's ID", map[string]any{"id": "%%%", "version": 1, "toVersion": 1}, "id", model.UserErrorCodeInvalidFormat},
	})
	wantCode(t, a.post(t, restore, map[string]any{"input": map[string]any{"id": created.ID, "version": 3, "toVersion": 1}}), model.ErrorCodeUnauthenticated)
}

// refusedInput is an input a mutation must refuse with a user error of
// code on the input's field ("" for the input as a whole).
type refusedInput struct {
	name  string
	input map[string]any
	field string
	code  model.UserErrorCode
}

// wantRefusedInputs sends each input with key and checks it is refused as
// it says, with a message and no record.
func (a *api) wantRefusedInputs(t *testing.T, key, mutation string, cases []refusedInput) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			w := a.write(t, key, mutation, c.input)
			want := strings.TrimSuffix("input."+c.field, ".")
			if w.Resource != nil || len(w.UserErrors) == 0 || strings.Join(w.UserErrors[0].Field, ".") != want ||
				w.UserErrors[0].Code != c.code || w.UserErrors[0].Message == "" {
				t.Errorf("got %+v, want %s on %s", w, c.code, want)
			}
		})
	}
}

// TestEveryMutationChecksItsCaller sends every mutation of the schema, with
// an input of the right shape, as each kind of caller: without a key it is
// UNAUTHENTICATED, with a revoked key 401, and an editor's or admin's key
// gets past the check (to an answer or user errors, never a refusal). A
// mutation added without its check fails here.
func TestEveryMutationChecksItsCaller(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	keys := map[store.Role]string{
		store.RoleEditor: newKey(t, db, "An Editor", store.RoleEditor),
		store.RoleAdmin:  newKey(t, db, "An Admin", store.RoleAdmin),
	}
	revoked := newKey(t, db, "Gone", store.RoleAdmin)
	if _, err := db.RevokeAPIKey(t.Context(), "Gone"); err != nil {
		t.Fatal(err)
	}
	schema := gqlparser.MustLoadSchema(schemaSources(t)...)
	if schema.Mutation == nil || len(schema.Mutation.Fields) < 3 {
		t.Fatal("the schema has no mutations")
	}
	// Inputs that pass validation; their values need not make sense.
	inputs := map[string]map[string]any{
		"createResource":  draft("Matrix"),
		"updateResource":  {"id": resourceID(99_999_999), "version": 1, "title": "x"},
		"restoreResource": {"id": resourceID(99_999_999), "version": 1, "toVersion": 1},
		"archiveResource": {"id": resourceID(99_999_999), "version": 1},
	}
	for _, f := range schema.Mutation.Fields {
		in, ok := inputs[f.Name]
		if !ok {
			t.Errorf("mutation %s has no input in this test: add one", f.Name)
			continue
		}
		input := f.Arguments.ForName("input").Type.Name()
		q := fmt.Sprintf("mutation($input: %s!) { %s(input: $input) { userErrors { code } } }", input, f.Name)
		vars := map[string]any{"input": in}
		t.Run(f.Name, func(t *testing.T) {
			wantCode(t, a.post(t, q, vars), model.ErrorCodeUnauthenticated)
			if r := a.post(t, q, vars, "Authorization", "Bearer "+revoked); r.Status != http.StatusUnauthorized {
				t.Errorf("with a revoked key: %d %s", r.Status, r.Body)
			}
			for role, key := range keys {
				if r := a.post(t, q, vars, "Authorization", "Bearer "+key); len(r.Errors) > 0 {
					t.Errorf("as %s: %s", role, r.Body)
				}
			}
		})
	}
}

func TestArchivingWithdrawsAResourceFromThePublic(t *testing.T) {
	db := dbtest.New(t)
	a := newAPI(t, db)
	jo := newKey(t, db, "Jo Editor", store.RoleEditor)
	var id int64
	var slug string
	var version int
	if err := db.QueryRow(`SELECT id, slug, version FROM published_resource ORDER BY id LIMIT 1`).Scan(&id, &slug, &version); err != nil {
		t.Fatal(err)
	}
	published := a.count(t, `SELECT count(*) FROM published_resource`)
	const archive = `mutation($input: ArchiveResourceInput!) {
	  archiveResource(input: $input) { resource { slug status version } userErrors { field message code } }
	}`
	r := a.post(t, archive, map[string]any{"input": map[string]any{"id": resourceID(id), "version": version}}, "Authorization", "Bearer "+jo)
	var out struct {
		ArchiveResource struct {
			Resource struct {
				Slug, Status string
				Version      int
			}
			UserErrors []any
		}
	}
	if len(r.Errors) > 0 || json.Unmarshal(r.Data, &out) != nil || len(out.ArchiveResource.UserErrors) > 0 ||
		out.ArchiveResource.Resource.Status != "ARCHIVED" || out.ArchiveResource.Resource.Version != version+1 {
		t.Fatalf("archive: %s", r.Body)
	}
	var public struct {
		Resource  *struct{ Slug string }
		Resources struct{ TotalCount int }
	}
	a.query(t, `query($slug: String!) { resource(slug: $slug) { slug } resources { totalCount } }`, map[string]any{"slug": slug}, &public)
	if public.Resource != nil || public.Resources.TotalCount != published-1 {
		t.Errorf("after archiving: %+v, want no resource and %d in the count", public, published-1)
	}
	// The public sees PUBLISHED only.
	var statuses struct {
		Resources struct{ Nodes []struct{ Status string } }
	}
	a.query(t, `{ resources(first: 100) { nodes { status } } }`, nil, &statuses)
	for _, n := range statuses.Resources.Nodes {
		if n.Status != "PUBLISHED" {
			t.Errorf("the public sees a resource %s", n.Status)
		}
	}
	a.wantRefusedInputs(t, jo, archive, []refusedInput{
		{"stale", map[string]any{"id": resourceID(id), "version": version}, "version", model.UserErrorCodeConflict},
		{"no such resource", map[string]any{"id": resourceID(99_999_999), "version": 1}, "id", model.UserErrorCodeNotFound},
	})
}
