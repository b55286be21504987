package graph_test

import (
	"bufio"
	"encoding/json"
	"strings"
	"testing"

	"learningapi/dbtest"
)

// TestStatementCountDoesNotGrowWithPageSize proves there is no N+1: a page
// of 100 projects, each with its lead organisation, themes, regions and
// first three resources, costs the same number of SQL statements as a
// page of one.
//
// Dataloaders batch by time: the keys that arrive within the batch window
// share one statement. The test widens the window to 100 ms so that what
// it checks is the batching design (one statement per relation per
// level), not how busy the machine running the tests happens to be.
func TestStatementCountDoesNotGrowWithPageSize(t *testing.T) {
	a := newAPI(t, dbtest.NewScaled(t, 2))
	const q = `query($n: Int!) {
	  projects(first: $n) {
	    nodes {
	      title
	      leadOrganisation { name kind }
	      themes { name }
	      regions { name code }
	      resources(first: 3) { nodes { title type } }
	    }
	  }
	}`
	counts := map[int]int64{}
	for _, n := range []int{1, 10, 100} {
		before := len(a.requestLogs())
		var out struct {
			Projects struct {
				Nodes []struct {
					Themes    []any
					Regions   []any
					Resources struct{ Nodes []any }
				}
			}
		}
		a.query(q, map[string]any{"n": n}, &out)
		if got := len(out.Projects.Nodes); got != n {
			t.Fatalf("asked for %d projects, got %d (not enough sample data?)", n, got)
		}
		if n == 100 {
			withThemes, withResources := 0, 0
			for _, p := range out.Projects.Nodes {
				if len(p.Themes) > 0 {
					withThemes++
				}
				if len(p.Resources.Nodes) > 0 {
					withResources++
				}
			}
			if withThemes < 50 || withResources < 50 {
				t.Fatalf("the page is too thin to prove anything: %d with themes, %d with resources", withThemes, withResources)
			}
		}
		logs := a.requestLogs()
		if len(logs) != before+1 {
			t.Fatalf("expected one request log line, got %d", len(logs)-before)
		}
		counts[n] = logs[len(logs)-1].SQLStatements
	}
	t.Logf("SQL statements per request: page of 1: %d, of 10: %d, of 100: %d", counts[1], counts[10], counts[100])
	if counts[1] == 0 || counts[100] != counts[1] || counts[10] != counts[1] {
		t.Fatalf("statement count grows with page size: %v", counts)
	}
}

// requestLog is the request log line the handler writes.
type requestLog struct {
	Msg           string `json:"msg"`
	RequestID     string `json:"request_id"`
	Status        int    `json:"status"`
	SQLStatements int64  `json:"sql_statements"`
}

func (a *api) requestLogs() []requestLog { return parseRequestLogs(a.logs.String()) }

// parseRequestLogs reads the request lines of a handler's log.
func parseRequestLogs(logs string) []requestLog {
	var out []requestLog
	sc := bufio.NewScanner(strings.NewReader(logs))
	for sc.Scan() {
		var l requestLog
		if json.Unmarshal(sc.Bytes(), &l) == nil && l.Msg == "request" {
			out = append(out, l)
		}
	}
	return out
}
