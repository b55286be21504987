package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"learningapi/dbtest"
	"learningapi/seed"
	"learningapi/store"
)

func TestMain(m *testing.M) { dbtest.Main(m) }

// TestBinaryRunsWithoutDatabaseURL builds the real binary and runs it the
// way a new user would, `go run .` with no configuration: as an ordinary
// user (here `postgres` when the tests run as root), with no DATABASE_URL,
// so it starts its private PostgreSQL, migrates, loads the sample data and
// serves. A second start must reuse the data (warm start).
func TestBinaryRunsWithoutDatabaseURL(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and starts the binary with its own PostgreSQL")
	}
	dir := dbtest.TempDir(t)
	bin := buildBinary(t, dir)
	home := filepath.Join(dir, "home")
	if err := os.MkdirAll(home, 0o755); err != nil {
		t.Fatal(err)
	}
	asUser := currentOrdinaryUser(t, home)

	for _, start := range []string{"cold", "warm"} {
		port := dbtest.FreePort()
		env := []string{
			"HOME=" + home,
			"PATH=" + os.Getenv("PATH"),
			"XDG_DATA_HOME=" + filepath.Join(home, "data"),
			"ADDR=127.0.0.1:" + strconv.Itoa(int(port)),
			"EMBEDDED_PG_PORT=" + strconv.Itoa(int(dbtest.FreePort())),
			"LOG_FORMAT=json",
		}
		began := time.Now()
		cmd, logs := startBinary(t, asUser, bin, env)
		base := fmt.Sprintf("http://127.0.0.1:%d", port)
		waitReady(t, base, cmd, logs)
		var resp struct {
			Data struct {
				Project struct {
					Title      string
					Provenance string
					Source     struct{ URL string }
				}
				Projects struct{ TotalCount int }
			}
			Errors []any
		}
		postJSON(t, base+"/graphql", `{"query":"{ project(slug: \"north-west-london-carers-card\") { title provenance source { url } } projects { totalCount } }"}`, &resp)
		elapsed := time.Since(began)
		t.Logf("%s start: first answer after %v", start, elapsed.Round(10*time.Millisecond))
		if len(resp.Errors) > 0 || resp.Data.Project.Provenance != "VERIFIED_PUBLIC" || !strings.HasPrefix(resp.Data.Project.Source.URL, "https://") {
			t.Fatalf("unexpected answer: %+v", resp)
		}
		if resp.Data.Projects.TotalCount < 40 {
			t.Fatalf("sample data missing: %d projects", resp.Data.Projects.TotalCount)
		}
		// The playground is served at / too.
		if r, err := http.Get(base + "/"); err != nil || r.StatusCode != http.StatusOK {
			t.Fatalf("GET /: %v %v", r, err)
		}
		stopBinary(t, cmd, logs)
		if start == "warm" && strings.Contains(logs.String(), "loaded sample data") {
			t.Fatalf("warm start loaded the sample data again:\n%s", logs)
		}
	}
}

// TestRootWithoutDatabaseURLSaysWhatToDo checks the one-line answer a root
// user gets, since PostgreSQL refuses to run as root.
func TestRootWithoutDatabaseURLSaysWhatToDo(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("only meaningful as root")
	}
	dir := dbtest.TempDir(t)
	bin := buildBinary(t, dir)
	cmd := exec.Command(bin)
	cmd.Env = []string{"HOME=" + dir, "PATH=" + os.Getenv("PATH"), "ADDR=127.0.0.1:0"}
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatal("expected the binary to refuse to start")
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != 1 || !strings.Contains(lines[0], "DATABASE_URL") || !strings.Contains(lines[0], "root") {
		t.Fatalf("want one line naming root and DATABASE_URL, got:\n%s", out)
	}
}

