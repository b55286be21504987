package graph_test

// The records' own fields carry the stored values: every published project,
// resource and event, and every organisation, person, topic and series,
// compared field by field with the row, built as JSON in SQL. And Markdown
// renders to HTML without passing raw HTML or script links through.

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"
)

func TestRecordFieldsMatchTheRows(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	day := func(col string) string { return `to_char(` + col + `, 'YYYY-MM-DD')` }
	cases := []struct {
		name   string
		query  string // pages through path, nodes select slug plus fields
		path   string
		sqlObj string // a json_build_object over alias x with the same fields
		from   string
	}{
		{"projects", `query($after: String) { projects(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug title summary description targetGroups unpaidCarerFocus stage coproductionLevel coproductionPrinciples startsOn endsOn provenance } } }`, "projects",
			`json_build_object('slug', x.slug, 'title', x.title, 'summary', x.summary, 'description', x.description, 'targetGroups', x.target_groups,
				'unpaidCarerFocus', x.unpaid_carer_focus, 'stage', x.stage, 'coproductionLevel', x.coproduction_level, 'coproductionPrinciples', x.coproduction_principles,
				'startsOn', ` + day("x.starts_on") + `, 'endsOn', ` + day("x.ends_on") + `, 'provenance', x.provenance)`, "published_project"},
		{"resources", `query($after: String) { resources(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug title type summary body externalUrl publishedOn publishedWithin { from to } revisedOn audiences provenance
				accessibility { formats easyRead britishSignLanguage transcript durationSeconds } } } }`, "resources",
			`json_build_object('slug', x.slug, 'title', x.title, 'type', x.type, 'summary', x.summary, 'body', x.body, 'externalUrl', x.external_url,
				'publishedOn', CASE WHEN x.published_earliest = x.published_latest THEN ` + day("x.published_earliest") + ` END,
				'publishedWithin', json_build_object('from', ` + day("x.published_earliest") + `, 'to', ` + day("x.published_latest") + `), 'revisedOn', ` + day("x.revised_on") + `, 'audiences', x.audiences, 'provenance', x.provenance,
				'accessibility', json_build_object('formats', x.accessibility_formats, 'easyRead', 'EASY_READ' = ANY(x.accessibility_formats),
					'britishSignLanguage', 'BSL' = ANY(x.accessibility_formats), 'transcript', 'TRANSCRIPT' = ANY(x.accessibility_formats), 'durationSeconds', x.duration_seconds))`, "published_resource"},
		{"events", `query($after: String) { events(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug title type summary description deliveryMode workshopCount themes provenance
				venue { name address joiningDetails } registration { status url capacity } } } }`, "events",
			`json_build_object('slug', x.slug, 'title', x.title, 'type', x.type, 'summary', x.summary, 'description', x.description, 'deliveryMode', x.delivery_mode,
				'workshopCount', x.workshop_count, 'themes', x.themes, 'provenance', x.provenance,
				'venue', json_build_object('name', x.venue_name, 'address', x.venue_address, 'joiningDetails', x.joining_details),
				'registration', json_build_object('status', x.registration_status, 'url', x.registration_url, 'capacity', x.capacity))`, "published_event"},
		{"eventSeriesList", `query($after: String) { eventSeriesList(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug title brand edition year theme description startsOn endsOn provenance } } }`, "eventSeriesList",
			`json_build_object('slug', x.slug, 'title', x.title, 'brand', x.brand, 'edition', x.edition, 'year', x.year, 'theme', x.theme, 'description', x.description,
				'startsOn', ` + day("x.starts_on") + `, 'endsOn', ` + day("x.ends_on") + `, 'provenance', x.provenance)`, "published_event_series"},
		{"organisations", `query($after: String) { organisations(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug name kind description websiteUrl provenance } } }`, "organisations",
			`json_build_object('slug', x.slug, 'name', x.name, 'kind', x.kind, 'description', x.description, 'websiteUrl', x.website_url, 'provenance', x.provenance)`, "organisation"},
		{"people", `query($after: String) { people(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug name jobTitle bio provenance } } }`, "people",
			`json_build_object('slug', x.slug, 'name', x.name, 'jobTitle', x.job_title, 'bio', x.bio, 'provenance', x.provenance)`, "person"},
		{"topics", `query($after: String) { topics(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug name description isTheme } } }`, "topics",
			`json_build_object('slug', x.slug, 'name', x.name, 'description', x.description, 'isTheme', x.parent_id IS NULL)`, "topic"},
		{"consortia", `query($after: String) { consortia(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug name provenance } } }`, "consortia",
			`json_build_object('slug', x.slug, 'name', x.name, 'provenance', x.provenance)`, "consortium"},
		{"sources", `query($after: String) { sources(first: 100, after: $after) { ` + pageInfoFields + ` nodes { slug title url publisher licence } } }`, "sources",
			`json_build_object('slug', x.slug, 'title', x.title, 'url', x.url, 'publisher', x.publisher, 'licence', x.licence)`, "source"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			nodes, _ := a.pageAll(t, c.query, nil, c.path, false)
			want := map[string]map[string]any{}
			for _, pair := range a.sqlPairs(t, `SELECT x.slug a, `+c.sqlObj+`::text b FROM `+c.from+` x`) {
				slug, obj, _ := strings.Cut(pair, "|")
				var m map[string]any
				if err := json.Unmarshal([]byte(obj), &m); err != nil {
					t.Fatal(err)
				}
				want[slug] = m
			}
			if len(nodes) != len(want) {
				t.Errorf("%d records, want %d", len(nodes), len(want))
			}
			bad := 0
			for _, n := range nodes {
				slug, _ := n["slug"].(string)
				w, ok := want[slug]
				if !ok {
					t.Errorf("%s: no such row", slug)
					continue
				}
				// Round-trip the API's node through JSON so that numbers
				// compare alike.
				var g map[string]any
				b, _ := json.Marshal(n)
				_ = json.Unmarshal(b, &g)
				for k, wv := range w {
					if gv := g[k]; !reflect.DeepEqual(gv, wv) {
						if bad++; bad <= 5 {
							t.Errorf("%s %s.%s = %s, want %s", c.name, slug, k, jsonOf(gv), jsonOf(wv))
						}
					}
				}
			}
			if bad > 5 {
				t.Errorf("%d fields differ in all", bad)
			}
		})
	}
}

