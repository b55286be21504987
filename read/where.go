package read

import (
	"fmt"
	"strings"

	"github.com/lib/pq"
)

// where collects the conditions of one list while its filter is applied.
// Conditions are written over self; values are passed as parameters.
type where struct {
	b     *builder
	conds []string
	refs  []refCheck
}

// cond adds a condition. Each ? in sql becomes the next parameter, taken
// from vals in order.
func (w *where) cond(sql string, vals ...any) {
	for _, v := range vals {
		i := strings.IndexByte(sql, '?')
		if i < 0 {
			panic(fmt.Sprintf("read: condition %q has fewer placeholders than values", sql))
		}
		sql = sql[:i] + w.b.param(v) + sql[i+1:]
	}
	w.conds = append(w.conds, sql)
}

// RefKind names a kind of record that filters name by slug (or, for
// geography, by ONS code).
type RefKind string

// The kinds of record filters can name.
const (
	RefRegion         RefKind = "region"
	RefNHSRegion      RefKind = "NHS region"
	RefICS            RefKind = "integrated care system"
	RefLocalAuthority RefKind = "local authority"
	RefConsortium     RefKind = "consortium"
	RefOrganisation   RefKind = "organisation"
	RefPerson         RefKind = "person"
	RefTopic          RefKind = "topic"
	RefProject        RefKind = "project"
	RefEvent          RefKind = "event"
	RefEventSeries    RefKind = "event series"
)

// refFrom is where each kind's names are looked up, and whether it also
// answers to its ONS code. Content kinds are looked up among published
// records only, so a filter cannot probe for drafts.
var refFrom = map[RefKind]struct {
	from  string
	codes bool
}{
	RefRegion:         {"region", true},
	RefNHSRegion:      {"nhs_region", true},
	RefICS:            {"ics", true},
	RefLocalAuthority: {"local_authority", true},
	RefConsortium:     {"consortium", false},
	RefOrganisation:   {"organisation", false},
	RefPerson:         {"person", false},
	RefTopic:          {"topic", false},
	RefProject:        {"published_project", false},
	RefEvent:          {"published_event", false},
	RefEventSeries:    {"published_event_series", false},
}

// refCheck finds the names of one filter field that match no record.
type refCheck struct {
	kind  RefKind
	check string
}

// ids returns a subquery yielding the ids of the records of kind named by
// names, and arranges for names that match nothing to be reported, since
// an unknown name is the client's mistake, not an empty list.
func (w *where) ids(kind RefKind, names []string) string {
	spec, ok := refFrom[kind]
	if !ok {
		panic(fmt.Sprintf("read: no look-up for %s", kind))
	}
	p := w.b.param(pq.StringArray(names)) + "::text[]"
	match := "ref.slug = ANY(" + p + ")"
	one := "ref.slug = n"
	if spec.codes {
		match += " OR ref.code = ANY(" + p + ")"
		one += " OR ref.code = n"
	}
	w.refs = append(w.refs, refCheck{kind: kind, check: "(SELECT json_agg(n) FROM unnest(" + p + ") n WHERE NOT EXISTS (SELECT 1 FROM " +
		spec.from + " ref WHERE " + one + "))"})
	return "(SELECT ref.id FROM " + spec.from + " ref WHERE " + match + ")"
}

// UnknownRefError lists names in a filter that match no record.
type UnknownRefError struct {
	Kind  RefKind
	Names []string
}

func (e *UnknownRefError) Error() string {
	return fmt.Sprintf("unknown %s %q", e.Kind, e.Names)
}

// unknownNames is a page's report of the names of one filter field that
// matched nothing, in the order the filter's fields were applied.
type unknownNames struct {
	Kind  RefKind  `json:"kind"`
	Names []string `json:"names"`
}

// unknownRefs turns the first report with names into an error.
func unknownRefs(unknown []unknownNames) error {
	for _, u := range unknown {
		if len(u.Names) > 0 {
			return &UnknownRefError{Kind: u.Kind, Names: u.Names}
		}
	}
	return nil
}

func int64Array(ids []int64) any { return pq.Array(ids) }

func stringArray(s []string) any { return pq.StringArray(s) }