// TestServeMigrateAndSeedWithDatabaseURL drives run() against a real
// database: migrate status/up/down, seed, and serving with bad settings.
func TestServeMigrateAndSeedWithDatabaseURL(t *testing.T) {
	db := dbtest.NewEmpty(t)
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DATABASE_URL": dbtest.URL(t, name), "LOG_LEVEL": "warn"}
	getenv := func(k string) string { return env[k] }
	ctx := context.Background()
	run1 := func(args ...string) (string, error) {
		var out, errOut bytes.Buffer
		err := run(ctx, args, getenv, &out, &errOut)
		return out.String() + errOut.String(), err
	}

	out, err := run1("migrate", "status")
	if err != nil || strings.Contains(out, "pending") {
		t.Fatalf("status on a migrated database: %v\n%s", err, out)
	}
	if out, err = run1("migrate", "down"); err != nil || !strings.Contains(out, "rolled back migration") {
		t.Fatalf("migrate down: %v\n%s", err, out)
	}
	if out, _ = run1("migrate", "status"); !strings.Contains(out, "pending") {
		t.Fatalf("status after down shows nothing pending:\n%s", out)
	}
	if out, err = run1("migrate", "up"); err != nil || !strings.Contains(out, "applied 1 migrations") {
		t.Fatalf("migrate up: %v\n%s", err, out)
	}
	if out, err = run1("seed"); err != nil {
		t.Fatalf("seed: %v\n%s", err, out)
	}
	var projects int
	if err := db.Get(&projects, `SELECT count(*) FROM published_project`); err != nil || projects < 40 {
		t.Fatalf("seed loaded %d projects (%v)", projects, err)
	}
	if out, err = run1("seed"); err != nil {
		t.Fatalf("seeding twice must be a no-op: %v\n%s", err, out)
	}

	// A database loaded by an older build keeps its rows through the
	// migrations; seed -reload replaces them with this build's data. An
	// older build's data is imitated: no version recorded, and a wrong
	// fact of the kind later builds corrected.
	if _, err := db.Exec(`DELETE FROM sample_data; UPDATE ics SET name = 'Stale name' WHERE slug = 'sussex'`); err != nil {
		t.Fatal(err)
	}
	env["LOG_LEVEL"] = "info"
	if out, err = run1("seed"); err != nil || !strings.Contains(out, "seed -reload") || strings.Contains(out, "reloaded sample data") {
		t.Fatalf("seed over an older build's data must keep it and say how to replace it: %v\n%s", err, out)
	}
	if out, err = run1("seed", "-reload"); err != nil || !strings.Contains(out, "reloaded sample data") {
		t.Fatalf("seed -reload: %v\n%s", err, out)
	}
	var sussex string
	var version, funds int
	if err := db.Get(&sussex, `SELECT name FROM ics WHERE slug = 'sussex'`); err != nil || sussex != "Sussex" {
		t.Fatalf("after seed -reload, Sussex is named %q (%v)", sussex, err)
	}
	if err := db.Get(&version, `SELECT version FROM sample_data`); err != nil || version != seed.Version {
		t.Fatalf("after seed -reload, the recorded version is %d (%v), want %d", version, err, seed.Version)
	}
	if err := db.Get(&funds, `SELECT count(*) FROM fund`); err != nil || funds != 2 {
		t.Fatalf("after seed -reload, %d funds (%v): the old rows were not replaced", funds, err)
	}
	env["LOG_LEVEL"] = "warn"

	for _, tc := range []struct {
		args []string
		env  map[string]string
		want string
	}{
		{[]string{"frobnicate"}, nil, `unknown command "frobnicate"`},
		{[]string{"migrate"}, nil, "usage: migrate up|down|status"},
		{[]string{"migrate", "sideways"}, nil, `unknown migrate command "sideways"`},
		{[]string{"seed", "-scale", "5000"}, nil, "-scale must be between 1 and 1000"},
		{[]string{"serve"}, map[string]string{"MAX_DEPTH": "deep"}, "MAX_DEPTH must be a whole number"},
		{[]string{"serve"}, map[string]string{"REQUEST_TIMEOUT": "soon"}, "REQUEST_TIMEOUT must be a duration"},
		{[]string{"serve"}, map[string]string{"INTROSPECTION": "maybe"}, "INTROSPECTION must be true or false"},
		{[]string{"serve"}, map[string]string{"LOG_LEVEL": "loud"}, "LOG_LEVEL must be"},
		{[]string{"serve"}, map[string]string{"LOG_FORMAT": "xml"}, "LOG_FORMAT must be json or text"},
		{[]string{"serve"}, map[string]string{"DATABASE_URL": "mysql://nope"}, "the database URL must look like postgres://"},
		{[]string{"serve", "-no-such-flag"}, nil, "flag provided but not defined"},
		{[]string{"serve", "extra", "-addr", ":9"}, nil, "unexpected arguments"},
		{[]string{"serve"}, map[string]string{"RESPONSE_CACHE_BYTES": "lots"}, "RESPONSE_CACHE_BYTES must be a whole number"},
		{[]string{"serve"}, map[string]string{"RESPONSE_CACHE_BYTES": "-1"}, "RESPONSE_CACHE_BYTES must be 0 or more"},
		{[]string{"serve"}, map[string]string{"DB_PREPARED_STATEMENTS": "-5"}, "DB_PREPARED_STATEMENTS must be 0 or more"},
		{[]string{"serve"}, map[string]string{"DB_STATEMENTS_PER_REQUEST": "many"}, "DB_STATEMENTS_PER_REQUEST must be a whole number"},
		{[]string{"serve"}, map[string]string{"SLOW_REQUEST": "1000"}, "SLOW_REQUEST must be a duration"},
		{[]string{"serve"}, map[string]string{"OTEL_TRACES_EXPORTER": "zipkin"}, "OTEL_TRACES_EXPORTER must be otlp or none"},
		{[]string{"bench", "-scale", "5000"}, nil, "-scale must be between 0 and 1000"},
		{[]string{"bench", "-clients", "1,lots"}, nil, "-clients must be whole numbers"},
		{[]string{"bench", "-clients", "0"}, nil, "-clients must be whole numbers"},
		{[]string{"bench", "-modes", "warm"}, nil, "-modes takes uncached and cached"},
		{[]string{"bench", "-duration", "-1s"}, nil, "-duration must be positive"},
		{[]string{"bench", "-compare", "nonsense"}, nil, "-compare takes name=URL"},
		{[]string{"bench", "-compare", "x=http://localhost:1=/no/such/file.json"}, nil, "no such file"},
	} {
		merged := map[string]string{}
		for k, v := range env {
			merged[k] = v
		}
		for k, v := range tc.env {
			merged[k] = v
		}
		var out bytes.Buffer
		err := run(ctx, tc.args, func(k string) string { return merged[k] }, &out, &out)
		if err == nil || !strings.Contains(err.Error()+out.String(), tc.want) {
			t.Errorf("%v %v: want error containing %q, got %v\n%s", tc.args, tc.env, tc.want, err, out.String())
		}
	}
}

