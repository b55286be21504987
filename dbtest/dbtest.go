// Package dbtest gives each test its own PostgreSQL database, migrated and
// loaded with the sample data, copied from a template made once per test
// binary. Tests run against real PostgreSQL, never a stand-in.
//
// Where the server comes from, in order:
//   - TEST_DATABASE_URL, a URL of a database on the server to use (CI sets it;
//     the database named is used only to create and drop others);
//   - a PostgreSQL already listening on 127.0.0.1:5432 that accepts user postgres;
//   - a private server started with localdb (not as root).
package dbtest

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/jmoiron/sqlx"
	_ "github.com/lib/pq" // the driver for admin connections

	"learningapi/localdb"
	"learningapi/seed"
	"learningapi/store"
)

const localURL = "postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable&connect_timeout=2"

var (
	serverOnce sync.Once
	serverURL  string
	serverErr  error
	stopServer = func() {}

	templates   sync.Map // template name -> *templateState
	templatesMu sync.Mutex
)

type templateState struct {
	once sync.Once
	err  error
}

// Main runs a package's tests and then drops the template databases and
// stops any private server. Call it from TestMain.
func Main(m interface{ Run() int }) {
	code := m.Run()
	cleanup()
	os.Exit(code)
}

// AdminURL is the URL of the maintenance database on the test server.
func AdminURL(tb testing.TB) string {
	tb.Helper()
	serverOnce.Do(func() {
		serverURL, serverErr = findServer()
		if serverErr == nil {
			dropAbandoned(serverURL)
		}
	})
	if serverErr != nil {
		tb.Fatal(serverErr)
	}
	return serverURL
}

func findServer() (string, error) {
	if u := os.Getenv("TEST_DATABASE_URL"); u != "" {
		return u, nil
	}
	if db, err := sqlx.Open("postgres", localURL); err == nil {
		ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
		defer cancel()
		err = db.PingContext(ctx)
		db.Close()
		if err == nil {
			return localURL, nil
		}
	}
	if os.Geteuid() == 0 {
		return "", fmt.Errorf("dbtest: no PostgreSQL found: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable)")
	}
	dir, err := os.MkdirTemp("", "learningapi-test-pg-")
	if err != nil {
		return "", err
	}
	srv, err := localdb.Start(localdb.Options{Dir: dir, Port: FreePort(), Database: "postgres", Log: nil})
	if err != nil {
		return "", fmt.Errorf("dbtest: no PostgreSQL on 127.0.0.1:5432 and the private server failed: %w", err)
	}
	stopServer = func() { _ = srv.Stop(); _ = os.RemoveAll(dir) }
	return srv.URL, nil
}

// New returns a fresh database holding the migrated sample data, dropped
// when the test ends.
func New(tb testing.TB) *store.DB {
	return fromTemplate(tb, "sample", func(ctx context.Context, db *store.DB) error {
		return seed.Sample(ctx, db.DB)
	})
}

// NewEmpty returns a fresh migrated database with no data.
func NewEmpty(tb testing.TB) *store.DB {
	return fromTemplate(tb, "empty", func(context.Context, *store.DB) error { return nil })
}

// NewScaled returns a fresh database holding the sample data plus n
// scaled copies of its illustrative part.
func NewScaled(tb testing.TB, n int) *store.DB {
	return fromTemplate(tb, fmt.Sprintf("scaled%d", n), func(ctx context.Context, db *store.DB) error {
		if err := seed.Sample(ctx, db.DB); err != nil {
			return err
		}
		return seed.Scale(ctx, db.DB, n)
	})
}

// URL returns a URL for the named database on the test server.
func URL(tb testing.TB, name string) string {
	u, err := url.Parse(AdminURL(tb))
	if err != nil {
		tb.Fatalf("dbtest: bad server URL: %v", err)
	}
	u.Path = "/" + name
	return u.String()
}

