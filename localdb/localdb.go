// Package localdb runs a private PostgreSQL server for development and
// tests, so that the API runs with one command on a machine with no
// database set up. It uses the machine's own PostgreSQL binaries when they
// are installed and otherwise lets embedded-postgres download them.
package localdb

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	embeddedpostgres "github.com/fergusstrange/embedded-postgres"
)

// ErrRoot explains why the private server cannot start as root.
var ErrRoot = errors.New("PostgreSQL refuses to run as root: set DATABASE_URL to an existing database (for example postgres://postgres@127.0.0.1:5432/postgres?sslmode=disable), or run as an ordinary user")

// Server is a running private PostgreSQL server.
type Server struct {
	pg  *embeddedpostgres.EmbeddedPostgres
	log io.Closer // the log file Start opened, if any
	// URL connects to the server's database.
	URL string
	// Binaries says where the PostgreSQL programs came from.
	Binaries string
}

// Options say where the server keeps its data and where it listens.
type Options struct {
	// Dir holds the data directory, the log and the runtime files. Data
	// survives between runs.
	Dir string
	// Port is the TCP port on 127.0.0.1.
	Port uint32
	// Database is created on first start.
	Database string
	// Log receives PostgreSQL's own output; nil writes it to Dir/postgres.log.
	Log io.Writer
}

const user = "postgres"

// Start starts (and on first use, creates) the server.
func Start(opts Options) (*Server, error) {
	if os.Geteuid() == 0 {
		return nil, ErrRoot
	}
	if err := os.MkdirAll(opts.Dir, 0o700); err != nil {
		return nil, fmt.Errorf("localdb: cannot create %s: %w", opts.Dir, err)
	}
	if err := portFree(opts.Port); err != nil {
		return nil, err
	}
	password, err := serverPassword(opts.Dir)
	if err != nil {
		return nil, err
	}
	logw, logFile := opts.Log, io.Closer(nil)
	if logw == nil {
		f, err := os.OpenFile(filepath.Join(opts.Dir, "postgres.log"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o600)
		if err != nil {
			return nil, fmt.Errorf("localdb: %w", err)
		}
		logw, logFile = f, f
	}
	version, binDir, found := SystemBinaries()
	binaries := "downloaded by embedded-postgres"
	if !found {
		version = embeddedpostgres.V16
	} else {
		binaries = binDir
	}
	major := strings.Split(string(version), ".")[0]
	cfg := embeddedpostgres.DefaultConfig().
		Version(version).
		Port(opts.Port).
		Database(opts.Database).
		Username(user).
		Password(password).
		DataPath(filepath.Join(opts.Dir, "data-"+major)).
		RuntimePath(filepath.Join(opts.Dir, "run")).
		CachePath(filepath.Join(opts.Dir, "cache")).
		Locale("C").
		Encoding("UTF8").
		StartTimeout(60 * time.Second).
		Logger(logw).
		// No Unix socket: the system's socket directory is not ours to
		// write, and the API connects over TCP anyway.
		StartParameters(map[string]string{"unix_socket_directories": "", "listen_addresses": "127.0.0.1"})
	if found {
		cfg = cfg.BinariesPath(binDir)
	}
	pg := embeddedpostgres.NewDatabase(cfg)
	if err := pg.Start(); err != nil {
		if logFile != nil {
			logFile.Close()
		}
		return nil, fmt.Errorf("localdb: starting PostgreSQL (%s) in %s: %w", binaries, opts.Dir, err)
	}
	u := url.URL{
		Scheme:   "postgres",
		User:     url.UserPassword(user, password),
		Host:     net.JoinHostPort("127.0.0.1", strconv.Itoa(int(opts.Port))),
		Path:     "/" + opts.Database,
		RawQuery: "sslmode=disable",
	}
	return &Server{pg: pg, log: logFile, URL: u.String(), Binaries: binaries}, nil
}

// Stop shuts the server down, keeping its data.
func (s *Server) Stop() error {
	err := s.pg.Stop()
	if s.log != nil {
		s.log.Close()
	}
	return err
}

// serverPassword returns the password of the server in dir, made at
// random on first use and kept (readable by the owner only) beside the
// data: the server listens on TCP, and other users of the machine must not
// be able to log in with a password everyone knows.
func serverPassword(dir string) (string, error) {
	path := filepath.Join(dir, "password")
	if b, err := os.ReadFile(path); err == nil && len(b) > 0 {
		return strings.TrimSpace(string(b)), nil
	}
	var b [18]byte
	if _, err := rand.Read(b[:]); err != nil {
		return "", err
	}
	password := hex.EncodeToString(b[:])
	if err := os.WriteFile(path, []byte(password+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("localdb: keeping the password: %w", err)
	}
	return password, nil
}

// versions maps PostgreSQL major versions to what embedded-postgres knows.
var versions = map[int]embeddedpostgres.PostgresVersion{
	18: embeddedpostgres.V18, 17: embeddedpostgres.V17, 16: embeddedpostgres.V16,
	15: embeddedpostgres.V15, 14: embeddedpostgres.V14, 13: embeddedpostgres.V13,
}

// SystemBinaries finds PostgreSQL installed on this machine, newest
// first: `pg_config --bindir` on the PATH, then Debian's and Ubuntu's
// /usr/lib/postgresql/<major>. It returns the version and the directory
// holding bin/.
func SystemBinaries() (embeddedpostgres.PostgresVersion, string, bool) {
	var dirs []string
	if out, err := exec.Command("pg_config", "--bindir").Output(); err == nil {
		dirs = append(dirs, filepath.Dir(strings.TrimSpace(string(out))))
	}
	debian, _ := filepath.Glob("/usr/lib/postgresql/*")
	sort.Sort(sort.Reverse(sort.StringSlice(debian)))
	dirs = append(dirs, debian...)
	for _, dir := range dirs {
		if _, err := os.Stat(filepath.Join(dir, "bin", "initdb")); err != nil {
			continue
		}
		out, err := exec.Command(filepath.Join(dir, "bin", "pg_ctl"), "--version").Output()
		if err != nil {
			continue
		}
		if v, ok := versions[majorVersion(string(out))]; ok {
			return v, dir, true
		}
	}
	return "", "", false
}

// majorVersion reads "pg_ctl (PostgreSQL) 15.20 (Debian ...)".
func majorVersion(s string) int {
	fields := strings.Fields(s)
	for i, f := range fields {
		if f == "(PostgreSQL)" && i+1 < len(fields) {
			n, _ := strconv.Atoi(strings.Split(fields[i+1], ".")[0])
			return n
		}
	}
	return 0
}

// DefaultDir is where data lives between runs: $XDG_DATA_HOME or
// ~/.local/share on Linux, the platform's application data directory
// elsewhere, under scie-learning-api.
func DefaultDir() (string, error) {
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "scie-learning-api"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("localdb: no home directory to keep data in; set DATA_DIR")
	}
	if cfg, err := os.UserConfigDir(); err == nil && !strings.HasPrefix(cfg, filepath.Join(home, ".config")) {
		return filepath.Join(cfg, "scie-learning-api"), nil
	}
	return filepath.Join(home, ".local", "share", "scie-learning-api"), nil
}

func portFree(port uint32) error {
	l, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(int(port))))
	if err != nil {
		return fmt.Errorf("localdb: port %d is taken (is another copy of the API running?); set EMBEDDED_PG_PORT to another port", port)
	}
	return l.Close()
}
