package middleware_test

import (
	"bytes"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"learningapi/graph/middleware"
	"learningapi/graph/model"
	"learningapi/telemetry"
)

var freshID = regexp.MustCompile(`^[0-9a-f]{16}$`)

// logged runs req through RequestLog (with opts, if given) in front of
// next and returns the response and the JSON log lines written.
func logged(tb testing.TB, next http.Handler, req *http.Request, opts ...middleware.LogOptions) (response, []map[string]any) {
	tb.Helper()
	var buf bytes.Buffer
	logger := slog.New(slog.NewJSONHandler(&buf, nil))
	var o middleware.LogOptions
	if len(opts) > 0 {
		o = opts[0]
	}
	r := serve(tb, middleware.RequestLog(logger, o), next, req)
	var lines []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(buf.String()), "\n") {
		if line == "" {
			continue
		}
		var fields map[string]any
		if err := json.Unmarshal([]byte(line), &fields); err != nil {
			tb.Fatalf("log line %q is not JSON: %v", line, err)
		}
		lines = append(lines, fields)
	}
	return r, lines
}

// TestRequestLogGivesEachRequestAnID checks every response carries an ID,
// the same one the handler sees: the caller's if it is short and plain,
// otherwise a fresh one, so logs cannot be forged through it.
func TestRequestLogGivesEachRequestAnID(t *testing.T) {
	cases := map[string]bool{ // given ID: kept
		"": false, "abc-123.DEF_9": true, strings.Repeat("a", 64): true,
		"a\nb": false, "a\r\nX-Injected: 1": false, strings.Repeat("a", 65): false,
		"has space": false, "ünï": false, `a"b`: false, "a/b": false,
	}
	for given, keep := range cases {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		if given != "" {
			req.Header["X-Request-Id"] = []string{given}
		}
		var seen string
		next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { seen = middleware.RequestID(r.Context()) })
		r, lines := logged(t, next, req)
		got := r.Header.Get("X-Request-ID")
		switch {
		case keep && got != given:
			t.Errorf("X-Request-ID %q answered as %q, want it kept", given, got)
		case !keep && !freshID.MatchString(got):
			t.Errorf("X-Request-ID %q answered as %q, want a fresh ID", given, got)
		}
		if seen != got {
			t.Errorf("X-Request-ID %q: the handler saw ID %q, the client %q", given, seen, got)
		}
		if len(lines) != 1 || lines[0]["request_id"] != got {
			t.Errorf("X-Request-ID %q: log %v, want one line with request_id %q", given, lines, got)
		}
	}
	if got := middleware.RequestID(httptest.NewRequest(http.MethodGet, "/", nil).Context()); got != "-" {
		t.Errorf("RequestID outside a request: %q, want -", got)
	}
}

// TestRequestLogWritesOneLinePerRequest checks the line's fields: what
// was asked, the status answered, how long it took and how many SQL
// statements it ran.
func TestRequestLogWritesOneLinePerRequest(t *testing.T) {
	for _, c := range []struct {
		next   http.Handler
		status float64
	}{
		{&reached{}, 200},
		{answering(http.StatusTeapot, "short and stout"), 418},
		{http.HandlerFunc(func(http.ResponseWriter, *http.Request) {}), 0},
	} {
		req := httptest.NewRequest(http.MethodPost, "/graphql?x=1", nil)
		req.Header.Set("X-Request-ID", "line-1")
		_, lines := logged(t, c.next, req)
		if len(lines) != 1 {
			t.Fatalf("%d log lines, want 1: %v", len(lines), lines)
		}
		l := lines[0]
		want := map[string]any{"msg": "request", "level": "INFO", "request_id": "line-1", "method": "POST",
			"path": "/graphql", "status": c.status, "sql_statements": float64(0), "sql_prepared": float64(0)}
		for k, v := range want {
			if l[k] != v {
				t.Errorf("log field %s = %v, want %v (line %v)", k, l[k], v, l)
			}
		}
		if _, ok := l["duration_ms"].(float64); !ok {
			t.Errorf("log line has no duration_ms: %v", l)
		}
	}
}

