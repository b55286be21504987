package main

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"learningapi/dbtest"
)

// TestPlaygroundInARealBrowser opens the playground served by the real
// binary over real PostgreSQL in headless Chromium. Each subtest has a
// browser context of its own (fresh storage, as on a first visit):
//
//   - an example: opens one from the Examples pane, runs it, and checks
//     real data reaches the result pane and the schema's descriptions reach
//     the docs explorer. It saves a screenshot to .artifacts/playground.png
//     (or $TEST_ARTIFACTS_DIR).
//   - an edited example: opens an example, replaces its text and variables
//     as a researcher would (select all, paste) and runs the new text at
//     once, with Ctrl-Enter and with the run button. The request must carry
//     the operation name and variables of what the editors show.
//
// Without Chromium it skips, unless REQUIRE_BROWSER is set (CI sets it).
func TestPlaygroundInARealBrowser(t *testing.T) {
	browser := findBrowser()
	if browser == "" {
		if os.Getenv("REQUIRE_BROWSER") != "" {
			t.Fatal("REQUIRE_BROWSER is set but no Chromium was found: apt-get install -y chromium")
		}
		t.Skip("no Chromium installed (apt-get install -y chromium); skipping the browser test")
	}
	db := dbtest.New(t)
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	dir := dbtest.TempDir(t)
	bin := buildBinary(t, dir)
	port := dbtest.FreePort()
	cmd, logs := startBinary(t, nil, bin, []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + dir,
		"DATABASE_URL=" + dbtest.URL(t, name),
		"ADDR=127.0.0.1:" + strconv.Itoa(int(port)),
	})
	base := fmt.Sprintf("http://127.0.0.1:%d", port)
	waitReady(t, base, cmd, logs)
	defer stopBinary(t, cmd, logs)

	browserCtx := startBrowser(t, browser, filepath.Join(dir, "chromium"))
	t.Run("example", func(t *testing.T) {
		runExample(t, newBrowserTab(t, browserCtx), base, logs)
	})
	t.Run("edited example", func(t *testing.T) {
		runEditedExample(t, newBrowserTab(t, browserCtx), base, logs)
	})
}

