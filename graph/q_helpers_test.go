package graph_test

// Helpers shared by the q_*_test.go files: a fresh API per test, ground
// truth read straight from SQL, paging through whole connections, and set
// and order comparisons that print what differs.
//
// Every identifier here starts with q so that it cannot clash with the
// helpers of other test files in the package.

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/lib/pq"

	"learningapi/dbtest"
	"learningapi/graph"
	"learningapi/graph/model"
)

// qAPI returns an API over a fresh copy of the sample data, with the
// server's default limits.
func qAPI(t *testing.T) *api {
	t.Helper()
	return newAPI(t, dbtest.New(t))
}

// qBigAPI returns an API over a fresh copy of the sample data whose cost,
// depth and alias limits are raised, for tests that read whole relations
// in one query (the limits have their own tests).
func qBigAPI(t *testing.T) *api {
	t.Helper()
	return newAPIWith(t, dbtest.New(t), func(c *graph.HandlerConfig) {
		c.Limits.MaxCost = 50_000_000
		c.Limits.MaxDepth = 30
		c.Limits.MaxAliases = 500
		c.Limits.MaxQueryBytes = 200_000
	})
}

// qFor returns a copy of a whose failures are reported to t, for use in
// subtests (a subtest must not call FailNow on its parent).
func qFor(a *api, t *testing.T) *api {
	c := *a
	c.t = t
	return &c
}

// qGID builds a global ID the way the API documents internally: unpadded
// URL-safe base64 of "Type:id".
func qGID(typeName string, id int64) string {
	return base64.RawURLEncoding.EncodeToString([]byte(typeName + ":" + strconv.FormatInt(id, 10)))
}

// qArr passes a list of strings to SQL as one array parameter.
func qArr(s ...string) any { return pq.StringArray(s) }