// TestMarkdownIsRenderedSafely: bodyHtml and descriptionHtml render the
// Markdown and never pass raw HTML or script links through.
func TestMarkdownIsRenderedSafely(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	const md = "# Heading\n\nSome **bold** text and a [link](https://www.scie.org.uk/).\n\n" +
		"<script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[click](javascript:alert(1))\n\n<iframe src=\"https://evil.example\"></iframe>\n"
	a.sqlExec(t, `UPDATE resource SET body = $1 WHERE slug = 'embracing-change-scaling-innovation-in-care'`, md)
	a.sqlExec(t, `UPDATE project SET description = $1 WHERE slug = 'exampleshire-carers-card'`, md)
	a.sqlExec(t, `UPDATE project SET description = NULL WHERE slug = 'mockshire-shared-lives-growth'`)
	var out struct {
		R struct{ Body, BodyHTML *string } `json:"r"`
		P struct {
			Description, DescriptionHTML *string
		} `json:"p"`
		None struct{ DescriptionHTML *string } `json:"none"`
	}
	a.query(t, `{
		r: resource(slug: "embracing-change-scaling-innovation-in-care") { body bodyHTML: bodyHtml }
		p: project(slug: "exampleshire-carers-card") { description descriptionHTML: descriptionHtml }
		none: project(slug: "mockshire-shared-lives-growth") { descriptionHTML: descriptionHtml }
	}`, nil, &out)
	if out.R.Body == nil || *out.R.Body != md || out.P.Description == nil || *out.P.Description != md {
		t.Errorf("the Markdown source must come back unchanged: body %s, description %s", strOrNull(out.R.Body), strOrNull(out.P.Description))
	}
	for name, html := range map[string]*string{"resource.bodyHtml": out.R.BodyHTML, "project.descriptionHtml": out.P.DescriptionHTML} {
		if html == nil {
			t.Errorf("%s is null", name)
			continue
		}
		h := *html
		for _, want := range []string{"<h1>Heading</h1>", "<strong>bold</strong>", `<a href="https://www.scie.org.uk/">link</a>`} {
			if !strings.Contains(h, want) {
				t.Errorf("%s lacks %q:\n%s", name, want, h)
			}
		}
		for _, banned := range []string{"<script", "onerror", "javascript:", "<iframe", "<img"} {
			if strings.Contains(strings.ToLower(h), banned) {
				t.Errorf("%s passes %q through:\n%s", name, banned, h)
			}
		}
	}
	if out.None.DescriptionHTML != nil {
		t.Errorf("descriptionHtml without a description = %q, want null", *out.None.DescriptionHTML)
	}
}