// runExample opens an example from the Examples pane, runs it unchanged,
// and follows the docs from the root type to a field.
func runExample(tb testing.TB, ctx context.Context, base string, logs fmt.Stringer) {
	fail := failing(tb, logs)
	fail("opening the playground and an example", chromedp.Do(ctx,
		openExample(base),
		chromedp.Click(chromedp.CSS(`.graphiql-execute-button`)),
	))
	// Wait until the response pane shows the conference's workshops.
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`((document.querySelector('.graphiql-response') || {}).innerText || '').includes('workshopCount')`,
		chromedp.WithPollingTimeout(30*time.Second)))
	fail("waiting for the result", err)
	result, err := chromedp.Run(ctx, responseText())
	fail("reading the result", err)
	shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 gives a PNG
	fail("taking a screenshot", err)
	fail("opening the docs", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[aria-label="Show Documentation Explorer"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-doc-explorer`)),
	))
	// Follow the docs from the root type to a field, as a researcher would.
	_, err = chromedp.Run(ctx, chromedp.Evaluate[bool](`(() => {
		const link = Array.from(document.querySelectorAll('.graphiql-doc-explorer a')).find(a => a.textContent === 'Query');
		if (link) { link.click(); }
		return !!link;
	})()`))
	fail("opening Query in the docs", err)
	_, err = chromedp.Run(ctx, chromedp.Poll[bool](
		`document.querySelector('.graphiql-doc-explorer').innerText.includes('eventSeries')`,
		chromedp.WithPollingTimeout(10*time.Second)))
	fail("waiting for the Query docs", err)
	docs, err := chromedp.Run(ctx, chromedp.Text(chromedp.CSS(`.graphiql-doc-explorer`)))
	fail("reading the docs", err)
	for _, want := range []string{"Co-production Week 2025", `"workshopCount": 6`, "Equity, diversity and inclusion", "2025-07-01T10:00:00+01:00"} {
		if !strings.Contains(result, want) {
			tb.Errorf("result pane lacks %q:\n%s", want, result)
		}
	}
	if !strings.Contains(docs, "The entry point for reading") || !strings.Contains(docs, "A published event series edition by slug") {
		tb.Errorf("the docs explorer does not show the schema's descriptions:\n%s", docs)
	}
	saveArtifact(tb, "playground.png", shot)
}

// sentOperation is the body of a GraphQL request the page sent.
type sentOperation struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName"`
	Variables     map[string]any `json:"variables"`
}

// runEditedExample opens an example, turns it into other queries with new
// variables and runs each at once: the request must be exactly what the
// editors show, never the example's operation name or variables.
func runEditedExample(tb testing.TB, ctx context.Context, base string, logs fmt.Stringer) {
	fail := failing(tb, logs)

	var mu sync.Mutex
	var sent []sentOperation
	fail("listening to the page's requests", chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
		events, stop := target.Subscribe("Network.requestWillBeSent")
		tb.Cleanup(stop)
		go func() {
			for raw := range events {
				var ev struct {
					Request struct {
						URL             string `json:"url"`
						Method          string `json:"method"`
						PostDataEntries []struct {
							Bytes []byte `json:"bytes"`
						} `json:"postDataEntries"`
					} `json:"request"`
				}
				if json.Unmarshal(raw, &ev) != nil || ev.Request.Method != "POST" || !strings.HasSuffix(ev.Request.URL, "/graphql") {
					continue
				}
				var body []byte
				for _, part := range ev.Request.PostDataEntries {
					body = append(body, part.Bytes...)
				}
				var op sentOperation
				if json.Unmarshal(body, &op) != nil || strings.Contains(op.Query, "__schema") {
					continue // the schema's introspection
				}
				mu.Lock()
				sent = append(sent, op)
				mu.Unlock()
			}
		}()
		return nil
	})))

	fail("opening the playground and an example", chromedp.Do(ctx, openExample(base)))

	ctrlEnter := chromedp.KeyEvent(kb.Enter, chromedp.KeyModifiers(chromedp.ModifierCtrl))
	runButton := chromedp.Click(chromedp.CSS(`.graphiql-execute-button`))
	for i, c := range []struct {
		how       string
		run       chromedp.Action[chromedp.Void]
		query     string
		variables string
		want      sentOperation
		shows     []string
	}{{
		how: "renamed, with Ctrl-Enter",
		run: ctrlEnter,
		query: "# A project by slug\n" +
			"query ProjectBySlug($project: String!) {\n  project(slug: $project) {\n    slug\n    title\n  }\n}\n",
		variables: `{"project": "north-west-london-carers-card"}`,
		want: sentOperation{
			OperationName: "ProjectBySlug",
			Variables:     map[string]any{"project": "north-west-london-carers-card"},
		},
		shows: []string{`"slug": "north-west-london-carers-card"`, "North West London carers' card"},
	}, {
		how:       "another query, with the run button",
		run:       runButton,
		query:     "query RegionName($region: String) {\n  region(slug: $region) {\n    name\n  }\n}\n",
		variables: `{"region": "london"}`,
		want: sentOperation{
			OperationName: "RegionName",
			Variables:     map[string]any{"region": "london"},
		},
		shows: []string{`"name": "London"`},
	}, {
		// Two operations, the cursor (at the end of the pasted text) in
		// the second: Ctrl-Enter runs that one.
		how: "two operations, with Ctrl-Enter in the second",
		run: ctrlEnter,
		query: "query First($region: String) {\n  region(slug: $region) {\n    slug\n  }\n}\n\n" +
			"query Second($project: String!) {\n  project(slug: $project) {\n    title\n  }\n}",
		variables: `{"region": "london", "project": "north-west-london-carers-card"}`,
		want: sentOperation{
			OperationName: "Second",
			Variables:     map[string]any{"region": "london", "project": "north-west-london-carers-card"},
		},
		shows: []string{"North West London carers' card"},
	}} {
		mu.Lock()
		before := len(sent)
		mu.Unlock()
		// Paste the variables first, then the query, and run at once: no
		// pause lets the editors settle in between.
		fail(c.how+": editing and running", chromedp.Do(ctx,
			replaceEditorText(`.graphiql-editor-tool .graphiql-editor:not(.hidden) .CodeMirror`, c.variables),
			replaceEditorText(`.graphiql-query-editor .CodeMirror`, c.query),
			c.run,
		))
		_, err := chromedp.Run(ctx, chromedp.Poll[bool](
			`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue().trim().startsWith('{')`,
			chromedp.WithPollingTimeout(30*time.Second)))
		fail(c.how+": waiting for the result", err)
		result, err := chromedp.Run(ctx, responseText())
		fail(c.how+": reading the result", err)
		want := c.want
		want.Query = c.query
		var got []sentOperation
		for deadline := time.Now().Add(5 * time.Second); ; time.Sleep(20 * time.Millisecond) {
			mu.Lock()
			got = append([]sentOperation(nil), sent[before:]...)
			mu.Unlock()
			if len(got) > 0 || time.Now().After(deadline) {
				break
			}
		}
		if len(got) != 1 {
			tb.Errorf("%s: the page sent %d requests, want 1: %+v", c.how, len(got), got)
		} else if !reflect.DeepEqual(got[0], want) {
			g, _ := json.Marshal(got[0])
			w, _ := json.Marshal(want)
			tb.Errorf("%s: the page sent\n%s\nwant\n%s", c.how, g, w)
		}
		if strings.Contains(result, `"errors"`) || strings.Contains(result, "not found") {
			tb.Errorf("%s: the result pane shows an error:\n%s", c.how, result)
		}
		for _, text := range c.shows {
			if !strings.Contains(result, text) {
				tb.Errorf("%s: the result pane lacks %q:\n%s", c.how, text, result)
			}
		}
		// The tab is then named after the operation that ran.
		_, err = chromedp.Run(ctx, chromedp.Poll[bool](
			fmt.Sprintf(`(document.querySelector('.graphiql-tab-active') || {}).innerText === %q`, want.OperationName),
			chromedp.WithPollingTimeout(5*time.Second)))
		if err != nil {
			title, _ := chromedp.Run(ctx, chromedp.Evaluate[string](`(document.querySelector('.graphiql-tab-active') || {}).innerText || ''`))
			tb.Errorf("%s: the tab is named %q, want %q", c.how, title, want.OperationName)
		}
		if i == 0 {
			shot, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // quality 100 gives a PNG
			fail("taking a screenshot", err)
			saveArtifact(tb, "playground-edited.png", shot)
		}
	}
	// The history lists each run under the name of the operation that ran.
	fail("opening the history", chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS(`[aria-label="Show History"]`)),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-history-item-label`)),
	))
	labels, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](
		`Array.from(document.querySelectorAll('.graphiql-history-item-label'), b => b.innerText)`))
	fail("reading the history", err)
	if want := []string{"Second", "RegionName", "ProjectBySlug"}; !reflect.DeepEqual(labels, want) {
		tb.Errorf("the history lists %q, want %q", labels, want)
	}
}

// replaceEditorText clicks into the CodeMirror editor sel, selects all its
// text and types text over it in one go, as a paste does.
func replaceEditorText(sel, text string) chromedp.Action[chromedp.Void] {
	return chromedp.Steps(
		chromedp.Click(chromedp.CSS(sel)),
		chromedp.KeyEvent("a", chromedp.KeyModifiers(chromedp.ModifierCtrl)),
		chromedp.Func(func(ctx context.Context, target *chromedp.Target) error {
			return target.Call(ctx, "Input.insertText", map[string]string{"text": text}, nil)
		}),
	)
}

// responseText reads the whole result pane. The pane is a CodeMirror
// editor that renders only the visible lines; this reads the editor itself.
func responseText() chromedp.Action[string] {
	return chromedp.Evaluate[string](`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()`)
}

// startBrowser starts headless Chromium with its profile in profileDir;
// it is stopped when the test ends.
func startBrowser(tb testing.TB, browser, profileDir string) context.Context {
	tb.Helper()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(profileDir),
		chromedp.WindowSize(1400, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	tb.Cleanup(cancelAlloc)
	ctx, cancel := chromedp.NewContext(allocCtx)
	tb.Cleanup(cancel)
	if err := chromedp.Do(ctx); err != nil { // starts the browser
		tb.Fatalf("starting %s: %v", browser, err)
	}
	return ctx
}

// newBrowserTab opens a tab in a browser context of its own (no cookies,
// no local storage from other tabs), closed with its 90 seconds' deadline
// when the test ends.
func newBrowserTab(tb testing.TB, browserCtx context.Context) context.Context {
	tb.Helper()
	ctx, cancel := chromedp.NewContext(browserCtx, chromedp.WithNewBrowserContext())
	tb.Cleanup(cancel)
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	tb.Cleanup(cancelTimeout)
	return ctx
}

// findBrowser returns Debian's Chromium (or another Chrome on the PATH).
func findBrowser() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

func saveArtifact(tb testing.TB, name string, data []byte) {
	tb.Helper()
	dir := os.Getenv("TEST_ARTIFACTS_DIR")
	if dir == "" {
		dir = ".artifacts"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		tb.Fatal(err)
	}
	tb.Logf("saved %s", path)
}

// failing returns the check each browser step reports through: a failed
// step ends the test with the server's output.
func failing(tb testing.TB, logs fmt.Stringer) func(step string, err error) {
	return func(step string, err error) {
		tb.Helper()
		if err != nil {
			tb.Fatalf("%s: %v\nserver output:\n%s", step, err, logs)
		}
	}
}

// openExample opens the playground and its Co-production Week example, and
// waits until the example is in place as GraphiQL sees it.
func openExample(base string) chromedp.Action[chromedp.Void] {
	example := chromedp.CSS(`[data-example-id="co-production-week-programme"]`)
	return chromedp.Steps(
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-execute-button`)),
		chromedp.WaitVisible(example),
		chromedp.Click(example),
		chromedp.Sleep(500*time.Millisecond),
	)
}
