package main

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestREADMEListsEverySetting holds README.md's configuration table and the
// settings declared in settings() together: the same variables, each with
// its flag and default, and no row for a setting that is gone. Rows with no
// flag (TEST_DATABASE_URL) are for the tests and are not settings.
func TestREADMEListsEverySetting(t *testing.T) {
	rows := readmeSettings(t)
	fs, settings := declareSettings("serve", &config{})
	for _, s := range settings {
		row, ok := rows[s.env]
		if !ok {
			t.Errorf("README.md's configuration table has no row for %s (-%s)", s.env, s.flag)
			continue
		}
		delete(rows, s.env)
		if row.flag != "-"+s.flag {
			t.Errorf("README.md gives %s the flag %s, want -%s", s.env, row.flag, s.flag)
		}
		if d := fs.Lookup(s.flag).DefValue; !sameDefault(d, row.def) {
			t.Errorf("README.md gives %s the default %s, want `%s`", s.env, row.def, d)
		}
	}
	for env := range rows {
		t.Errorf("README.md lists %s, which is no setting", env)
	}
}

type readmeRow struct{ flag, def string }

// readmeSettings reads the rows of the table under README.md's
// "## Configuration" that have a flag, by variable.
func readmeSettings(tb testing.TB) map[string]readmeRow {
	tb.Helper()
	text, err := os.ReadFile("README.md")
	if err != nil {
		tb.Fatal(err)
	}
	_, section, ok := strings.Cut(string(text), "\n## Configuration\n")
	if !ok {
		tb.Fatal(`README.md has no "## Configuration" section`)
	}
	section, _, _ = strings.Cut(section, "\n## ")
	rows := map[string]readmeRow{}
	for _, line := range strings.Split(section, "\n") {
		cells := strings.Split(line, "|")
		if len(cells) < 5 || !strings.HasPrefix(strings.TrimSpace(cells[1]), "`") {
			continue
		}
		env := strings.Trim(strings.TrimSpace(cells[1]), "`")
		flag := strings.Trim(strings.TrimSpace(cells[2]), "`")
		if flag != "" {
			rows[env] = readmeRow{flag: flag, def: strings.TrimSpace(cells[3])}
		}
	}
	if len(rows) == 0 {
		tb.Fatal("README.md's configuration table has no rows")
	}
	return rows
}

// sameDefault reports whether a README default cell shows the flag's
// default: first in backquotes, durations compared as durations. An empty
// default is shown as *(empty)*, or as the value the program works out
// (a path under $XDG_DATA_HOME, say).
func sameDefault(flagDefault, cell string) bool {
	if flagDefault == "" {
		return cell == "*(empty)*" || strings.HasPrefix(cell, "`$")
	}
	_, shown, _ := strings.Cut(cell, "`")
	shown, _, _ = strings.Cut(shown, "`")
	if shown == flagDefault {
		return true
	}
	a, errA := time.ParseDuration(shown)
	b, errB := time.ParseDuration(flagDefault)
	return errA == nil && errB == nil && a == b
}

// TestHelpNamesEveryVariable checks that -help shows every flag with the
// environment variable that sets it.
func TestHelpNamesEveryVariable(t *testing.T) {
	var out bytes.Buffer
	if _, _, err := parseConfig("serve", []string{"-help"}, func(string) string { return "" }, &out); err == nil {
		t.Fatal("-help returned no error")
	}
	_, settings := declareSettings("serve", &config{})
	for _, s := range settings {
		if !strings.Contains(out.String(), "  -"+s.flag+" ") && !strings.Contains(out.String(), "  -"+s.flag+"\n") {
			t.Errorf("-help does not show -%s", s.flag)
		}
		if !strings.Contains(out.String(), "("+s.env+")") {
			t.Errorf("-help does not name %s", s.env)
		}
	}
}

// TestSettingsComeFromFlagsThenEnvironment checks the order settings are
// read in: a flag given wins, then the environment, then the default.
func TestSettingsComeFromFlagsThenEnvironment(t *testing.T) {
	env := map[string]string{"MAX_DEPTH": "5", "MAX_COST": "7", "CORS_ALLOWED_ORIGINS": "https://a.example, https://b.example",
		"STATEMENT_TIMEOUT": "2s", "INTROSPECTION": "false", "RESPONSE_CACHE_BYTES": "1000"}
	args := []string{"-max-depth", "3", "-response-cache-bytes", "0", "extra"}
	c, rest, err := parseConfig("serve", args, func(k string) string { return env[k] }, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	h := c.handler
	if h.Limits.MaxDepth != 3 || h.Limits.MaxCost != 7 || h.Limits.MaxAliases != 30 {
		t.Errorf("limits = %+v, want depth 3 (flag), cost 7 (environment), aliases 30 (default)", h.Limits)
	}
	if want := []string{"https://a.example", "https://b.example"}; !slices.Equal(h.AllowedOrigins, want) {
		t.Errorf("allowed origins = %q, want %q", h.AllowedOrigins, want)
	}
	if c.store.StatementTimeout != 2*time.Second || h.Introspection || c.cacheBytes != 0 {
		t.Errorf("statement timeout %v, introspection %v, cache bytes %d; want 2s, false, 0",
			c.store.StatementTimeout, h.Introspection, c.cacheBytes)
	}
	if !slices.Equal(rest, []string{"extra"}) {
		t.Errorf("remaining arguments = %q, want [extra]", rest)
	}

	c, _, err = parseConfig("serve", nil, func(string) string { return "" }, &bytes.Buffer{})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.handler.AllowedOrigins, []string{"*"}) || c.store.MaxOpenConns != 20 || c.addr != ":8080" {
		t.Errorf("defaults: origins %q, max conns %d, addr %q", c.handler.AllowedOrigins, c.store.MaxOpenConns, c.addr)
	}
}

