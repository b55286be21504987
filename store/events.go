package store

import "time"

// EventSeries is one edition of a recurring event, such as Co-production
// Week 2025.
type EventSeries struct {
	ID                 int64      `db:"id"`
	Slug               string     `db:"slug"`
	Title              string     `db:"title"`
	Brand              string     `db:"brand"`
	Edition            *int       `db:"edition"`
	Year               int        `db:"year"`
	Theme              *string    `db:"theme"`
	Description        *string    `db:"description"`
	StartsOn           *time.Time `db:"starts_on"`
	EndsOn             *time.Time `db:"ends_on"`
	HostOrganisationID *int64     `db:"host_organisation_id"`
	Fact
	Listed
}

// EventSeriesFilter narrows a list of event series editions.
type EventSeriesFilter struct {
	Brand      *string
	YearFrom   *int
	YearTo     *int
	Provenance *string
}

// EventSeriesList lists published event series editions.
var EventSeriesList = List[EventSeries, EventSeriesFilter]{
	name: "eventSeries",
	columns: `es.id, es.slug, es.title, es.brand, es.edition, es.year, es.theme, es.description, es.starts_on, es.ends_on,
		es.host_organisation_id, es.provenance, es.source_id`,
	from:  `FROM published_event_series es`,
	alias: "es",
	filter: func(q *listQuery, f EventSeriesFilter) {
		if f.Brand != nil {
			q.where("es.brand = ?", *f.Brand)
		}
		if f.YearFrom != nil {
			q.where("es.year >= ?", *f.YearFrom)
		}
		if f.YearTo != nil {
			q.where("es.year <= ?", *f.YearTo)
		}
		if f.Provenance != nil {
			q.where("es.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{
		"YEAR":  {Expr: "es.year", Type: "integer"},
		"TITLE": {Expr: "es.title", Type: "text"},
	},
}

// Event is a conference, workshop, webinar or other event.
type Event struct {
	ID                  int64     `db:"id"`
	Slug                string    `db:"slug"`
	Title               string    `db:"title"`
	Type                string    `db:"type"`
	SeriesID            *int64    `db:"series_id"`
	ParentID            *int64    `db:"parent_id"`
	Summary             string    `db:"summary"`
	Description         *string   `db:"description"`
	StartsAt            time.Time `db:"starts_at"`
	EndsAt              time.Time `db:"ends_at"`
	DeliveryMode        string    `db:"delivery_mode"`
	VenueName           *string   `db:"venue_name"`
	VenueAddress        *string   `db:"venue_address"`
	JoiningDetails      *string   `db:"joining_details"`
	RegistrationURL     *string   `db:"registration_url"`
	RegistrationStatus  string    `db:"registration_status"`
	Capacity            *int      `db:"capacity"`
	HostOrganisationID  *int64    `db:"host_organisation_id"`
	RecordingResourceID *int64    `db:"recording_resource_id"`
	UpdatedAt           time.Time `db:"updated_at"`
	Fact
	Listed
}

// EventFilter narrows a list of events. Nil fields do not narrow.
type EventFilter struct {
	SeriesIDs            []int64
	Types                []string
	DeliveryModes        []string
	RegistrationStatuses []string
	TopicIDs             []int64 // matches the topics and everything beneath them
	ProjectIDs           []int64
	HostIDs              []int64
	TopLevel             *bool
	StartsFrom           *time.Time // inclusive
	StartsBefore         *time.Time // exclusive
	Provenance           *string
}

// Relations of events.
const (
	EventsOfSeries   Relation = "series"
	ChildrenOfEvent  Relation = "parent"
	EventsOfProject  Relation = "project"
	EventsOfResource Relation = "resource"
	EventsOfSpeaker  Relation = "speaker"
)

// Events lists published events.
var Events = List[Event, EventFilter]{
	name: "events",
	columns: `e.id, e.slug, e.title, e.type, e.series_id, e.parent_id, e.summary, e.description, e.starts_at, e.ends_at,
		e.delivery_mode, e.venue_name, e.venue_address, e.joining_details, e.registration_url, e.registration_status,
		e.capacity, e.host_organisation_id, e.recording_resource_id, e.updated_at, e.provenance, e.source_id`,
	from:  `FROM published_event e`,
	alias: "e",
	filter: func(q *listQuery, f EventFilter) {
		if f.SeriesIDs != nil {
			q.where("e.series_id = ANY(?)", int64Array(f.SeriesIDs))
		}
		if f.Types != nil {
			q.where("e.type = ANY(?)", stringArray(f.Types))
		}
		if f.DeliveryModes != nil {
			q.where("e.delivery_mode = ANY(?)", stringArray(f.DeliveryModes))
		}
		if f.RegistrationStatuses != nil {
			q.where("e.registration_status = ANY(?)", stringArray(f.RegistrationStatuses))
		}
		if f.TopicIDs != nil {
			q.where(`EXISTS (SELECT 1 FROM event_topic et JOIN topic_tree tt ON tt.descendant_id = et.topic_id
				WHERE et.event_id = e.id AND tt.ancestor_id = ANY(?))`, int64Array(f.TopicIDs))
		}
		if f.ProjectIDs != nil {
			q.where("EXISTS (SELECT 1 FROM event_project ep WHERE ep.event_id = e.id AND ep.project_id = ANY(?))", int64Array(f.ProjectIDs))
		}
		if f.HostIDs != nil {
			q.where("e.host_organisation_id = ANY(?)", int64Array(f.HostIDs))
		}
		if f.TopLevel != nil {
			// A parent the public cannot see does not count: its events
			// stand on their own, as their null parent field says.
			q.where("? = NOT EXISTS (SELECT 1 FROM published_event pe WHERE pe.id = e.parent_id)", *f.TopLevel)
		}
		if f.StartsFrom != nil {
			q.where("e.starts_at >= ?", *f.StartsFrom)
		}
		if f.StartsBefore != nil {
			q.where("e.starts_at < ?", *f.StartsBefore)
		}
		if f.Provenance != nil {
			q.where("e.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{
		"STARTS_AT":  {Expr: "e.starts_at", Type: "timestamptz"},
		"TITLE":      {Expr: "e.title", Type: "text"},
		"UPDATED_AT": {Expr: "e.updated_at", Type: "timestamptz"},
	},
	relations: map[Relation]relation{
		EventsOfSeries:   {parent: "e.series_id"},
		ChildrenOfEvent:  {parent: "e.parent_id"},
		EventsOfProject:  {join: `JOIN event_project rel ON rel.event_id = e.id`, parent: "rel.project_id"},
		EventsOfResource: {join: `JOIN resource_event rel ON rel.event_id = e.id`, parent: "rel.resource_id"},
		EventsOfSpeaker:  {join: `JOIN event_speaker rel ON rel.event_id = e.id`, parent: "rel.person_id"},
	},
}
