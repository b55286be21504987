package seed

import "fmt"

// ids maps a record's readable key (its slug, or for tranches the financial
// year) to the id the database gave it.
type ids struct {
	table string
	byKey map[string]int64
}

func newIDs(table string) ids {
	return ids{table: table, byKey: map[string]int64{}}
}

// add records the id of a newly inserted row.
func (m ids) add(key string, id int64) {
	m.byKey[key] = id
}

// id returns the id of the row with this key, or an error naming the table
// if the data refers to a row that was never loaded.
func (m ids) id(key string) (int64, error) {
	id, ok := m.byKey[key]
	if !ok {
		return 0, fmt.Errorf("no %s with key %q", m.table, key)
	}
	return id, nil
}

// optional is id for an optional reference: an empty key is SQL NULL.
func (m ids) optional(key string) (any, error) {
	if key == "" {
		return nil, nil
	}
	return m.id(key)
}

// registry holds the ids of everything Sample has loaded so far, so later
// stages can refer to earlier rows by slug.
type registry struct {
	sources          ids
	regions          ids
	nhsRegions       ids
	icss             ids
	localAuthorities ids
	organisations    ids
	people           ids
	topics           ids
	funds            ids
	tranches         ids // keyed by trancheKey, e.g. "accelerating-reform-fund/2023-24"
	priorities       ids // keyed by priorityKey, e.g. "accelerating-reform-fund/1"
	consortia        ids
	projects         ids
	resources        ids
	series           ids
	events           ids
}

func newRegistry() *registry {
	return &registry{
		sources:          newIDs("source"),
		regions:          newIDs("region"),
		nhsRegions:       newIDs("nhs_region"),
		icss:             newIDs("ics"),
		localAuthorities: newIDs("local_authority"),
		organisations:    newIDs("organisation"),
		people:           newIDs("person"),
		topics:           newIDs("topic"),
		funds:            newIDs("fund"),
		tranches:         newIDs("fund_tranche"),
		priorities:       newIDs("priority"),
		consortia:        newIDs("consortium"),
		projects:         newIDs("project"),
		resources:        newIDs("resource"),
		series:           newIDs("event_series"),
		events:           newIDs("event"),
	}
}
