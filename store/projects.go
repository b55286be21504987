package store

import (
	"time"

	"github.com/lib/pq"
)

// Project is a project funded through an ARF consortium.
type Project struct {
	ID                     int64          `db:"id"`
	Slug                   string         `db:"slug"`
	Title                  string         `db:"title"`
	Summary                string         `db:"summary"`
	Description            *string        `db:"description"`
	ConsortiumID           int64          `db:"consortium_id"`
	LeadOrganisationID     *int64         `db:"lead_organisation_id"`
	Stage                  *string        `db:"stage"`
	TargetGroups           pq.StringArray `db:"target_groups"`
	UnpaidCarerFocus       bool           `db:"unpaid_carer_focus"`
	CoproductionLevel      *string        `db:"coproduction_level"`
	CoproductionPrinciples pq.StringArray `db:"coproduction_principles"`
	StartsOn               *time.Time     `db:"starts_on"`
	EndsOn                 *time.Time     `db:"ends_on"`
	UpdatedAt              time.Time      `db:"updated_at"`
	Fact
	Listed
}

// ProjectFilter narrows a list of projects. Nil fields do not narrow.
type ProjectFilter struct {
	RegionIDs           []int64
	ICSIDs              []int64
	LocalAuthorityIDs   []int64
	ConsortiumIDs       []int64
	LeadOrganisationIDs []int64
	TopicIDs            []int64 // matches the topics and everything beneath them
	PriorityNumbers     []int64
	TargetGroups        []string
	UnpaidCarerFocus    *bool
	Stages              []string
	CoproductionLevels  []string
	StartsFrom          *time.Time
	StartsTo            *time.Time
	Provenance          *string
}

// Relations of projects.
const (
	ProjectsOfRegion     Relation = "region"
	ProjectsOfICS        Relation = "ics"
	ProjectsOfConsortium Relation = "consortium"
	ProjectsOfTopic      Relation = "topic"
	ProjectsOfPriority   Relation = "priority"
	ProjectsLedBy        Relation = "leadOrganisation"
	ProjectsPartneredBy  Relation = "partner"
	ProjectsOfResource   Relation = "resource"
	ProjectsOfEvent      Relation = "event"
)

// Projects lists published projects.
var Projects = List[Project, ProjectFilter]{
	name: "projects",
	columns: `p.id, p.slug, p.title, p.summary, p.description, p.consortium_id, p.lead_organisation_id, p.stage,
		p.target_groups, p.unpaid_carer_focus, p.coproduction_level, p.coproduction_principles,
		p.starts_on, p.ends_on, p.updated_at, p.provenance, p.source_id`,
	from:  `FROM published_project p`,
	alias: "p",
	filter: func(q *listQuery, f ProjectFilter) {
		if f.RegionIDs != nil {
			q.where(`p.consortium_id IN (SELECT c.id FROM consortium c
				JOIN ics_local_authority il ON il.ics_id = c.ics_id
				JOIN local_authority la ON la.id = il.local_authority_id
				WHERE la.region_id = ANY(?))`, int64Array(f.RegionIDs))
		}
		if f.ICSIDs != nil {
			q.where(`p.consortium_id IN (SELECT c.id FROM consortium c WHERE c.ics_id = ANY(?))`, int64Array(f.ICSIDs))
		}
		if f.LocalAuthorityIDs != nil {
			q.where(`p.consortium_id IN (SELECT c.id FROM consortium c
				JOIN ics_local_authority il ON il.ics_id = c.ics_id
				WHERE il.local_authority_id = ANY(?))`, int64Array(f.LocalAuthorityIDs))
		}
		if f.ConsortiumIDs != nil {
			q.where("p.consortium_id = ANY(?)", int64Array(f.ConsortiumIDs))
		}
		if f.LeadOrganisationIDs != nil {
			q.where("p.lead_organisation_id = ANY(?)", int64Array(f.LeadOrganisationIDs))
		}
		if f.TopicIDs != nil {
			q.where(`EXISTS (SELECT 1 FROM project_topic pt JOIN topic_tree tt ON tt.descendant_id = pt.topic_id
				WHERE pt.project_id = p.id AND tt.ancestor_id = ANY(?))`, int64Array(f.TopicIDs))
		}
		if f.PriorityNumbers != nil {
			q.where(`EXISTS (SELECT 1 FROM project_priority pp JOIN priority pr ON pr.id = pp.priority_id
				WHERE pp.project_id = p.id AND pr.number = ANY(?))`, int64Array(f.PriorityNumbers))
		}
		if f.TargetGroups != nil {
			q.where("p.target_groups && ?::text[]", stringArray(f.TargetGroups))
		}
		if f.UnpaidCarerFocus != nil {
			q.where("p.unpaid_carer_focus = ?", *f.UnpaidCarerFocus)
		}
		if f.Stages != nil {
			q.where("p.stage = ANY(?)", stringArray(f.Stages))
		}
		if f.CoproductionLevels != nil {
			q.where("p.coproduction_level = ANY(?)", stringArray(f.CoproductionLevels))
		}
		if f.StartsFrom != nil {
			q.where("p.starts_on >= ?", *f.StartsFrom)
		}
		if f.StartsTo != nil {
			q.where("p.starts_on <= ?", *f.StartsTo)
		}
		if f.Provenance != nil {
			q.where("p.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{
		"TITLE":      {Expr: "p.title", Type: "text"},
		"STARTS_ON":  {Expr: "coalesce(p.starts_on, 'infinity'::date)", Type: "date"},
		"UPDATED_AT": {Expr: "p.updated_at", Type: "timestamptz"},
	},
	relations: map[Relation]relation{
		ProjectsOfRegion: {
			join: `JOIN (SELECT DISTINCT c.id AS consortium_id, la.region_id FROM consortium c
				JOIN ics_local_authority il ON il.ics_id = c.ics_id
				JOIN local_authority la ON la.id = il.local_authority_id) rel ON rel.consortium_id = p.consortium_id`,
			parent: "rel.region_id",
		},
		ProjectsOfICS:        {join: `JOIN consortium rel ON rel.id = p.consortium_id`, parent: "rel.ics_id"},
		ProjectsOfConsortium: {parent: "p.consortium_id"},
		ProjectsOfTopic: {
			join: `JOIN (SELECT DISTINCT tt.ancestor_id, pt.project_id FROM project_topic pt
				JOIN topic_tree tt ON tt.descendant_id = pt.topic_id) rel ON rel.project_id = p.id`,
			parent: "rel.ancestor_id",
		},
		ProjectsOfPriority:  {join: `JOIN project_priority rel ON rel.project_id = p.id`, parent: "rel.priority_id"},
		ProjectsLedBy:       {parent: "p.lead_organisation_id"},
		ProjectsPartneredBy: {join: `JOIN project_partner rel ON rel.project_id = p.id`, parent: "rel.organisation_id"},
		ProjectsOfResource:  {join: `JOIN resource_project rel ON rel.project_id = p.id`, parent: "rel.resource_id"},
		ProjectsOfEvent:     {join: `JOIN event_project rel ON rel.project_id = p.id`, parent: "rel.event_id"},
	},
}
