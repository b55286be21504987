package store

import (
	"time"

	"github.com/lib/pq"
)

// Resource is a piece of learning: a learning note, case study, guide,
// report, video, podcast and so on.
type Resource struct {
	ID                      int64          `db:"id"`
	Slug                    string         `db:"slug"`
	Title                   string         `db:"title"`
	Type                    string         `db:"type"`
	Summary                 string         `db:"summary"`
	Body                    *string        `db:"body"`
	ExternalURL             *string        `db:"external_url"`
	PublishedOn             *time.Time     `db:"published_on"`
	RevisedOn               *time.Time     `db:"revised_on"`
	Audiences               pq.StringArray `db:"audiences"`
	AccessibilityFormats    pq.StringArray `db:"accessibility_formats"`
	DurationSeconds         *int           `db:"duration_seconds"`
	PublisherOrganisationID *int64         `db:"publisher_organisation_id"`
	UpdatedAt               time.Time      `db:"updated_at"`
	Fact
	Listed
}

// ResourceFilter narrows a list of resources. Nil fields do not narrow.
type ResourceFilter struct {
	Types                    []string
	Audiences                []string
	TopicIDs                 []int64 // matches the topics and everything beneath them
	ProjectIDs               []int64
	EventIDs                 []int64
	AuthorIDs                []int64
	AboutUnpaidCarerProjects *bool
	AccessibilityFormats     []string
	PublishedFrom            *time.Time
	PublishedTo              *time.Time
	Provenance               *string
}

// Relations of resources.
const (
	ResourcesOfProject Relation = "project"
	ResourcesOfEvent   Relation = "event"
	ResourcesOfTopic   Relation = "topic"
	ResourcesByAuthor  Relation = "author"
)

// Resources lists published resources.
var Resources = List[Resource, ResourceFilter]{
	name: "resources",
	columns: `r.id, r.slug, r.title, r.type, r.summary, r.body, r.external_url, r.published_on, r.revised_on,
		r.audiences, r.accessibility_formats, r.duration_seconds, r.publisher_organisation_id, r.updated_at,
		r.provenance, r.source_id`,
	from:  `FROM published_resource r`,
	alias: "r",
	filter: func(q *listQuery, f ResourceFilter) {
		if f.Types != nil {
			q.where("r.type = ANY(?)", stringArray(f.Types))
		}
		if f.Audiences != nil {
			q.where("r.audiences && ?::text[]", stringArray(f.Audiences))
		}
		if f.TopicIDs != nil {
			q.where(`EXISTS (SELECT 1 FROM resource_topic rt JOIN topic_tree tt ON tt.descendant_id = rt.topic_id
				WHERE rt.resource_id = r.id AND tt.ancestor_id = ANY(?))`, int64Array(f.TopicIDs))
		}
		if f.ProjectIDs != nil {
			q.where("EXISTS (SELECT 1 FROM resource_project rp WHERE rp.resource_id = r.id AND rp.project_id = ANY(?))", int64Array(f.ProjectIDs))
		}
		if f.EventIDs != nil {
			q.where("EXISTS (SELECT 1 FROM resource_event re WHERE re.resource_id = r.id AND re.event_id = ANY(?))", int64Array(f.EventIDs))
		}
		if f.AuthorIDs != nil {
			q.where("EXISTS (SELECT 1 FROM resource_author ra WHERE ra.resource_id = r.id AND ra.person_id = ANY(?))", int64Array(f.AuthorIDs))
		}
		if f.AboutUnpaidCarerProjects != nil {
			q.where(`? = EXISTS (SELECT 1 FROM resource_project rp JOIN published_project pp ON pp.id = rp.project_id
				WHERE rp.resource_id = r.id AND pp.unpaid_carer_focus)`, *f.AboutUnpaidCarerProjects)
		}
		if f.AccessibilityFormats != nil {
			q.where("r.accessibility_formats @> ?::text[]", stringArray(f.AccessibilityFormats))
		}
		if f.PublishedFrom != nil {
			q.where("r.published_on >= ?", *f.PublishedFrom)
		}
		if f.PublishedTo != nil {
			q.where("r.published_on <= ?", *f.PublishedTo)
		}
		if f.Provenance != nil {
			q.where("r.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{
		"PUBLISHED_ON": {Expr: "coalesce(r.published_on, '-infinity'::date)", Type: "date"},
		"TITLE":        {Expr: "r.title", Type: "text"},
		"UPDATED_AT":   {Expr: "r.updated_at", Type: "timestamptz"},
	},
	relations: map[Relation]relation{
		ResourcesOfProject: {join: `JOIN resource_project rel ON rel.resource_id = r.id`, parent: "rel.project_id"},
		ResourcesOfEvent:   {join: `JOIN resource_event rel ON rel.resource_id = r.id`, parent: "rel.event_id"},
		ResourcesOfTopic: {
			join: `JOIN (SELECT DISTINCT tt.ancestor_id, rt.resource_id FROM resource_topic rt
				JOIN topic_tree tt ON tt.descendant_id = rt.topic_id) rel ON rel.resource_id = r.id`,
			parent: "rel.ancestor_id",
		},
		ResourcesByAuthor: {join: `JOIN resource_author rel ON rel.resource_id = r.id`, parent: "rel.person_id"},
	},
}
