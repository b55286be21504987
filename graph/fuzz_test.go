package graph_test

// Fuzz targets that go through the whole handler over real PostgreSQL:
// filter inputs built from fuzzed values, and raw HTTP requests. Every
// answer passes through checkResponse (helpers_test.go); the targets add
// what holds for input a client chose: never INTERNAL or TIMEOUT, a
// refusal always explains itself with a code, a filter only ever narrows
// its list. The seed corpora run with every `go test`; fuzz one with
//
//	go test ./graph -run '^$' -fuzz '^FuzzFilters$' -fuzztime 60s -parallel 2

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"golang.org/x/net/http/httpguts"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"slices"
	"strings"
	"testing"

	"learningapi/graph/model"
)

// The schema's description of the filters, read by introspection, so that
// every filter field is fuzzed, including ones added later.

// typeRef is an introspected type reference.
type typeRef struct {
	Kind   string   `json:"kind"`
	Name   string   `json:"name"`
	OfType *typeRef `json:"ofType"`
}

// named unwraps NON_NULL and LIST, and reports whether a LIST was found.
func (t *typeRef) named() (named *typeRef, list bool) {
	for t != nil && (t.Kind == "NON_NULL" || t.Kind == "LIST") {
		if t.Kind == "LIST" {
			list = true
		}
		t = t.OfType
	}
	return t, list
}

type inputField struct {
	Name string  `json:"name"`
	Type typeRef `json:"type"`
}

type schemaType struct {
	Name        string       `json:"name"`
	Kind        string       `json:"kind"`
	InputFields []inputField `json:"inputFields"`
	EnumValues  []struct {
		Name string `json:"name"`
	} `json:"enumValues"`
}

// filterList is a top-level list field that takes a filter, with the
// number of records it holds unfiltered.
type filterList struct {
	field, input string
	total        int
}

// filterSchema is what the filter fuzzer knows of the schema.
type filterSchema struct {
	lists []filterList
	types map[string]schemaType
}

const filterIntrospection = `{ __schema {
  queryType { fields { name args { name type { kind name ofType { kind name ofType { kind name } } } } } }
  types { name kind
    inputFields { name type { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
    enumValues { name } } } }`

// readFilterSchema introspects the filters of a's schema and counts each
// list unfiltered. It fails if the lists the fuzzer must cover are gone.
func readFilterSchema(tb testing.TB, a *api) filterSchema {
	tb.Helper()
	var d struct {
		Schema struct {
			QueryType struct {
				Fields []struct {
					Name string `json:"name"`
					Args []struct {
						Name string  `json:"name"`
						Type typeRef `json:"type"`
					} `json:"args"`
				} `json:"fields"`
			} `json:"queryType"`
			Types []schemaType `json:"types"`
		} `json:"__schema"`
	}
	a.query(tb, filterIntrospection, nil, &d)
	s := filterSchema{types: map[string]schemaType{}}
	for _, t := range d.Schema.Types {
		s.types[t.Name] = t
	}
	for _, f := range d.Schema.QueryType.Fields {
		if adminOnly[f.Name] {
			continue
		}
		for _, arg := range f.Args {
			if t, _ := arg.Type.named(); arg.Name == "filter" && t != nil && t.Kind == "INPUT_OBJECT" {
				s.lists = append(s.lists, filterList{field: f.Name, input: t.Name})
			}
		}
	}
	slices.SortFunc(s.lists, func(x, y filterList) int { return strings.Compare(x.field, y.field) })
	for _, must := range []string{"resources", "projects", "events"} {
		if !slices.ContainsFunc(s.lists, func(l filterList) bool { return l.field == must }) {
			tb.Fatalf("introspection found no filter on %s; lists with filters: %v", must, s.lists)
		}
	}
	for i, l := range s.lists {
		var c map[string]struct {
			TotalCount int `json:"totalCount"`
		}
		a.query(tb, fmt.Sprintf(`{ %s(first: 1) { totalCount } }`, l.field), nil, &c)
		s.lists[i].total = c[l.field].TotalCount
	}
	return s
}

