package store

// Organisation is a council, NHS body, charity, university, provider or
// national body.
type Organisation struct {
	ID               int64   `db:"id"`
	Slug             string  `db:"slug"`
	Name             string  `db:"name"`
	Kind             string  `db:"kind"`
	Description      *string `db:"description"`
	WebsiteURL       *string `db:"website_url"`
	LocalAuthorityID *int64  `db:"local_authority_id"`
	ICSID            *int64  `db:"ics_id"`
	Fact
	Listed
}

// OrganisationFilter narrows a list of organisations.
type OrganisationFilter struct {
	Kinds      []string
	Provenance *string
}

// Relations of organisations.
const (
	MembersOfConsortium     Relation = "consortium"
	OrganisationOfAuthority Relation = "localAuthority"
)

// Organisations lists organisations.
var Organisations = List[Organisation, OrganisationFilter]{
	name:    "organisations",
	columns: `o.id, o.slug, o.name, o.kind, o.description, o.website_url, o.local_authority_id, o.ics_id, o.provenance, o.source_id`,
	from:    `FROM organisation o`,
	alias:   "o",
	filter: func(q *listQuery, f OrganisationFilter) {
		if f.Kinds != nil {
			q.where("o.kind = ANY(?)", stringArray(f.Kinds))
		}
		if f.Provenance != nil {
			q.where("o.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{"NAME": {Expr: "o.name", Type: "text"}},
	relations: map[Relation]relation{
		MembersOfConsortium:     {join: `JOIN consortium_member rel ON rel.organisation_id = o.id`, parent: "rel.consortium_id"},
		OrganisationOfAuthority: {join: `JOIN organisation rel ON rel.id = o.id AND rel.kind = 'COUNCIL'`, parent: "rel.local_authority_id"},
	},
}

// ProjectPartner is an organisation's part in a project.
type ProjectPartner struct {
	OrganisationID int64   `db:"organisation_id"`
	Role           *string `db:"role"`
	Listed
}

// Relations of project partners.
const PartnersOfProject Relation = "project"

// ProjectPartners lists the partners of projects, in the order given.
var ProjectPartners = List[ProjectPartner, NoFilter]{
	name:      "projectPartners",
	columns:   `pp.organisation_id, pp.role`,
	from:      `FROM project_partner pp`,
	alias:     "pp",
	id:        "pp.organisation_id",
	sorts:     map[string]Sort{"POSITION": {Expr: "pp.position", Type: "integer"}},
	relations: map[Relation]relation{PartnersOfProject: {parent: "pp.project_id"}},
}

// Person is someone named in the data: an author or a speaker.
type Person struct {
	ID             int64   `db:"id"`
	Slug           string  `db:"slug"`
	Name           string  `db:"name"`
	JobTitle       *string `db:"job_title"`
	Bio            *string `db:"bio"`
	OrganisationID *int64  `db:"organisation_id"`
	Fact
	Listed
}

// PersonFilter narrows a list of people.
type PersonFilter struct {
	OrganisationIDs []int64
	Provenance      *string
}

// Relations of people.
const AuthorsOfResource Relation = "resource"

// People lists people.
var People = List[Person, PersonFilter]{
	name:    "people",
	columns: `pe.id, pe.slug, pe.name, pe.job_title, pe.bio, pe.organisation_id, pe.provenance, pe.source_id`,
	from:    `FROM person pe`,
	alias:   "pe",
	filter: func(q *listQuery, f PersonFilter) {
		if f.OrganisationIDs != nil {
			q.where("pe.organisation_id = ANY(?)", int64Array(f.OrganisationIDs))
		}
		if f.Provenance != nil {
			q.where("pe.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{
		"NAME": {Expr: "pe.name", Type: "text"},
		// CREDIT is the credited order of authors; only under AuthorsOfResource.
		"CREDIT": {Expr: "rel.position", Type: "integer"},
	},
	relations: map[Relation]relation{
		AuthorsOfResource: {join: `JOIN resource_author rel ON rel.person_id = pe.id`, parent: "rel.resource_id"},
	},
}

// EventSpeaker is a person speaking at an event.
type EventSpeaker struct {
	PersonID int64  `db:"person_id"`
	Role     string `db:"role"`
	Listed
}

// Relations of event speakers.
const SpeakersOfEvent Relation = "event"

// EventSpeakers lists the speakers of events, in programme order.
var EventSpeakers = List[EventSpeaker, NoFilter]{
	name:      "eventSpeakers",
	columns:   `es.person_id, es.role`,
	from:      `FROM event_speaker es`,
	alias:     "es",
	id:        "es.person_id",
	sorts:     map[string]Sort{"POSITION": {Expr: "es.position", Type: "integer"}},
	relations: map[Relation]relation{SpeakersOfEvent: {parent: "es.event_id"}},
}