// startServing runs the server with env (ADDR included) in the background
// and returns once it answers /readyz; cancel stops it as SIGTERM does, and
// done then gives run's result.
func startServing(t *testing.T, env map[string]string, logs io.Writer) (done <-chan error, cancel context.CancelFunc) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	result := make(chan error, 1)
	go func() { result <- run(ctx, nil, func(k string) string { return env[k] }, io.Discard, logs) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		r, err := http.Get("http://" + env["ADDR"] + "/readyz")
		if err == nil && r.StatusCode == http.StatusOK {
			r.Body.Close()
			return result, cancel
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("server never became ready: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// TestServeShutsDownOnCancel serves with DATABASE_URL and checks that
// cancelling the context (as SIGTERM does) stops the server cleanly.
func TestServeShutsDownOnCancel(t *testing.T) {
	db := dbtest.New(t)
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	// As if loaded by a build from before sample data carried a version:
	// serving says how to replace it, and leaves it alone.
	if _, err := db.Exec(`DELETE FROM sample_data`); err != nil {
		t.Fatal(err)
	}
	port := dbtest.FreePort()
	env := map[string]string{"DATABASE_URL": dbtest.URL(t, name), "ADDR": fmt.Sprintf("127.0.0.1:%d", port), "LOG_LEVEL": "warn"}
	var logs bytes.Buffer
	done, cancel := startServing(t, env, &syncBuffer{b: &logs})
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("shutdown returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("server did not shut down")
	}
	if _, err := net.DialTimeout("tcp", fmt.Sprintf("127.0.0.1:%d", port), time.Second); err == nil {
		t.Fatal("still listening after shutdown")
	}
	var versions int
	if err := db.Get(&versions, `SELECT count(*) FROM sample_data`); err != nil || versions != 0 || !strings.Contains(logs.String(), "seed -reload") {
		t.Fatalf("serving over an older build's data: %d versions recorded (%v), log %q; want it left alone, with a warning", versions, err, logs.String())
	}
}

func buildBinary(t *testing.T, dir string) string {
	t.Helper()
	bin := filepath.Join(dir, "scie-learning-api")
	build := exec.Command("go", "build", "-o", bin, ".")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// currentOrdinaryUser returns the uid/gid to run the binary as: the
// postgres user when the tests run as root (PostgreSQL refuses root),
// otherwise nil (the current user).
func currentOrdinaryUser(t *testing.T, home string) *syscall.Credential {
	if os.Geteuid() != 0 {
		return nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		t.Skip("running as root and there is no postgres user to run the binary as")
	}
	uid, _ := strconv.Atoi(u.Uid)
	gid, _ := strconv.Atoi(u.Gid)
	if err := filepath.Walk(home, func(p string, _ os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		return os.Chown(p, uid, gid)
	}); err != nil {
		t.Fatal(err)
	}
	return &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
}

func startBinary(t *testing.T, cred *syscall.Credential, bin string, env []string) (*exec.Cmd, *syncBuffer) {
	t.Helper()
	cmd := exec.Command(bin)
	cmd.Env = env
	cmd.Dir = filepath.Dir(bin)
	if cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: cred}
	}
	logs := &syncBuffer{b: &bytes.Buffer{}}
	cmd.Stdout, cmd.Stderr = logs, logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
	})
	return cmd, logs
}