// choices hands out the fuzzer's decisions one byte at a time, starting
// over when they run out; with none, every decision is 0.
type choices struct {
	b []byte
	i int
}

func (c *choices) next() int {
	if len(c.b) == 0 {
		return 0
	}
	v := c.b[c.i%len(c.b)]
	c.i++
	return int(v)
}

// filterValues are the fuzzed values a filter is built from.
type filterValues struct {
	a, b     string // slugs, codes, any text
	n        int64  // numbers, and the pick of an enum value
	from, to string // dates and moments
}

// filterValue builds a value for the field name of type t, usually of the
// right shape, sometimes not (a string for a number, a nested list, an
// object).
func (s filterSchema) filterValue(name string, t typeRef, v filterValues, c *choices, depth int) any {
	named, list := t.named()
	if named == nil {
		return nil
	}
	if list {
		one := func() any { return s.scalarValue(name, named, v, c, depth) }
		switch c.next() % 8 {
		case 0:
			return []any{one()}
		case 1:
			return []any{one(), one()}
		case 2:
			return []any{}
		case 3:
			return nil
		case 4:
			return one() // a single value where a list is expected
		case 5:
			return []any{[]any{one()}} // nested
		case 6:
			return []any{one(), nil}
		default:
			out := make([]any, 1+c.next()%40)
			for i := range out {
				out[i] = one()
			}
			return out
		}
	}
	return s.scalarValue(name, named, v, c, depth)
}

func (s filterSchema) scalarValue(name string, t *typeRef, v filterValues, c *choices, depth int) any {
	pick := c.next()
	if pick%11 == 10 {
		// The wrong shape for the type.
		return [...]any{v.a, v.n, float64(v.n) / 3, true, map[string]any{}, []any{}, map[string]any{"from": v.a}}[c.next()%7]
	}
	switch t.Kind {
	case "ENUM":
		values := s.types[t.Name].EnumValues
		if pick%8 == 7 || len(values) == 0 {
			return v.a // a name that is usually not one of the values
		}
		return values[int(uint64(v.n)%uint64(len(values)))].Name
	case "INPUT_OBJECT":
		obj := map[string]any{}
		if depth > 3 {
			return obj
		}
		for _, f := range s.types[t.Name].InputFields {
			if c.next()%4 != 3 {
				obj[f.Name] = s.filterValue(f.Name, f.Type, v, c, depth+1)
			}
		}
		return obj
	}
	switch t.Name {
	case "Int":
		return [...]any{v.n, v.n % 10, int64(math.MaxInt32) + 1, float64(v.n) / 7, -v.n}[pick%5]
	case "Boolean":
		return v.n%2 == 0
	case "Date", "DateTime":
		// A range's ends get the fuzzed ends, mostly in their places.
		mine, other := v.from, v.to
		if name == "to" {
			mine, other = v.to, v.from
		}
		return [...]any{mine, mine, mine, other, v.a, nil}[pick%6]
	default: // String, ID and any scalar added later
		return [...]any{v.a, v.a, v.b, v.a + v.b, strings.Repeat(v.a, 1+pick%5), v.b}[pick%6]
	}
}

// buildFilter builds the filter variable for input type name: one to
// three of its fields, as the choices say.
func (s filterSchema) buildFilter(name string, v filterValues, c *choices) map[string]any {
	filter := map[string]any{}
	fields := s.types[name].InputFields
	if len(fields) == 0 {
		return filter
	}
	for range 1 + c.next()%3 {
		f := fields[c.next()%len(fields)]
		filter[f.Name] = s.filterValue(f.Name, f.Type, v, c, 0)
	}
	return filter
}

