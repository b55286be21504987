package read

import (
	"time"

	"learningapi/store"
)

// The tables the API reads. Content (projects, resources, events and event
// series) is read through the published_* views, which hold the one rule
// for what the public may see; reference data is read from its tables.

// Sources are the public documents facts cite.
var Sources = newTable[store.Source, NoFilter]("sources", "source", "s",
	map[string]sortSpec{"TITLE": {"self.title", "text"}}, nil).
	withDates("published_on", "accessed_on")

// Regions are the nine regions of England.
var Regions = newTable[store.Region, NoFilter]("regions", "region", "rg",
	map[string]sortSpec{"CODE": {"self.code", "text"}}, nil).
	withDates("code_valid_from").
	withFormerCodes("region_id")

// NHSRegions are the seven NHS England regions.
var NHSRegions = newTable[store.NHSRegion, NoFilter]("nhsRegions", "nhs_region", "n",
	map[string]sortSpec{"CODE": {"self.code", "text"}}, nil)

// ICSFilter narrows a list of integrated care systems. Nil fields do not
// narrow; records are named by slug or ONS code.
type ICSFilter struct {
	NHSRegions []string
	Regions    []string
	Provenance *string
}

// ICSs are the integrated care systems.
var ICSs = newTable[store.ICS]("integratedCareSystems", "ics", "i",
	map[string]sortSpec{"NAME": {"self.name", "text"}},
	func(w *where, f ICSFilter) {
		if f.NHSRegions != nil {
			w.cond(w.ids(RefNHSRegion, f.NHSRegions).has("self.nhs_region_id"))
		}
		if f.Regions != nil {
			w.cond(icssCovering(localAuthoritiesIn(w.ids(RefRegion, f.Regions))).has("self.id"))
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	}).
	withDates("code_valid_from").
	withFormerCodes("ics_id")

// LocalAuthorityFilter narrows a list of local authorities.
type LocalAuthorityFilter struct {
	Regions    []string
	ICSs       []string
	Kinds      []string
	Provenance *string
}

// LocalAuthorities are the upper-tier councils.
var LocalAuthorities = newTable[store.LocalAuthority]("localAuthorities", "local_authority", "la",
	map[string]sortSpec{"NAME": {"self.name", "text"}},
	func(w *where, f LocalAuthorityFilter) {
		if f.Regions != nil {
			w.cond(w.ids(RefRegion, f.Regions).has("self.region_id"))
		}
		if f.ICSs != nil {
			w.cond(w.ids(RefICS, f.ICSs).via("SELECT il.local_authority_id FROM ics_local_authority il WHERE il.ics_id").has("self.id"))
		}
		if f.Kinds != nil {
			w.cond("self.kind = ANY(?::text[])", stringArray(f.Kinds))
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	}).
	withDates("code_valid_from").
	withFormerCodes("local_authority_id")

// FormerCodes are the codes regions, ICSs and local authorities had before
// their current ones.
var FormerCodes = newTable[store.FormerCode, NoFilter]("formerCodes", "former_code", "fc",
	map[string]sortSpec{"VALID_TO": {"self.valid_to", "date"}}, nil).
	withDates("valid_from", "valid_to")

// OrganisationFilter narrows a list of organisations.
type OrganisationFilter struct {
	Kinds      []string
	Provenance *string
}

// Organisations are councils, NHS bodies, charities, universities,
// providers and national bodies.
var Organisations = newTable[store.Organisation]("organisations", "organisation", "o",
	map[string]sortSpec{"NAME": {"self.name", "text"}},
	func(w *where, f OrganisationFilter) {
		if f.Kinds != nil {
			w.cond("self.kind = ANY(?::text[])", stringArray(f.Kinds))
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	})

// PersonFilter narrows a list of people.
type PersonFilter struct {
	Organisations []string
	Provenance    *string
}

// People are authors and speakers.
var People = newTable[store.Person]("people", "person", "pe",
	map[string]sortSpec{"NAME": {"self.name", "text"}},
	func(w *where, f PersonFilter) {
		if f.Organisations != nil {
			w.cond(w.ids(RefOrganisation, f.Organisations).has("self.organisation_id"))
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	})

// TopicFilter narrows a list of topics.
type TopicFilter struct {
	IsTheme *bool
	Parent  *string
}

// Topics are the themes and the topics beneath them.
var Topics = newTable[store.Topic]("topics", "topic", "t",
	map[string]sortSpec{
		"NAME":     {"self.name", "text"},
		"POSITION": {"self.position", "integer"},
	},
	func(w *where, f TopicFilter) {
		if f.IsTheme != nil {
			if *f.IsTheme {
				w.cond("self.parent_id IS NULL")
			} else {
				w.cond("self.parent_id IS NOT NULL")
			}
		}
		if f.Parent != nil {
			w.cond(w.ids(RefTopic, []string{*f.Parent}).has("self.parent_id"))
		}
	})

// Funds are grant programmes.
var Funds = newTable[store.Fund, NoFilter]("funds", "fund", "f",
	map[string]sortSpec{"NAME": {"self.name", "text"}}, nil)

// FundTranches are the yearly payments of funds.
var FundTranches = newTable[store.FundTranche, NoFilter]("fundTranches", "fund_tranche", "ft",
	map[string]sortSpec{"YEAR": {"self.financial_year", "text"}}, nil).
	withDates("announced_on", "paid_on")

// FundStatistics are published figures about funds.
var FundStatistics = newTable[store.FundStatistic, NoFilter]("fundStatistics", "fund_statistic", "fs",
	map[string]sortSpec{"MEASURE": {"self.measure", "text"}}, nil).
	withExpr("value", "self.value::text")

// Priorities are funds' priorities for innovation and scaling.
var Priorities = newTable[store.Priority, NoFilter]("priorities", "priority", "pr",
	map[string]sortSpec{"NUMBER": {"self.number", "integer"}}, nil)

// ConsortiumFilter narrows a list of consortia.
type ConsortiumFilter struct {
	Regions    []string
	NHSRegions []string
	Provenance *string
}

// Consortia are the councils of one ICS footprint funded together.
var Consortia = newTable[store.Consortium]("consortia", "consortium", "c",
	map[string]sortSpec{"NAME": {"self.name", "text"}},
	func(w *where, f ConsortiumFilter) {
		if f.Regions != nil {
			w.cond(icssCovering(localAuthoritiesIn(w.ids(RefRegion, f.Regions))).has("self.ics_id"))
		}
		if f.NHSRegions != nil {
			w.cond(icssIn(w.ids(RefNHSRegion, f.NHSRegions)).has("self.ics_id"))
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	})

// Allocations are money from a tranche to a consortium, perhaps for one of
// its projects. An allocation for a project is as visible as the project.
var Allocations = newTable[store.Allocation, NoFilter]("allocations", "published_allocation", "a",
	map[string]sortSpec{"TRANCHE": {"self.fund_tranche_id", "bigint"}}, nil)

// ProjectFilter narrows a list of projects. Nil fields do not narrow;
// values inside one field are alternatives.
type ProjectFilter struct {
	Regions            []string
	ICSs               []string
	LocalAuthorities   []string
	Consortia          []string
	LeadOrganisations  []string
	Themes             []string // matches the topics and everything beneath them
	Priorities         []int64
	TargetGroups       []string
	UnpaidCarerFocus   *bool
	Stages             []string
	CoproductionLevels []string
	StartsFrom         *time.Time
	StartsTo           *time.Time
	Provenance         *string
}

// Projects are the published projects.
var Projects = newTable[store.Project]("projects", "published_project", "p",
	map[string]sortSpec{
		"TITLE":      {"self.title", "text"},
		"STARTS_ON":  {"coalesce(self.starts_on, 'infinity'::date)", "date"},
		"UPDATED_AT": {"self.updated_at", "timestamptz"},
	},
	func(w *where, f ProjectFilter) {
		if f.Regions != nil {
			w.cond(consortiaOf(icssCovering(localAuthoritiesIn(w.ids(RefRegion, f.Regions)))).has("self.consortium_id"))
		}
		if f.ICSs != nil {
			w.cond(consortiaOf(w.ids(RefICS, f.ICSs)).has("self.consortium_id"))
		}
		if f.LocalAuthorities != nil {
			w.cond(consortiaOf(icssCovering(w.ids(RefLocalAuthority, f.LocalAuthorities))).has("self.consortium_id"))
		}
		if f.Consortia != nil {
			w.cond(w.ids(RefConsortium, f.Consortia).has("self.consortium_id"))
		}
		if f.LeadOrganisations != nil {
			w.cond(w.ids(RefOrganisation, f.LeadOrganisations).has("self.lead_organisation_id"))
		}
		if f.Themes != nil {
			w.cond(`self.id IN (SELECT pt.project_id FROM project_topic pt WHERE ` + topicsUnder(w.ids(RefTopic, f.Themes)).has("pt.topic_id") + `)`)
		}
		if f.Priorities != nil {
			w.cond(`self.id IN (SELECT pp.project_id FROM project_priority pp
				JOIN priority pr ON pr.id = pp.priority_id WHERE pr.number = ANY(?::bigint[]))`, int64Array(f.Priorities))
		}
		if f.TargetGroups != nil {
			w.cond("self.target_groups && ?::text[]", stringArray(f.TargetGroups))
		}
		if f.UnpaidCarerFocus != nil {
			w.cond("self.unpaid_carer_focus = ?", *f.UnpaidCarerFocus)
		}
		if f.Stages != nil {
			w.cond("self.stage = ANY(?::text[])", stringArray(f.Stages))
		}
		if f.CoproductionLevels != nil {
			w.cond("self.coproduction_level = ANY(?::text[])", stringArray(f.CoproductionLevels))
		}
		if f.StartsFrom != nil {
			w.cond("self.starts_on >= ?::date", *f.StartsFrom)
		}
		if f.StartsTo != nil {
			w.cond("self.starts_on <= ?::date", *f.StartsTo)
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	}).
	withDates("starts_on", "ends_on")

// ProjectPartners are organisations' parts in projects.
var ProjectPartners = newLinkTable[store.ProjectPartner]("projectPartners", "project_partner", "pp", "organisation_id")

// ResourceFilter narrows a list of resources.
type ResourceFilter struct {
	Types                    []string
	Audiences                []string
	Topics                   []string // matches the topics and everything beneath them
	Projects                 []string
	Events                   []string
	Authors                  []string
	AboutUnpaidCarerProjects *bool
	AccessibilityFormats     []string
	PublishedFrom            *time.Time
	PublishedTo              *time.Time
	Provenance               *string
}

// Resources are the published resources.
var Resources = newTable[store.Resource]("resources", "published_resource", "r",
	map[string]sortSpec{
		// A day known only to a range sorts by its earliest possible day.
		"PUBLISHED_ON": {"coalesce(self.published_earliest, '-infinity'::date)", "date"},
		"TITLE":        {"self.title", "text"},
		"UPDATED_AT":   {"self.updated_at", "timestamptz"},
	},
	func(w *where, f ResourceFilter) {
		if f.Types != nil {
			w.cond("self.type = ANY(?::text[])", stringArray(f.Types))
		}
		if f.Audiences != nil {
			w.cond("self.audiences && ?::text[]", stringArray(f.Audiences))
		}
		if f.Topics != nil {
			w.cond(`self.id IN (SELECT rt.resource_id FROM resource_topic rt WHERE ` + topicsUnder(w.ids(RefTopic, f.Topics)).has("rt.topic_id") + `)`)
		}
		if f.Projects != nil {
			w.cond(`self.id IN (SELECT rp.resource_id FROM resource_project rp WHERE ` + w.ids(RefProject, f.Projects).has("rp.project_id") + `)`)
		}
		if f.Events != nil {
			w.cond(`self.id IN (SELECT re.resource_id FROM resource_event re WHERE ` + w.ids(RefEvent, f.Events).has("re.event_id") + `)`)
		}
		if f.Authors != nil {
			w.cond(`self.id IN (SELECT ra.resource_id FROM resource_author ra WHERE ` + w.ids(RefPerson, f.Authors).has("ra.person_id") + `)`)
		}
		if f.AboutUnpaidCarerProjects != nil {
			w.cond(`? = EXISTS (SELECT 1 FROM resource_project rp JOIN published_project pp ON pp.id = rp.project_id
				WHERE rp.resource_id = self.id AND pp.unpaid_carer_focus)`, *f.AboutUnpaidCarerProjects)
		}
		if f.AccessibilityFormats != nil {
			w.cond("self.accessibility_formats @> ?::text[]", stringArray(f.AccessibilityFormats))
		}
		// Judged by the earliest possible day, as the order is.
		if f.PublishedFrom != nil {
			w.cond("self.published_earliest >= ?::date", *f.PublishedFrom)
		}
		if f.PublishedTo != nil {
			w.cond("self.published_earliest <= ?::date", *f.PublishedTo)
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	}).
	withDates("published_earliest", "published_latest", "revised_on")

// EventSeriesFilter narrows a list of event series editions.
type EventSeriesFilter struct {
	Brand      *string
	YearFrom   *int
	YearTo     *int
	Provenance *string
}

// EventSeriesList are the published editions of recurring events.
var EventSeriesList = newTable[store.EventSeries]("eventSeries", "published_event_series", "es",
	map[string]sortSpec{
		"YEAR":  {"self.year", "integer"},
		"TITLE": {"self.title", "text"},
	},
	func(w *where, f EventSeriesFilter) {
		if f.Brand != nil {
			w.cond("self.brand = ?", *f.Brand)
		}
		if f.YearFrom != nil {
			w.cond("self.year >= ?::integer", *f.YearFrom)
		}
		if f.YearTo != nil {
			w.cond("self.year <= ?::integer", *f.YearTo)
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	}).
	withDates("starts_on", "ends_on")

// EventFilter narrows a list of events.
type EventFilter struct {
	Series               []string
	Types                []string
	DeliveryModes        []string
	RegistrationStatuses []string
	Topics               []string // matches the topics and everything beneath them
	Projects             []string
	Hosts                []string
	TopLevel             *bool
	StartsFrom           *time.Time // inclusive
	StartsBefore         *time.Time // exclusive
	Provenance           *string
}

// Events are the published events.
var Events = newTable[store.Event]("events", "published_event", "e",
	map[string]sortSpec{
		"STARTS_AT":  {"self.starts_at", "timestamptz"},
		"TITLE":      {"self.title", "text"},
		"UPDATED_AT": {"self.updated_at", "timestamptz"},
	},
	func(w *where, f EventFilter) {
		if f.Series != nil {
			w.cond(w.ids(RefEventSeries, f.Series).has("self.series_id"))
		}
		if f.Types != nil {
			w.cond("self.type = ANY(?::text[])", stringArray(f.Types))
		}
		if f.DeliveryModes != nil {
			w.cond("self.delivery_mode = ANY(?::text[])", stringArray(f.DeliveryModes))
		}
		if f.RegistrationStatuses != nil {
			w.cond("self.registration_status = ANY(?::text[])", stringArray(f.RegistrationStatuses))
		}
		if f.Topics != nil {
			w.cond(`self.id IN (SELECT et.event_id FROM event_topic et WHERE ` + topicsUnder(w.ids(RefTopic, f.Topics)).has("et.topic_id") + `)`)
		}
		if f.Projects != nil {
			w.cond(`self.id IN (SELECT ep.event_id FROM event_project ep WHERE ` + w.ids(RefProject, f.Projects).has("ep.project_id") + `)`)
		}
		if f.Hosts != nil {
			w.cond(w.ids(RefOrganisation, f.Hosts).has("self.host_organisation_id"))
		}
		if f.TopLevel != nil {
			// A parent the public cannot see does not count: its events
			// stand on their own, as their null parent field says.
			w.cond("? = NOT EXISTS (SELECT 1 FROM published_event pe WHERE pe.id = self.parent_id)", *f.TopLevel)
		}
		if f.StartsFrom != nil {
			w.cond("self.starts_at >= ?::timestamptz", *f.StartsFrom)
		}
		if f.StartsBefore != nil {
			w.cond("self.starts_at < ?::timestamptz", *f.StartsBefore)
		}
		if f.Provenance != nil {
			w.cond("self.provenance = ?", *f.Provenance)
		}
	})

// EventSpeakers are people's parts in events.
var EventSpeakers = newLinkTable[store.EventSpeaker]("eventSpeakers", "event_speaker", "sp", "person_id")