// TestRequestLogTurnsAPanicIntoA500 checks a panic behind it is logged
// with the request ID and answered 500 with an error quoting that ID,
// unless the handler had already begun its answer.
func TestRequestLogTurnsAPanicIntoA500(t *testing.T) {
	req := httptest.NewRequest(http.MethodGet, "/graphql", nil)
	req.Header.Set("X-Request-ID", "boom-1")
	r, lines := logged(t, http.HandlerFunc(func(http.ResponseWriter, *http.Request) { panic("wires crossed") }), req)
	wantRefusal(t, r, http.StatusInternalServerError, model.ErrorCodeInternal, "internal error; quote request ID boom-1 when reporting it")
	if len(lines) != 2 {
		t.Fatalf("%d log lines, want the panic and the request: %v", len(lines), lines)
	}
	if p := lines[0]; p["msg"] != "panic in handler" || p["level"] != "ERROR" || p["request_id"] != "boom-1" || p["panic"] != "wires crossed" {
		t.Errorf("panic line %v", p)
	}
	if l := lines[1]; l["msg"] != "request" || l["status"] != float64(500) || l["request_id"] != "boom-1" {
		t.Errorf("request line %v, want status 500", l)
	}

	started := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusOK)
		_, _ = io.WriteString(w, `{"data":`)
		panic("half way")
	})
	r, lines = logged(t, started, httptest.NewRequest(http.MethodGet, "/graphql", nil))
	if r.Status != http.StatusOK || r.Body != `{"data":` {
		t.Errorf("a panic after the answer began: status %d body %q, want the answer left as it was", r.Status, r.Body)
	}
	if len(lines) != 2 || lines[1]["status"] != float64(200) {
		t.Errorf("a panic after the answer began: log %v", lines)
	}
}

// TestRequestLogWarnsOfSlowRequests checks a request over SlowRequest is
// logged a second time, at WARN, with what it ran; and that none is when
// the request is quicker or the warning is off. The operation the
// executor records reaches both lines.
func TestRequestLogWarnsOfSlowRequests(t *testing.T) {
	next := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		telemetry.RequestOf(r.Context()).SetOperation("SlowOne")
		time.Sleep(time.Millisecond) // longer than the 1ns limit below, however fast the machine
	})
	for _, c := range []struct {
		slow time.Duration
		warn bool
	}{{time.Nanosecond, true}, {time.Hour, false}, {0, false}} {
		req := httptest.NewRequest(http.MethodPost, "/graphql", nil)
		req.Header.Set("X-Request-ID", "slow-1")
		_, lines := logged(t, next, req, middleware.LogOptions{SlowRequest: c.slow})
		if len(lines) == 0 || lines[0]["msg"] != "request" || lines[0]["operation"] != "SlowOne" {
			t.Fatalf("SlowRequest %v: log %v, want the request line first, naming operation SlowOne", c.slow, lines)
		}
		if !c.warn {
			if len(lines) != 1 {
				t.Errorf("SlowRequest %v: log %v, want the request line only", c.slow, lines)
			}
			continue
		}
		if len(lines) != 2 {
			t.Fatalf("SlowRequest %v: %d log lines, want the request and the warning: %v", c.slow, len(lines), lines)
		}
		w := lines[1]
		want := map[string]any{"msg": "slow request", "level": "WARN", "request_id": "slow-1", "operation": "SlowOne", "sql_statements": float64(0)}
		for k, v := range want {
			if w[k] != v {
				t.Errorf("slow request line: %s = %v, want %v (line %v)", k, w[k], v, w)
			}
		}
		if d, ok := w["duration_ms"].(float64); !ok || d < 1 {
			t.Errorf("slow request line: duration_ms %v, want at least 1 (line %v)", w["duration_ms"], w)
		}
	}
}