// FuzzFilters sends the top-level lists that take a filter (resources,
// projects, events and the rest, found by introspection) filters built
// from fuzzed text, numbers and dates, or given whole as raw JSON, over
// the sample data. Every answer is 200 and passes checkResponse; an
// error is BAD_USER_INPUT or a validation failure, never INTERNAL or
// TIMEOUT; an answer is a page of at most five records, the list's
// totalCount is no more than the unfiltered list's, and every id is a
// global ID.
func FuzzFilters(f *testing.F) {
	a := sampleAPI(f)
	schema := readFilterSchema(f, a)
	index := func(field string) uint8 {
		i := slices.IndexFunc(schema.lists, func(l filterList) bool { return l.field == field })
		if i < 0 {
			f.Fatalf("no list %s with a filter", field)
		}
		return uint8(i)
	}
	type seed struct {
		list      string
		choices   []byte
		a, b      string
		n         int64
		from, to  string
		rawFilter string
	}
	for _, s := range []seed{
		{"resources", nil, "unpaid-carers", "co-production", 1, "2024-04-01", "2025-07-01", ""},
		{"resources", []byte{0, 1, 0, 0, 0, 1, 0, 4, 0, 0}, "unpaid-carers", "alex-example", 3, "2024-04-01", "2025-07-01", ""},
		{"projects", []byte{0, 0, 0, 0, 1, 1}, "exampleshire-carers-card", "north-east", 2, "2025-01-01", "2025-01-02", ""},
		{"projects", []byte{0, 1, 0, 1, 1, 0, 2}, "west-yorkshire", "yorkshire-and-the-humber", 5, "2024-06-03", "2025-03-12", ""},
		{"events", []byte{0, 1, 2, 3, 4, 5, 6, 7}, "co-production-week-2025", "alex-example", 3, "2025-06-30T00:00:00+01:00", "2025-07-05T00:00:00Z", ""},
		{"events", []byte{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0}, "", "", 0, "2025-06-30", "2025-07-04", ""},
		{"integratedCareSystems", []byte{2}, "west-yorkshire", "E54000054", 0, "2025-03-12", "2024-06-03", ""},
		{"localAuthorities", []byte{9, 10, 21, 32}, "exampleshire-county-council", "E12000007", 4, "2025-07-01", "2025-07-01", ""},
		{"topics", []byte{0, 0, 1, 0}, "co-production", "no-such-topic", 2, "", "", ""},
		{"people", []byte{255, 254, 253}, "no-such-org", "", -1, "", "", ""},
		{"consortia", []byte{0, 10, 0, 10}, "' OR 1=1 --", "'; DROP TABLE resource; --", math.MaxInt64, "0000-01-01", "9999-12-31", ""},
		{"eventSeriesList", []byte{1, 3, 5, 7, 9, 11}, "\x00", "\xff\xfe", math.MinInt64, "2025-02-30", "2025-13-01", ""},
		{"organisations", []byte{0, 4, 0, 4}, strings.Repeat("x", 5000), "🙂", 1 << 31, "9999-12-31T23:59:59+14:00", "0001-01-01T00:00:00-14:00", ""},
		{"events", []byte{0, 7, 0, 7, 39}, "a\x1fb", "%", -2147483649, "2025-07-01T10:00:00", "yesterday", ""},
		{"resources", nil, "", "", 0, "", "", `{"topics":["unpaid-carers"],"publishedOn":{"from":"2024-01-01"}}`},
		{"resources", nil, "", "", 0, "", "", `{"types":["CASE_STUDY","GUIDE"],"audiences":["UNPAID_CARERS"],"provenance":"ILLUSTRATIVE","aboutUnpaidCarerProjects":true}`},
		{"resources", nil, "", "", 0, "", "", `{"projects":["exampleshire-carers-card"],"authors":["alex-example","jordan-sample"],"accessibilityFormats":[]}`},
		{"resources", nil, "", "", 0, "", "", `{"events":["exampleshire-carers-learning-festival-2025"],"publishedOn":{"from":"2025-01-01","to":"2025-01-01"}}`},
		{"projects", nil, "", "", 0, "", "", `{"regions":["north-east","E12000007"],"themes":["co-production"],"stages":["IN_PROGRESS"],"targetGroups":["UNPAID_CARERS"]}`},
		{"projects", nil, "", "", 0, "", "", `{"localAuthorities":["oxfordshire-county-council"],"leadOrganisations":["exampleshire-county-council"],"unpaidCarerFocus":true}`},
		{"projects", nil, "", "", 0, "", "", `{"integratedCareSystems":["west-yorkshire"],"consortia":["fictonbury-and-dummydale"],"priorities":[1,2],"startsOn":{"from":"2024-04-01"}}`},
		{"events", nil, "", "", 0, "", "", `{"series":["co-production-week-2025"],"types":["WEBINAR","WORKSHOP"],"deliveryModes":["ONLINE"],"topLevel":true}`},
		{"events", nil, "", "", 0, "", "", `{"topics":["unpaid-carers"],"projects":["mockshire-shared-lives-growth"],"hosts":["social-care-institute-for-excellence"],"startsOn":{"from":"2025-06-30","to":"2025-07-04"}}`},
		{"events", nil, "", "", 0, "", "", `{"startsAt":{"from":"2025-06-30T09:00:00+01:00","to":"2025-06-30T09:00:00+01:00"}}`},
		{"resources", nil, "", "", 0, "", "", `{"topics":[["unpaid-carers"]],"types":[1e400]}`},
		{"resources", nil, "", "", 0, "", "", `{"publishedOn":{"from":"0000-01-01","to":"9999-12-31"},"authors":["\u0000"]}`},
		{"projects", nil, "", "", 0, "", "", `{"priorities":[1e300,-0,9007199254740993],"startsOn":{"from":"2025-07-01","to":"2025-01-01"}}`},
		{"projects", nil, "", "", 0, "", "", `{"regions":["london\u0000"],"themes":["\ud800"]}`},
		{"projects", nil, "", "", 0, "", "", `{"priorities":[2147483647,-2147483648,0]}`},
		{"events", nil, "", "", 0, "", "", `{"startsAt":{"from":"2025-07-01T00:00:00Z"},"startsOn":{"to":"2025-07-01"}}`},
		{"events", nil, "", "", 0, "", "", `{"startsOn":{"from":"9999-12-31","to":"9999-12-31"}}`},
		{"events", nil, "", "", 0, "", "", `{"startsOn":{"from":"2025-07-04","to":"2025-06-30"}}`},
		{"events", nil, "", "", 0, "", "", `{"startsAt":{"from":"2025-07-01T10:00:00+01:00","to":"2025-07-01T09:00:00Z"}}`},
		{"resources", nil, "", "", 0, "", "", `{"publishedOn":{"from":"2025-07-01","to":"2025-01-01"}}`},
		{"projects", nil, "", "", 0, "", "", `{"startsOn":{"from":"2025-07-01","to":"2024-07-01"}}`},
		{"events", nil, "", "", 0, "", "", `{"startsAt":{"from":"0000-01-01T00:00:00+23:59","to":"9999-12-31T23:59:59.999999999-23:59"}}`},
		{"events", nil, "", "", 0, "", "", `{"hosts":[null],"topLevel":"yes","series":{}}`},
		{"eventSeriesList", nil, "", "", 0, "", "", `{"yearFrom":2147483647,"yearTo":-2147483648}`},
		{"localAuthorities", nil, "", "", 0, "", "", `{"integratedCareSystems":["E54000054","west-yorkshire","E54000054"]}`},
		{"projects", nil, "", "", 0, "", "", `[]`},
		{"projects", nil, "", "", 0, "", "", `"projects"`},
		{"projects", nil, "", "", 0, "", "", `null`},
	} {
		f.Add(index(s.list), s.choices, s.a, s.b, s.n, s.from, s.to, s.rawFilter)
	}
	allowed := []model.ErrorCode{model.ErrorCodeBadUserInput, model.ErrorCodeGraphqlValidationFailed}

	f.Fuzz(func(t *testing.T, list uint8, picks []byte, sa, sb string, n int64, from, to, rawFilter string) {
		l := schema.lists[int(list)%len(schema.lists)]
		var filter any
		if rawFilter != "" && json.Valid([]byte(rawFilter)) {
			filter = json.RawMessage(rawFilter)
		} else {
			filter = schema.buildFilter(l.input, filterValues{a: sa, b: sb, n: n, from: from, to: to}, &choices{b: picks})
		}
		q := fmt.Sprintf(`query($f: %s) { %s(first: 5, filter: $f) { totalCount nodes { id } } }`, l.input, l.field)
		vars := map[string]any{"f": filter}
		label := fmt.Sprintf("%s(filter: %.300s)", l.field, jsonOf(filter))

		r := a.post(t, q, vars)
		if r.Status != http.StatusOK {
			t.Errorf("%s: status %d, want 200; body %.300s", label, r.Status, r.Body)
		}
		if len(r.Errors) > 0 {
			// Never INTERNAL or TIMEOUT: whatever is wrong is the client's doing.
			wantAnyCode(t, r, allowed...)
			return
		}
		var d map[string]struct {
			TotalCount *int `json:"totalCount"`
			Nodes      []struct {
				ID string `json:"id"`
			} `json:"nodes"`
		}
		decodeData(t, r, &d)
		page, ok := d[l.field]
		switch {
		case !ok || page.TotalCount == nil:
			t.Fatalf("%s: no errors but no page: %.300s", label, r.Body)
		case *page.TotalCount > l.total:
			t.Errorf("%s: totalCount %d, but the list holds %d unfiltered; a filter can only narrow", label, *page.TotalCount, l.total)
		case len(page.Nodes) > 5 || len(page.Nodes) > *page.TotalCount:
			t.Errorf("%s: %d nodes on a page of first: 5 with totalCount %d", label, len(page.Nodes), *page.TotalCount)
		case *page.TotalCount > 0 && len(page.Nodes) == 0:
			t.Errorf("%s: totalCount %d but an empty first page", label, *page.TotalCount)
		}
		for _, node := range page.Nodes {
			if typ, id, ok := strings.Cut(ungid(t, node.ID), ":"); !ok || typ == "" || id == "" {
				t.Errorf("%s: node id %q is not a global ID", label, node.ID)
			}
		}
	})
}