func waitReady(t *testing.T, base string, cmd *exec.Cmd, logs *syncBuffer) {
	t.Helper()
	deadline := time.Now().Add(3 * time.Minute)
	for time.Now().Before(deadline) {
		r, err := http.Get(base + "/readyz")
		if err == nil {
			r.Body.Close()
			if r.StatusCode == http.StatusOK {
				return
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	_ = cmd.Process.Kill()
	t.Fatalf("binary never became ready; its output:\n%s", logs)
}

func stopBinary(t *testing.T, cmd *exec.Cmd, logs *syncBuffer) {
	t.Helper()
	_ = cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("binary exited with %v after SIGTERM; output:\n%s", err, logs)
		}
	case <-time.After(30 * time.Second):
		_ = cmd.Process.Kill()
		t.Fatalf("binary ignored SIGTERM; output:\n%s", logs)
	}
	// Every log line is structured JSON.
	sc := bufio.NewScanner(strings.NewReader(logs.String()))
	for sc.Scan() {
		if line := sc.Text(); line != "" && !json.Valid([]byte(line)) {
			t.Errorf("log line is not JSON: %s", line)
		}
	}
}

func postJSON(t *testing.T, url, body string, out any) {
	t.Helper()
	r, err := http.Post(url, "application/json", strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	if err := json.NewDecoder(r.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

// syncBuffer is a buffer safe for a process's output and a test to share.
type syncBuffer struct {
	mu sync.Mutex
	b  *bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// TestPrivateDatabaseReloadsAnOlderBuildsData: the private server only ever
// holds sample data, so an older build's copy is replaced when serving
// starts, and this build's copy is left alone.
func TestPrivateDatabaseReloadsAnOlderBuildsData(t *testing.T) {
	t.Parallel()
	db := dbtest.New(t)
	ctx := context.Background()
	var logs bytes.Buffer
	logger := slog.New(slog.NewTextHandler(&logs, nil))
	if err := seedIfEmpty(ctx, db, logger, true); err != nil || logs.Len() != 0 {
		t.Fatalf("this build's data: %v, logged %q; want it left alone", err, logs.String())
	}
	if _, err := db.Exec(`DELETE FROM sample_data; UPDATE ics SET name = 'Stale name' WHERE slug = 'sussex'`); err != nil {
		t.Fatal(err)
	}
	if err := seedIfEmpty(ctx, db, logger, true); err != nil || !strings.Contains(logs.String(), "reloaded sample data") {
		t.Fatalf("an older build's data: %v, logged %q; want it reloaded", err, logs.String())
	}
	var sussex string
	if err := db.Get(&sussex, `SELECT name FROM ics WHERE slug = 'sussex'`); err != nil || sussex != "Sussex" {
		t.Fatalf("after the reload, Sussex is named %q (%v)", sussex, err)
	}
}

// TestSeedRunsWithoutTheStatementTimeout: STATEMENT_TIMEOUT guards the
// serving path; a bulk load under it (1 ms here, so any real statement
// would be stopped) must still finish.
func TestSeedRunsWithoutTheStatementTimeout(t *testing.T) {
	t.Parallel()
	db := dbtest.NewEmpty(t)
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	env := map[string]string{"DATABASE_URL": dbtest.URL(t, name), "STATEMENT_TIMEOUT": "1ms", "LOG_LEVEL": "warn"}
	var out bytes.Buffer
	if err := run(context.Background(), []string{"seed", "-scale", "2"}, func(k string) string { return env[k] }, &out, &out); err != nil {
		t.Fatalf("seed -scale 2 with STATEMENT_TIMEOUT=1ms: %v\n%s", err, out.String())
	}
	var copies int
	if err := db.Get(&copies, `SELECT count(*) FROM consortium WHERE slug ~ '-copy-'`); err != nil || copies == 0 {
		t.Fatalf("no scaled copies (%d, %v)", copies, err)
	}
}

// TestAPIKeyCommands makes, lists and revokes keys as an operator would,
// and checks what each prints and refuses.
func TestAPIKeyCommands(t *testing.T) {
	ctx := context.Background()
	db := dbtest.NewEmpty(t)
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	getenv := func(k string) string {
		if k == "DATABASE_URL" {
			return dbtest.URL(t, name)
		}
		return ""
	}
	run1 := func(args ...string) (stdout, stderr string, err error) {
		var out, errOut bytes.Buffer
		err = run(ctx, args, getenv, &out, &errOut)
		return out.String(), errOut.String(), err
	}

	key, logs, err := run1("apikey", "create", "-name", "Jo Editor", "--role", "editor")
	key = strings.TrimSpace(key)
	if err != nil || !strings.HasPrefix(key, "scie_") || strings.Contains(logs, key) {
		t.Fatalf("apikey create: %v; printed %q; the log holds the key: %v", err, key, strings.Contains(logs, key))
	}
	if k, err := db.Authenticate(ctx, key); err != nil || k == nil || k.Role != store.RoleEditor {
		t.Fatalf("the printed key does not authenticate: %+v, %v", k, err)
	}
	list, _, err := run1("apikey", "list")
	if err != nil || !strings.Contains(list, "Jo Editor\teditor\t"+key[:9]+"…") || strings.Contains(list, key) {
		t.Errorf("apikey list: %v\n%s", err, list)
	}
	if out, _, err := run1("apikey", "revoke", "-name", "Jo Editor"); err != nil || !strings.Contains(out, "revoked Jo Editor") {
		t.Errorf("apikey revoke: %v %s", err, out)
	}
	if k, _ := db.Authenticate(ctx, key); k != nil {
		t.Error("a revoked key still authenticates")
	}
	// Its name is free again: a key can be replaced under the same name.
	if again, _, err := run1("apikey", "create", "-name", "Jo Editor"); err != nil || strings.TrimSpace(again) == key {
		t.Errorf("a new key under a revoked key's name: %v %q", err, again)
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"apikey"}, "usage: apikey create"},
		{[]string{"apikey", "-name", "x"}, "usage: apikey create"},
		{[]string{"apikey", "rotate"}, `unknown apikey command "rotate"`},
		{[]string{"apikey", "create", "-name", "Admin", "-role", "root"}, "a role is editor or admin"},
		{[]string{"apikey", "create", "-name", "Jo Editor"}, `a live key named "Jo Editor" exists already`},
		{[]string{"apikey", "create", "-name", "'; DROP TABLE api_key; --"}, "a key's name is 1 to 80 letters"},
		{[]string{"apikey", "create"}, "apikey create needs -name NAME"},
		{[]string{"apikey", "revoke"}, "apikey revoke needs -name NAME"},
		{[]string{"apikey", "revoke", "-name", "Nobody"}, `no live API key is named "Nobody"`},
		{[]string{"apikey", "list", "extra"}, "usage: apikey create"},
	} {
		if _, _, err := run1(c.args...); err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: error %v, want %q", c.args, err, c.want)
		}
	}
}