// TestEnvironmentNumbersAreDecimal checks whole numbers in the environment
// are read as people write them, and that a malformed variable is refused
// even when its flag is given.
func TestEnvironmentNumbersAreDecimal(t *testing.T) {
	read := func(env map[string]string, args ...string) (*config, error) {
		c, _, err := parseConfig("serve", args, func(k string) string { return env[k] }, &bytes.Buffer{})
		return c, err
	}
	c, err := read(map[string]string{"MAX_DEPTH": "010", "EMBEDDED_PG_PORT": "054329"})
	if err != nil {
		t.Fatal(err)
	}
	if c.handler.Limits.MaxDepth != 10 || c.embeddedPort != 54329 {
		t.Errorf("MAX_DEPTH=010 gave %d and EMBEDDED_PG_PORT=054329 gave %d; want 10 and 54329", c.handler.Limits.MaxDepth, c.embeddedPort)
	}
	for _, bad := range []string{"0x10", "1_000", "1e3", " 5"} {
		if _, err := read(map[string]string{"MAX_DEPTH": bad}); err == nil || !strings.Contains(err.Error(), "MAX_DEPTH must be a whole number") {
			t.Errorf("MAX_DEPTH=%q: error %v, want MAX_DEPTH must be a whole number", bad, err)
		}
	}
	if _, err := read(map[string]string{"MAX_DEPTH": "deep"}, "-max-depth", "3"); err == nil || !strings.Contains(err.Error(), "MAX_DEPTH must be a whole number") {
		t.Errorf("a malformed MAX_DEPTH with -max-depth given: error %v, want it refused", err)
	}
}

// TestProtectionSettings checks the settings that protect the database:
// their defaults, address lists read from the environment, and garbage
// refused with the variable named.
func TestProtectionSettings(t *testing.T) {
	read := func(env map[string]string) (*config, error) {
		c, _, err := parseConfig("serve", nil, func(k string) string { return env[k] }, &bytes.Buffer{})
		return c, err
	}
	c, err := read(nil)
	if err != nil {
		t.Fatal(err)
	}
	h := c.handler
	if h.Admission.Queue != 100 || h.Admission.Wait != 2*time.Second || h.Admission.PerClient != 5 ||
		h.RateLimits.Budget != 60_000 || h.RateLimits.TrustedBudget != 6_000_000 || h.MaxResponseBytes != 4<<20 ||
		len(h.TrustedProxies) != 0 || len(h.TrustedClients) != 0 {
		t.Errorf("defaults: admission %+v, rate limits %+v, max response %d, proxies %v, clients %v",
			h.Admission, h.RateLimits, h.MaxResponseBytes, h.TrustedProxies, h.TrustedClients)
	}
	c, err = read(map[string]string{"TRUSTED_PROXIES": "10.0.0.0/8, 192.0.2.7", "TRUSTED_CLIENTS": "2001:db8::/32", "RATE_LIMIT": "0"})
	if err != nil {
		t.Fatal(err)
	}
	if got := c.handler.TrustedProxies.String(); got != "10.0.0.0/8,192.0.2.7/32" {
		t.Errorf("TRUSTED_PROXIES read as %q", got)
	}
	if got := c.handler.TrustedClients.String(); got != "2001:db8::/32" || c.handler.RateLimits.Budget != 0 {
		t.Errorf("TRUSTED_CLIENTS read as %q, RATE_LIMIT=0 as %d", got, c.handler.RateLimits.Budget)
	}
	for env, want := range map[string]string{
		"TRUSTED_PROXIES":    "TRUSTED_PROXIES must be a comma-separated list of addresses or CIDR ranges",
		"TRUSTED_CLIENTS":    "TRUSTED_CLIENTS must be a comma-separated list of addresses or CIDR ranges",
		"RATE_LIMIT":         "RATE_LIMIT must be a whole number",
		"DB_QUEUE_WAIT":      "DB_QUEUE_WAIT must be a duration",
		"MAX_RESPONSE_BYTES": "MAX_RESPONSE_BYTES must be a whole number",
	} {
		for _, bad := range []string{"10.0.0.0/33", "banana", "1.2.3.4.5", "'; DROP TABLE project; --"} {
			if _, err := read(map[string]string{env: bad}); err == nil || !strings.Contains(err.Error(), want) {
				t.Errorf("%s=%q: error %v, want %q", env, bad, err, want)
			}
		}
	}
	for env, want := range map[string]string{
		"DB_CLIENT_CONNS":    "DB_CLIENT_CONNS must be 1 or more",
		"DB_QUEUE":           "DB_QUEUE must be 0 or more",
		"RATE_LIMIT_TRUSTED": "RATE_LIMIT_TRUSTED must be 0 or more",
	} {
		bad := "-1"
		if env == "DB_CLIENT_CONNS" {
			bad = "0"
		}
		if _, err := read(map[string]string{env: bad}); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s=%s: error %v, want %q", env, bad, err, want)
		}
	}
}