// FuzzHandler sends the whole handler requests with a fuzzed method,
// query string, Content-Type, Accept, other headers and body, over the
// sample data. The handler never panics; every answer passes
// checkResponse (no 5xx, JSON GraphQL body with valid codes, no SQL or
// stack text); a 4xx carries at least one error; no error is INTERNAL or
// TIMEOUT, since whatever went wrong was the client's doing.
func FuzzHandler(f *testing.F) {
	const q = `{ projects(first: 2) { totalCount nodes { slug title } } }`
	sum := sha256.Sum256([]byte(q))
	hash := hex.EncodeToString(sum[:])
	persisted := `{"persistedQuery":{"version":1,"sha256Hash":"` + hash + `"}}`
	get := func(v url.Values) string { return v.Encode() }
	type seed struct{ method, rawQuery, contentType, accept, headers, body string }
	seeds := []seed{
		{"GET", get(url.Values{"query": {q}}), "", "", "", ""},
		{"GET", get(url.Values{"query": {`query($s: String!) { project(slug: $s) { title } }`}, "variables": {`{"s":"exampleshire-carers-card"}`}}), "", "application/graphql-response+json", "", ""},
		{"POST", "", "application/json", "", "", `{"query":"` + q + `"}`},
		{"POST", "", "application/json; charset=utf-8", "application/graphql-response+json", "Origin: https://www.scie.org.uk", `{"query":"query($id: ID!) { node(id: $id) { id } }","variables":{"id":"UHJvamVjdDox"}}`},
		{"POST", "", "application/json", "", "", `{"query":"` + q + `","extensions":` + persisted + `}`},
		{"GET", get(url.Values{"extensions": {persisted}}), "", "", "", ""},
		{"GET", get(url.Values{"extensions": {`{"persistedQuery":{"version":1,"sha256Hash":"` + strings.Repeat("0", 64) + `"}}`}}), "", "", "", ""},
		{"GET", get(url.Values{"query": {`mutation { x }`}}), "", "", "", ""},
		{"GET", "query=%zz", "", "", "", ""},
		{"GET", "query={__typename}&variables=[1]&extensions=null", "", "", "", ""},
		{"GET", "query=%00&operationName=%FF", "", "", "", ""},
		{"POST", "", "application/graphql", "", "", `{ __typename }`},
		{"POST", "", "text/plain", "", "", `{"query":"{ __typename }"}`},
		{"POST", "", "multipart/form-data; boundary=x", "", "", "--x--"},
		{"POST", "", "application/json; charset", "", "", `{}`},
		{"POST", "", "application/json", "", "", ``},
		{"POST", "", "application/json", "", "", `null`},
		{"POST", "", "application/json", "", "", `[{"query":"{ __typename }"}]`},
		{"POST", "", "application/json", "", "", `{"query":5,"variables":"x","operationName":[]}`},
		{"POST", "", "application/json", "", "", `{"query":"query($n: Int) { projects(first: $n) { totalCount } }","variables":{"n":1e400}}`},
		{"POST", "", "application/json", "", "", `{"query":"{ projects(first: 99999999999) { totalCount } }"}`},
		{"POST", "", "application/json", "", "", `{"query":"{ project(slug: \"x' OR 1=1 --\") { id } }"}`},
		{"POST", "", "application/json", "", "", `{"query":"{ project(slug: \"\\u0000\") { id } }"}`},
		{"POST", "", "application/json", "", "", "{\"query\":\"{ project(slug: \\\"\xff\\\") { id } }\"}"},
		{"POST", "", "application/json", "", "", `{"query":"{ resources(after: \"AAAA\") { totalCount } }"}`},
		{"POST", "", "application/json", "", "", `{"query":"{ a: __typename ` + strings.Repeat("{", 200) + `"}`},
		{"POST", "", "application/json", "", "", `{"query":"","extensions":{"persistedQuery":{"sha256Hash":5}}}`},
		{"OPTIONS", "", "", "", "Origin: https://www.scie.org.uk\nAccess-Control-Request-Method: POST", ""},
		{"DELETE", "", "", "", "", ""},
		{"HEAD", get(url.Values{"query": {q}}), "", "", "", ""},
		{"BREW", "", "", "", "X-Request-ID: " + strings.Repeat("z", 300), ""},
		{"", "", "", "", "", ""},
	}
	for _, s := range seeds {
		f.Add(s.method, s.rawQuery, s.contentType, s.accept, s.headers, []byte(s.body))
	}
	a := sampleAPI(f)
	methods := []string{http.MethodGet, http.MethodPost, http.MethodOptions, http.MethodHead, http.MethodPut, http.MethodDelete, http.MethodPatch}

	f.Fuzz(func(t *testing.T, method, rawQuery, contentType, accept, headers string, body []byte) {
		// What the server would not hand the handler is normalised, not
		// skipped, so that every input is used.
		if !httpguts.ValidHeaderFieldName(method) {
			method = methods[len(method)%len(methods)]
		}
		req := httptest.NewRequest(http.MethodPost, "/graphql", strings.NewReader(string(body)))
		req.Method = method
		req.URL.RawQuery = rawQuery
		req.Header.Del("Content-Type")
		for _, line := range strings.Split(headers, "\n") {
			name, value, ok := strings.Cut(line, ":")
			value = strings.TrimSpace(value)
			if ok && httpguts.ValidHeaderFieldName(name) && httpguts.ValidHeaderFieldValue(value) {
				req.Header.Set(name, value)
			}
		}
		if contentType != "" && httpguts.ValidHeaderFieldValue(contentType) {
			req.Header.Set("Content-Type", contentType)
		}
		if accept != "" && httpguts.ValidHeaderFieldValue(accept) {
			req.Header.Set("Accept", accept)
		}
		label := fmt.Sprintf("%s /graphql?%.200s (Content-Type %q, %d bytes)", method, rawQuery, contentType, len(body))

		r := a.serve(t, req)
		if r.Status >= 400 && len(r.Errors) == 0 {
			t.Errorf("%s: status %d with no error to explain it: %.300s", label, r.Status, r.Body)
		}
		if r.Status >= 300 && r.Status < 400 {
			t.Errorf("%s: status %d; the endpoint never redirects", label, r.Status)
		}
		wantNoInternal(t, label, r)
	})
}
