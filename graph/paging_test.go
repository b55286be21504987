package graph_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"learningapi/dbtest"
)

type page struct {
	TotalCount int
	PageInfo   struct {
		HasNextPage, HasPreviousPage bool
		StartCursor, EndCursor       *string
	}
	Edges []struct {
		Cursor string
		Node   struct{ Slug string }
	}
}

func (p page) slugs() []string {
	out := make([]string, len(p.Edges))
	for i, e := range p.Edges {
		out[i] = e.Node.Slug
	}
	return out
}

const pageFields = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { slug } }`

// TestPagingForwardsAndBackwardsCoversTheList walks each top-level list in
// pages of 7, forwards with first/after and backwards with last/before,
// and checks both walks give the same list as one big page, with the
// pageInfo flags right at each boundary.
func TestPagingForwardsAndBackwardsCoversTheList(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.New(t))
	for _, list := range []struct{ field, args string }{
		{"projects", ""},
		{"projects", `orderBy: {field: STARTS_ON, direction: DESC}`},
		{"resources", ""},
		{"resources", `orderBy: {field: TITLE, direction: ASC}, filter: {types: [CASE_STUDY, GUIDE]}`},
		{"events", ""},
		{"events", `orderBy: {field: UPDATED_AT, direction: DESC}`},
		{"eventSeriesList", ""},
		{"organisations", ""},
		{"localAuthorities", ""},
	} {
		t.Run(list.field+" "+list.args, func(t *testing.T) {
			// The reference: the whole list in pages of 100.
			all := a.fetchPage(t, list.field, list.args, "first: 100")
			for p := all; p.PageInfo.HasNextPage; {
				p = a.fetchPage(t, list.field, list.args, fmt.Sprintf("first: 100, after: %q", *p.PageInfo.EndCursor))
				all.Edges = append(all.Edges, p.Edges...)
			}
			if all.TotalCount != len(all.Edges) || all.TotalCount < 10 {
				t.Fatalf("reference: totalCount %d, %d edges", all.TotalCount, len(all.Edges))
			}
			want := all.slugs()

			var forwards []string
			after := ""
			for i := 0; ; i++ {
				args := "first: 7"
				if after != "" {
					args += fmt.Sprintf(", after: %q", after)
				}
				p := a.fetchPage(t, list.field, list.args, args)
				if p.TotalCount != all.TotalCount {
					t.Fatalf("totalCount %d on a page, %d overall", p.TotalCount, all.TotalCount)
				}
				if p.PageInfo.HasPreviousPage != (i > 0) {
					t.Fatalf("page %d: hasPreviousPage = %v", i, p.PageInfo.HasPreviousPage)
				}
				forwards = append(forwards, p.slugs()...)
				if !p.PageInfo.HasNextPage {
					break
				}
				after = *p.PageInfo.EndCursor
			}
			if !slices.Equal(forwards, want) {
				t.Fatalf("forward walk differs from one page:\n got %v\nwant %v", forwards, want)
			}

			var backwards []string
			before := ""
			for i := 0; ; i++ {
				args := "last: 7"
				if before != "" {
					args += fmt.Sprintf(", before: %q", before)
				}
				p := a.fetchPage(t, list.field, list.args, args)
				if p.PageInfo.HasNextPage != (i > 0) {
					t.Fatalf("backward page %d: hasNextPage = %v", i, p.PageInfo.HasNextPage)
				}
				backwards = append(p.slugs(), backwards...)
				if !p.PageInfo.HasPreviousPage {
					break
				}
				before = *p.PageInfo.StartCursor
			}
			if !slices.Equal(backwards, want) {
				t.Fatalf("backward walk differs from one page:\n got %v\nwant %v", backwards, want)
			}

			// Both cursors at once select the rows strictly between them.
			mid := a.fetchPage(t, list.field, list.args,
				fmt.Sprintf("first: 100, after: %q, before: %q", all.Edges[2].Cursor, all.Edges[7].Cursor))
			if !slices.Equal(mid.slugs(), want[3:7]) {
				t.Fatalf("between cursors: got %v, want %v", mid.slugs(), want[3:7])
			}
		})
	}
}

// TestCursorsAreStableWhenRowsAreInserted checks keyset paging: a row
// added before the cursor's position does not shift the next page.
func TestCursorsAreStableWhenRowsAreInserted(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.New(t))
	first := a.fetchPage(t, "projects", "", "first: 5")
	want := a.fetchPage(t, "projects", "", fmt.Sprintf("first: 5, after: %q", *first.PageInfo.EndCursor)).slugs()

	_, err := a.db.ExecContext(context.Background(), `
		INSERT INTO project (slug, title, summary, consortium_id, status, provenance, target_groups)
		SELECT 'aaa-inserted-while-paging', 'AAA inserted while paging', 'Illustrative test record.', c.id, 'PUBLISHED', 'ILLUSTRATIVE', '{}'
		FROM consortium c WHERE c.provenance = 'ILLUSTRATIVE' ORDER BY c.id LIMIT 1`)
	if err != nil {
		t.Fatal(err)
	}
	if got := a.fetchPage(t, "projects", "", "first: 5").slugs(); got[0] != "aaa-inserted-while-paging" {
		t.Fatalf("the new project should now open the list, got %v", got)
	}
	got := a.fetchPage(t, "projects", "", fmt.Sprintf("first: 5, after: %q", *first.PageInfo.EndCursor)).slugs()
	if !slices.Equal(got, want) {
		t.Fatalf("page after the old cursor moved: got %v, want %v", got, want)
	}
}

// TestNestedConnectionsPagePerParent pages a project's resources and a
// conference's workshops, and checks that the same arguments under many
// parents give each parent its own page.
func TestNestedConnectionsPagePerParent(t *testing.T) {
	t.Parallel()
	a := newAPI(t, dbtest.New(t))
	var out struct {
		Projects struct {
			Nodes []struct {
				Slug      string
				Resources page
			}
		}
	}
	a.query(t, `{ projects(first: 100) { nodes { slug resources(first: 2, orderBy: {field: TITLE, direction: ASC}) { `+pageFields+` } } } }`, nil, &out)
	checked := 0
	for _, p := range out.Projects.Nodes {
		var want []string
		if err := a.db.Select(&want, `
			SELECT r.slug FROM published_resource r JOIN resource_project rp ON rp.resource_id = r.id
			JOIN published_project p ON p.id = rp.project_id WHERE p.slug = $1 ORDER BY r.title, r.id`, p.Slug); err != nil {
			t.Fatal(err)
		}
		if p.Resources.TotalCount != len(want) {
			t.Fatalf("%s: totalCount %d, want %d", p.Slug, p.Resources.TotalCount, len(want))
		}
		if !slices.Equal(p.Resources.slugs(), want[:min(2, len(want))]) {
			t.Fatalf("%s: first page %v, want %v", p.Slug, p.Resources.slugs(), want[:min(2, len(want))])
		}
		if p.Resources.PageInfo.HasNextPage != (len(want) > 2) {
			t.Fatalf("%s: hasNextPage %v with %d resources", p.Slug, p.Resources.PageInfo.HasNextPage, len(want))
		}
		if len(want) <= 2 {
			continue
		}
		// Follow the project's own cursor to its next page.
		var next struct{ Project struct{ Resources page } }
		a.query(t, `query($slug: String!, $after: String) { project(slug: $slug) { resources(first: 2, after: $after, orderBy: {field: TITLE, direction: ASC}) { `+pageFields+` } } }`,
			map[string]any{"slug": p.Slug, "after": *p.Resources.PageInfo.EndCursor}, &next)
		if !slices.Equal(next.Project.Resources.slugs(), want[2:min(4, len(want))]) {
			t.Fatalf("%s: second page %v, want %v", p.Slug, next.Project.Resources.slugs(), want[2:min(4, len(want))])
		}
		checked++
	}
	if checked < 10 {
		t.Fatalf("only %d projects had a second page of resources; the test proves too little", checked)
	}
}

func (a *api) fetchPage(t testing.TB, field, listArgs, pageArgs string) page {
	t.Helper()
	args := pageArgs
	if listArgs != "" {
		args = listArgs + ", " + pageArgs
	}
	var out map[string]page
	a.query(t, fmt.Sprintf(`{ %s(%s) { %s } }`, field, args, pageFields), nil, &out)
	return out[field]
}
