package graph_test

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"

	"learningapi/bench"
	"learningapi/dbtest"
	"learningapi/graph"
)

// BenchmarkWebsiteReads measures the website's reads (the benchmark
// command's mix) through the whole handler in this process, over the sample
// data scaled ten times, answered both ways, so that time and allocations
// per request can be compared:
//
//	go test -run '^$' -bench WebsiteReads -benchmem ./graph/
//
// The benchmark command (go run . bench) measures the same reads over HTTP
// against the real binary, at several levels of concurrency.
func BenchmarkWebsiteReads(b *testing.B) {
	db := dbtest.NewScaled(b, 10)
	for _, way := range []struct {
		name   string
		adjust func(*graph.HandlerConfig)
	}{{"shaped", nil}, {"resolvers", resolversOnly}} {
		s := newAPI(b, db, way.adjust)
		for _, rd := range bench.WebsiteReads {
			body, err := json.Marshal(map[string]any{"query": rd.Query, "variables": rd.Variables})
			if err != nil {
				b.Fatal(err)
			}
			b.Run(way.name+"/"+rd.Name, func(b *testing.B) {
				for b.Loop() {
					req := httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
					req.Header.Set("Content-Type", "application/json")
					w := httptest.NewRecorder()
					s.h.ServeHTTP(w, req)
					if w.Code != http.StatusOK || bytes.Contains(w.Body.Bytes(), []byte(`"errors"`)) {
						b.Fatalf("%d %s", w.Code, w.Body)
					}
				}
			})
		}
	}
}
