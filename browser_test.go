package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"learningapi/dbtest"
)

// TestPlaygroundInARealBrowser opens the playground served by the real
// binary over real PostgreSQL in headless Chromium, opens an example from
// the Examples pane, runs it, and checks real data reaches the result
// pane and the schema's descriptions reach the docs explorer. It saves a
// screenshot to .artifacts/playground.png (or $TEST_ARTIFACTS_DIR).
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

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-quic", true),
		chromedp.UserDataDir(filepath.Join(dir, "chromium")),
		chromedp.WindowSize(1400, 900),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelAlloc()
	ctx, cancel := chromedp.NewContext(allocCtx)
	defer cancel()
	ctx, cancelTimeout := context.WithTimeout(ctx, 90*time.Second)
	defer cancelTimeout()

	fail := func(step string, err error) {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v\nserver output:\n%s", step, err, logs)
		}
	}
	example := chromedp.CSS(`[data-example-id="co-production-week-programme"]`)
	fail("opening the playground and an example", chromedp.Do(ctx,
		chromedp.Navigate(base+"/"),
		chromedp.WaitVisible(chromedp.CSS(`.graphiql-execute-button`)),
		chromedp.WaitVisible(example),
		chromedp.Click(example),
		chromedp.Sleep(300*time.Millisecond),
		chromedp.Click(chromedp.CSS(`.graphiql-execute-button`)),
	))
	// Wait until the response pane shows the conference's workshops.
	_, err := chromedp.Run(ctx, chromedp.Poll[bool](
		`((document.querySelector('.graphiql-response') || {}).innerText || '').includes('workshopCount')`,
		chromedp.WithPollingTimeout(30*time.Second)))
	fail("waiting for the result", err)
	// The pane is a CodeMirror editor that renders only the visible lines;
	// read the whole response from the editor itself.
	result, err := chromedp.Run(ctx, chromedp.Evaluate[string](
		`document.querySelector('.graphiql-response .CodeMirror').CodeMirror.getValue()`))
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
			t.Errorf("result pane lacks %q:\n%s", want, result)
		}
	}
	if !strings.Contains(docs, "The entry point for reading") || !strings.Contains(docs, "A published event series edition by slug") {
		t.Errorf("the docs explorer does not show the schema's descriptions:\n%s", docs)
	}
	saveArtifact(t, "playground.png", shot)
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

func saveArtifact(t *testing.T, name string, data []byte) {
	dir := os.Getenv("TEST_ARTIFACTS_DIR")
	if dir == "" {
		dir = ".artifacts"
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("saved %s", path)
}
