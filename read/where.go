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
// answers to its ONS code, and to its former codes under which column of
// former_code (as its table says: see withFormerCodes). Content kinds are
// looked up among published records only, so a filter cannot probe for
// drafts.
var refFrom = map[RefKind]struct {
	from   string
	codes  bool
	former string
}{
	RefRegion:         {"region", true, "region_id"},
	RefNHSRegion:      {"nhs_region", true, ""},
	RefICS:            {"ics", true, "ics_id"},
	RefLocalAuthority: {"local_authority", true, "local_authority_id"},
	RefConsortium:     {"consortium", false, ""},
	RefOrganisation:   {"organisation", false, ""},
	RefPerson:         {"person", false, ""},
	RefTopic:          {"topic", false, ""},
	RefProject:        {"published_project", false, ""},
	RefEvent:          {"published_event", false, ""},
	RefEventSeries:    {"published_event_series", false, ""},
}

// refCheck finds the names of one filter field that match no record.
type refCheck struct {
	kind  RefKind
	check string
}

// ids returns the set of ids of the records of kind named by names, and
// arranges for names that match nothing to be reported, since an unknown
// name is the client's mistake, not an empty list.
func (w *where) ids(kind RefKind, names []string) idSet {
	spec, ok := refFrom[kind]
	if !ok {
		panic(fmt.Sprintf("read: no look-up for %s", kind))
	}
	p := w.b.param(pq.StringArray(names)) + "::text[]"
	match := "ref.slug = ANY(" + p + ")"
	one := "ref.slug = n"
	if spec.codes {
		match += " OR " + codeMatch("ref", p, spec.former, true)
		one += " OR " + codeMatch("ref", "n", spec.former, false)
	}
	w.refs = append(w.refs, refCheck{kind: kind, check: "(SELECT json_agg(n) FROM unnest(" + p + ") n WHERE NOT EXISTS (SELECT 1 FROM " +
		spec.from + " ref WHERE " + one + "))"})
	return idSet("ARRAY(SELECT ref.id FROM " + spec.from + " ref WHERE " + match + ")")
}

// idSet is SQL for an array of record ids. Filters carry ids from table
// to table as arrays, which PostgreSQL computes once per statement (an
// ARRAY subquery is an init plan) before the plan that uses them runs, so
// a kept generic plan probes indexes with the actual ids however many or
// few they are, rather than joining whole tables on a guess of how many
// names a list parameter holds.
type idSet string

// via maps the set across a link: sel selects one id column and ends with
// the column that holds the set's ids, as in
// "SELECT c.id FROM consortium c WHERE c.ics_id".
func (s idSet) via(sel string) idSet {
	return idSet("ARRAY(" + sel + " = ANY(" + string(s) + "))")
}

// has is the condition that col holds one of the set's ids.
func (s idSet) has(col string) string { return col + " = ANY(" + string(s) + ")" }

// The links filters follow, each written once.

// localAuthoritiesIn maps regions to their local authorities.
func localAuthoritiesIn(regions idSet) idSet {
	return regions.via("SELECT la.id FROM local_authority la WHERE la.region_id")
}

// icssCovering maps local authorities to the ICSs that cover them.
func icssCovering(localAuthorities idSet) idSet {
	return localAuthorities.via("SELECT il.ics_id FROM ics_local_authority il WHERE il.local_authority_id")
}

// icssIn maps NHS regions to their ICSs.
func icssIn(nhsRegions idSet) idSet {
	return nhsRegions.via("SELECT i.id FROM ics i WHERE i.nhs_region_id")
}

// consortiaOf maps ICSs to the consortia funded on their footprints.
func consortiaOf(icss idSet) idSet {
	return icss.via("SELECT c.id FROM consortium c WHERE c.ics_id")
}

// topicsUnder maps topics to themselves and every topic beneath them.
func topicsUnder(topics idSet) idSet {
	return topics.via("SELECT tc.descendant_id FROM topic_closure tc WHERE tc.ancestor_id")
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
