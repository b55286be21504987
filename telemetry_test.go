package main

import (
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"learningapi/dbtest"
)

// TestMetricsAreServedOnADDROrOnMETRICS_ADDR serves over real PostgreSQL,
// once with /metrics on the API's own listener and once with METRICS_ADDR
// giving it a listener of its own, where the API's listener no longer
// serves it; either way it counts the requests sent, and the listener
// closes on shutdown.
func TestMetricsAreServedOnADDROrOnMETRICS_ADDR(t *testing.T) {
	db := dbtest.New(t)
	var name string
	if err := db.Get(&name, `SELECT current_database()`); err != nil {
		t.Fatal(err)
	}
	for _, separate := range []bool{false, true} {
		addr := fmt.Sprintf("127.0.0.1:%d", dbtest.FreePort())
		env := map[string]string{"DATABASE_URL": dbtest.URL(t, name), "ADDR": addr, "LOG_LEVEL": "warn"}
		metricsAddr := addr
		if separate {
			metricsAddr = fmt.Sprintf("127.0.0.1:%d", dbtest.FreePort())
			env["METRICS_ADDR"] = metricsAddr
		}
		done, cancel := startServing(t, env, io.Discard)
		var answer struct{ Data any }
		postJSON(t, "http://"+addr+"/graphql", `{"query":"query CountThem { projects { totalCount } }"}`, &answer)
		status, body := httpGet(t, "http://"+metricsAddr+"/metrics")
		for _, want := range []string{`scie_api_requests_total{operation="CountThem",outcome="ok"} 1`, "scie_api_db_connections_open ", "scie_api_response_cache_hits_total "} {
			if status != http.StatusOK || !strings.Contains(body, want) {
				t.Errorf("METRICS_ADDR %q: /metrics on %s answered %d without %q:\n%.2000s", env["METRICS_ADDR"], metricsAddr, status, want, body)
			}
		}
		if status, _ := httpGet(t, "http://"+addr+"/metrics"); separate && status != http.StatusNotFound {
			t.Errorf("with METRICS_ADDR, /metrics on ADDR answered %d, want 404", status)
		}
		cancel()
		if err := <-done; err != nil {
			t.Fatalf("shutdown returned %v", err)
		}
		if c, err := net.DialTimeout("tcp", metricsAddr, time.Second); err == nil {
			c.Close()
			t.Errorf("%s still listening after shutdown", metricsAddr)
		}
	}
}

// httpGet fetches url and returns the status and body.
func httpGet(t *testing.T, url string) (int, string) {
	t.Helper()
	r, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer r.Body.Close()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return r.StatusCode, string(b)
}