func fromTemplate(tb testing.TB, kind string, fill func(context.Context, *store.DB) error) *store.DB {
	tb.Helper()
	ctx := context.Background()
	tmpl := fmt.Sprintf("learningapi_tmpl_%s_%d", kind, os.Getpid())
	v, _ := templates.LoadOrStore(tmpl, &templateState{})
	st := v.(*templateState)
	st.once.Do(func() { st.err = makeTemplate(ctx, tb, tmpl, fill) })
	if st.err != nil {
		tb.Fatalf("dbtest: making template %s: %v", tmpl, st.err)
	}
	name := fmt.Sprintf("learningapi_test_%d_%s", os.Getpid(), randomSuffix())
	admin := adminDB(tb)
	defer admin.Close()
	// Copies of one template must not be made at the same moment as
	// connections to it exist; the lock keeps creation serial per process.
	templatesMu.Lock()
	_, err := admin.ExecContext(ctx, fmt.Sprintf(`CREATE DATABASE %s TEMPLATE %s`, name, tmpl))
	templatesMu.Unlock()
	if err != nil {
		tb.Fatalf("dbtest: creating %s: %v", name, err)
	}
	db, err := store.Open(ctx, URL(tb, name), store.Options{MaxOpenConns: 10})
	if err != nil {
		tb.Fatalf("dbtest: opening %s: %v", name, err)
	}
	tb.Cleanup(func() {
		db.Close()
		admin := adminDB(tb)
		defer admin.Close()
		if _, err := admin.ExecContext(context.Background(), fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name)); err != nil {
			tb.Errorf("dbtest: dropping %s: %v", name, err)
		}
	})
	return db
}

func makeTemplate(ctx context.Context, tb testing.TB, name string, fill func(context.Context, *store.DB) error) error {
	admin := adminDB(tb)
	defer admin.Close()
	if _, err := admin.ExecContext(ctx, fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name)); err != nil {
		return err
	}
	if _, err := admin.ExecContext(ctx, fmt.Sprintf(`CREATE DATABASE %s`, name)); err != nil {
		return err
	}
	db, err := store.Open(ctx, URL(tb, name), store.Options{})
	if err != nil {
		return err
	}
	defer db.Close()
	if _, err := db.Migrate(ctx, nil); err != nil {
		return err
	}
	return fill(ctx, db)
}

func adminDB(tb testing.TB) *sqlx.DB {
	db, err := sqlx.Open("postgres", AdminURL(tb))
	if err != nil {
		tb.Fatalf("dbtest: %v", err)
	}
	return db
}

func cleanup() {
	if serverURL != "" {
		if admin, err := sqlx.Open("postgres", serverURL); err == nil {
			templates.Range(func(k, _ any) bool {
				_, _ = admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, k.(string)))
				return true
			})
			admin.Close()
		}
	}
	stopServer()
}

// abandoned matches the databases this package makes, with the process id
// of the test binary that made them.
var abandoned = regexp.MustCompile(`^learningapi_(?:tmpl_[a-z0-9]+|test)_([0-9]+)(?:_[0-9a-f]{12})?$`)

// dropAbandoned drops databases left by test binaries that were killed
// before they could clean up: those whose process no longer runs. Only for
// a server on this machine, where the process ids mean something.
func dropAbandoned(serverURL string) {
	u, err := url.Parse(serverURL)
	if err != nil || (u.Hostname() != "127.0.0.1" && u.Hostname() != "localhost") {
		return
	}
	admin, err := sqlx.Open("postgres", serverURL)
	if err != nil {
		return
	}
	defer admin.Close()
	var names []string
	if err := admin.Select(&names, `SELECT datname FROM pg_database WHERE datname LIKE 'learningapi\_%'`); err != nil {
		return
	}
	for _, name := range names {
		m := abandoned.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		pid, _ := strconv.Atoi(m[1])
		if pid == os.Getpid() || syscall.Kill(pid, 0) != syscall.ESRCH {
			continue
		}
		_, _ = admin.Exec(fmt.Sprintf(`DROP DATABASE IF EXISTS %s WITH (FORCE)`, name))
	}
}

func randomSuffix() string {
	var b [6]byte
	_, _ = rand.Read(b[:])
	return hex.EncodeToString(b[:])
}

// FreePort asks the kernel for an unused TCP port on 127.0.0.1.
func FreePort() uint32 {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 54330
	}
	defer l.Close()
	return uint32(l.Addr().(*net.TCPAddr).Port)
}

// TempDir makes a directory any local user can enter, for tests that run
// programs as another user.
func TempDir(tb testing.TB) string {
	dir := filepath.Join(os.TempDir(), "learningapi-"+randomSuffix())
	if err := os.MkdirAll(dir, 0o755); err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { os.RemoveAll(dir) })
	return dir
}