// qStrings runs a ground-truth query returning one text column.
func qStrings(a *api, query string, args ...any) []string {
	a.t.Helper()
	var out []string
	if err := a.db.Select(&out, query, args...); err != nil {
		a.t.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	if out == nil {
		out = []string{}
	}
	return out
}

// qString runs a ground-truth query returning one text value.
func qString(a *api, query string, args ...any) string {
	a.t.Helper()
	var out string
	if err := a.db.Get(&out, query, args...); err != nil {
		a.t.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	return out
}

// qInt runs a ground-truth query returning one integer.
func qInt(a *api, query string, args ...any) int64 {
	a.t.Helper()
	var out int64
	if err := a.db.Get(&out, query, args...); err != nil {
		a.t.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	return out
}

// qExec changes the test's own database.
func qExec(a *api, query string, args ...any) {
	a.t.Helper()
	if _, err := a.db.Exec(query, args...); err != nil {
		a.t.Fatalf("exec failed: %v\n%s", err, query)
	}
}

// qPairs runs a ground-truth query returning two text columns, joined as
// "a|b", for comparing the edges of a relation.
func qPairs(a *api, query string, args ...any) []string {
	a.t.Helper()
	var rows []struct {
		A string `db:"a"`
		B string `db:"b"`
	}
	if err := a.db.Select(&rows, query, args...); err != nil {
		a.t.Fatalf("ground truth query failed: %v\n%s", err, query)
	}
	out := make([]string, 0, len(rows))
	for _, r := range rows {
		out = append(out, r.A+"|"+r.B)
	}
	return out
}

// qRaw runs a query (failing the test on errors) and returns data as JSON.
func qRaw(a *api, query string, vars map[string]any) json.RawMessage {
	a.t.Helper()
	var raw json.RawMessage
	a.query(query, vars, &raw)
	return raw
}

// qAt follows a dot-separated path of object keys into a JSON document.
func qAt(t testing.TB, raw json.RawMessage, path string) json.RawMessage {
	t.Helper()
	cur := raw
	if path == "" {
		return cur
	}
	for _, key := range strings.Split(path, ".") {
		var obj map[string]json.RawMessage
		if err := json.Unmarshal(cur, &obj); err != nil || obj == nil {
			t.Fatalf("path %q: %q is not inside an object: %s", path, key, qTrim(cur))
		}
		next, ok := obj[key]
		if !ok {
			t.Fatalf("path %q: no key %q in %s", path, key, qTrim(cur))
		}
		cur = next
	}
	return cur
}

func qTrim(raw json.RawMessage) string {
	s := string(raw)
	if len(s) > 600 {
		s = s[:600] + "..."
	}
	return s
}

// qConn is a decoded connection page.
type qConn struct {
	TotalCount *int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage     bool    `json:"hasNextPage"`
		HasPreviousPage bool    `json:"hasPreviousPage"`
		StartCursor     *string `json:"startCursor"`
		EndCursor       *string `json:"endCursor"`
	} `json:"pageInfo"`
	Nodes []map[string]any `json:"nodes"`
}

// qPageAll pages through the connection at path in query until its end
// and returns every node and the totalCount. The query must declare
// $after: String (forwards) or $before: String (backward, with last:) and
// select totalCount, pageInfo { hasNextPage hasPreviousPage startCursor
// endCursor } and nodes. It checks that totalCount is the same on every
// page and equals the number of nodes seen.
func qPageAll(a *api, query string, vars map[string]any, path string, backward bool) ([]map[string]any, int) {
	a.t.Helper()
	v := map[string]any{}
	for k, x := range vars {
		v[k] = x
	}
	var all []map[string]any
	total := -1
	for page := 0; ; page++ {
		if page > 500 {
			a.t.Fatalf("%s: more than 500 pages; paging does not end", path)
		}
		raw := qRaw(a, query, v)
		var c qConn
		if err := json.Unmarshal(qAt(a.t, raw, path), &c); err != nil {
			a.t.Fatalf("%s: decoding connection: %v", path, err)
		}
		if c.TotalCount == nil {
			a.t.Fatalf("%s: the query must select totalCount", path)
		}
		if total >= 0 && *c.TotalCount != total {
			a.t.Errorf("%s: totalCount changed between pages: %d then %d", path, total, *c.TotalCount)
		}
		total = *c.TotalCount
		if backward {
			all = append(slices.Clone(c.Nodes), all...)
			if !c.PageInfo.HasPreviousPage {
				break
			}
			if len(c.Nodes) == 0 || c.PageInfo.StartCursor == nil {
				a.t.Fatalf("%s: hasPreviousPage with an empty page or no startCursor", path)
			}
			v["before"] = *c.PageInfo.StartCursor
		} else {
			all = append(all, c.Nodes...)
			if !c.PageInfo.HasNextPage {
				break
			}
			if len(c.Nodes) == 0 || c.PageInfo.EndCursor == nil {
				a.t.Fatalf("%s: hasNextPage with an empty page or no endCursor", path)
			}
			v["after"] = *c.PageInfo.EndCursor
		}
	}
	if len(all) != total {
		a.t.Errorf("%s: paging through returned %d nodes but totalCount is %d", path, len(all), total)
	}
	return all, total
}

// qSlugsOf pages through a connection and returns the values of one field
// of its nodes (usually slug), in order.
func qSlugsOf(a *api, query string, vars map[string]any, path, field string) ([]string, int) {
	a.t.Helper()
	nodes, total := qPageAll(a, query, vars, path, false)
	return qField(a.t, nodes, field), total
}

// qField picks one string field from decoded nodes.
func qField(t testing.TB, nodes []map[string]any, field string) []string {
	t.Helper()
	out := make([]string, 0, len(nodes))
	for _, n := range nodes {
		s, ok := n[field].(string)
		if !ok {
			t.Fatalf("node has no string %q: %v", field, n)
		}
		out = append(out, s)
	}
	return out
}

// qSameSet reports the difference between two sets of strings.
func qSameSet(t *testing.T, what string, got, want []string) bool {
	t.Helper()
	g, w := qCount(got), qCount(want)
	var missing, extra []string
	for k, n := range w {
		if g[k] < n {
			missing = append(missing, k)
		}
	}
	for k, n := range g {
		if w[k] < n {
			extra = append(extra, k)
		}
	}
	if len(missing) == 0 && len(extra) == 0 {
		return true
	}
	sort.Strings(missing)
	sort.Strings(extra)
	t.Errorf("%s: got %d, want %d\n  missing (in ground truth, not in API): %v\n  extra (in API, not in ground truth): %v",
		what, len(got), len(want), qShort(missing), qShort(extra))
	return false
}

// qShort keeps a printed list readable.
func qShort(s []string) string {
	if len(s) > 12 {
		return fmt.Sprintf("%v ... (%d in all)", s[:12], len(s))
	}
	return fmt.Sprint(s)
}

func qCount(s []string) map[string]int {
	m := make(map[string]int, len(s))
	for _, x := range s {
		m[x]++
	}
	return m
}

// qSameList reports where two ordered lists first differ.
func qSameList(t *testing.T, what string, got, want []string) bool {
	t.Helper()
	if slices.Equal(got, want) {
		return true
	}
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	lo, hi := max(0, i-2), i+3
	t.Errorf("%s: lists differ at position %d (got %d items, want %d)\n  got  [%d:]: %v\n  want [%d:]: %v",
		what, i, len(got), len(want), lo, qWindow(got, lo, hi), lo, qWindow(want, lo, hi))
	return false
}

func qWindow(s []string, lo, hi int) []string {
	if lo > len(s) {
		return nil
	}
	return s[lo:min(hi, len(s))]
}

// qErrCode runs a query that must fail and returns the first error's code
// and message.
func qErrCode(a *api, query string, vars map[string]any) (model.ErrorCode, string) {
	a.t.Helper()
	errs, _ := a.queryErrors(query, vars)
	return errs[0].code(), errs[0].Message
}

// qJSON renders a value for messages.
func qJSON(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}

// qStr dereferences a decoded optional string for messages.
func qStr(p *string) string {
	if p == nil {
		return "<null>"
	}
	return fmt.Sprintf("%q", *p)
}
