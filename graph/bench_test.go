package graph_test

import (
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"learningapi/dbtest"
)

// BenchmarkPublicReads measures the website's typical reads over the sample
// data scaled ten times (about 440 projects, 1,700 resources, 360 events),
// through the whole handler: go test -run '^$' -bench PublicReads ./graph/
func BenchmarkPublicReads(b *testing.B) {
	db := dbtest.NewScaled(b, 10)
	h := newAPI(b, db).h
	for _, bc := range []struct{ name, query string }{
		{"projects page of 100 with relations", `{"query":"{ projects(first: 100) { totalCount nodes { title leadOrganisation { name } themes { name } regions { name } resources(first: 3) { nodes { title type } } } } }"}`},
		{"project page by slug", `{"query":"{ project(slug: \"exampleshire-carers-card\") { title summary descriptionHtml source { title url } partners { role organisation { name } } resources(first: 10) { totalCount nodes { title type publishedOn } } events { nodes { title startsAt } } allocations { amount { formatted } } } }"}`},
		{"events calendar filtered by UK days", `{"query":"{ events(first: 50, filter: {startsOn: {from: \"2025-01-01\", to: \"2026-12-31\"}}) { totalCount nodes { title startsAt endsAt registration { status } } } }"}`},
		{"case studies for an audience", `{"query":"{ resources(first: 20, filter: {types: [CASE_STUDY], audiences: [COMMISSIONERS]}) { totalCount nodes { title publishedOn projects(first: 2) { nodes { title } } } } }"}`},
	} {
		b.Run(bc.name, func(b *testing.B) {
			for b.Loop() {
				req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(bc.query))
				req.Header.Set("Content-Type", "application/json")
				w := httptest.NewRecorder()
				h.ServeHTTP(w, req)
				if w.Code != http.StatusOK || strings.Contains(w.Body.String(), `"errors"`) {
					b.Fatalf("%d %s", w.Code, w.Body.String())
				}
			}
		})
	}
}
