package bench

import (
	"encoding/json"
	"fmt"
	"os"
)

// Read is one request of the mix: a GraphQL document and its variables.
type Read struct {
	Name      string         `json:"name"`
	Query     string         `json:"query"`
	Variables map[string]any `json:"variables,omitempty"`
}

// WebsiteReads are the reads SCIE's website sends over and over, with
// arguments that find plenty of rows in the sample data scaled by seed
// -scale (at scale 100: 305 projects in the listing, 606 events in the
// month, 1,313 case studies).
var WebsiteReads = []Read{
	{
		Name: "projects listing",
		Query: `query ProjectsListing($region: String!, $theme: String!) {
  projects(first: 20, filter: {regions: [$region], themes: [$theme]}) {
    totalCount
    pageInfo { hasNextPage }
    nodes { slug title summary leadOrganisation { name slug } regions { name slug } themes { name slug } }
  }
}`,
		Variables: map[string]any{"region": "yorkshire-and-the-humber", "theme": "unpaid-carers"},
	},
	{
		Name: "project page",
		Query: `query ProjectPage($slug: String!) {
  project(slug: $slug) {
    title summary description provenance startsOn endsOn
    source { title url publisher }
    leadOrganisation { name slug }
    partners { role organisation { name slug } }
    allocations { amount { pence } tranche { financialYear } }
    resources(first: 10) { totalCount nodes { slug title type publishedOn } }
    events(first: 10) { nodes { slug title startsAt } }
  }
}`,
		Variables: map[string]any{"slug": "mockshire-shared-lives-growth"},
	},
	{
		Name: "events calendar",
		Query: `query EventsCalendar($from: Date!, $to: Date!) {
  events(first: 50, filter: {startsOn: {from: $from, to: $to}}) {
    nodes {
      slug title type startsAt endsAt deliveryMode
      venue { name address }
      registration { status }
      series { title slug }
    }
  }
}`,
		Variables: map[string]any{"from": "2025-03-01", "to": "2025-03-31"},
	},
	{
		Name: "case studies",
		Query: `query CaseStudies($audience: Audience!) {
  resources(first: 20, filter: {types: [CASE_STUDY], audiences: [$audience]}) {
    totalCount
    nodes { slug title summary publishedOn authors { name slug } topics { name slug } }
  }
}`,
		Variables: map[string]any{"audience": "COMMISSIONERS"},
	},
	{
		Name: "programme",
		Query: `query Programme($slug: String!) {
  eventSeries(slug: $slug) {
    title theme startsOn endsOn
    events(first: 50, filter: {topLevel: true}) {
      nodes { slug title type startsAt endsAt children(first: 20) { nodes { slug title startsAt endsAt } } }
    }
  }
}`,
		Variables: map[string]any{"slug": "co-production-week-2025"},
	},
}

// LoadReads reads a mix from a JSON file: an array of reads with the same
// names as WebsiteReads, for another server's schema.
func LoadReads(path string) ([]Read, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var reads []Read
	if err := json.Unmarshal(data, &reads); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return reads, nil
}

// body is the POST body of a read.
func (r Read) body() []byte {
	b, _ := json.Marshal(map[string]any{"query": r.Query, "variables": r.Variables})
	return b
}
