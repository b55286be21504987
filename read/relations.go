package read

import "learningapi/store"

// The relations between records. Each is a typed value: ProjectThemes is
// a Many[store.Project, store.Topic], so it cannot be read from an event,
// nor its rows taken for regions. In the SQL, self is the related record
// and parent the record it is read for.

// sourceOf is the public source a fact-bearing record cites.
func sourceOf[P any](parent string) One[P, store.Source] {
	return one[P](parent+".source", Sources, link{where: "self.id = parent.source_id"})
}

// formerCodesOf are the codes a record had before its current one, whose
// rows name it in column of former_code, oldest first.
func formerCodesOf[P any](parent, column string) Many[P, store.FormerCode] {
	return many[P](parent+".formerCodes", FormerCodes, link{where: "self." + column + " = parent.id"}, "self.valid_to")
}

// Relations of geography.
var (
	FormerCodeSource = sourceOf[store.FormerCode]("formerCode")

	RegionSource           = sourceOf[store.Region]("region")
	RegionFormerCodes      = formerCodesOf[store.Region]("region", "region_id")
	RegionLocalAuthorities = many[store.Region]("region.localAuthorities", LocalAuthorities,
		link{where: "self.region_id = parent.id"}, "self.name")
	RegionProjects = paged[store.Region]("region.projects", Projects, link{where: `self.consortium_id IN (
		SELECT c.id FROM consortium c
		JOIN ics_local_authority il ON il.ics_id = c.ics_id
		JOIN local_authority la ON la.id = il.local_authority_id
		WHERE la.region_id = parent.id)`})

	NHSRegionSource = sourceOf[store.NHSRegion]("nhsRegion")
	NHSRegionICSs   = many[store.NHSRegion]("nhsRegion.integratedCareSystems", ICSs,
		link{where: "self.nhs_region_id = parent.id"}, "self.name")

	ICSSource      = sourceOf[store.ICS]("ics")
	ICSFormerCodes = formerCodesOf[store.ICS]("ics", "ics_id")
	ICSNHSRegion   = one[store.ICS]("ics.nhsRegion", NHSRegions, link{where: "self.id = parent.nhs_region_id"})
	ICSAuthorities = many[store.ICS]("ics.localAuthorities", LocalAuthorities, link{
		join:  "JOIN ics_local_authority rel ON rel.local_authority_id = self.id",
		where: "rel.ics_id = parent.id"}, "self.name")
	ICSRegions = many[store.ICS]("ics.regions", Regions, link{where: `self.id IN (
		SELECT la.region_id FROM ics_local_authority il
		JOIN local_authority la ON la.id = il.local_authority_id
		WHERE il.ics_id = parent.id)`}, "self.code")
	ICSConsortium = firstOf[store.ICS]("ics.consortium", Consortia, link{where: "self.ics_id = parent.id"}, "self.name")
	ICSProjects   = paged[store.ICS]("ics.projects", Projects, link{
		where: "self.consortium_id IN (SELECT c.id FROM consortium c WHERE c.ics_id = parent.id)"})

	LocalAuthoritySource      = sourceOf[store.LocalAuthority]("localAuthority")
	LocalAuthorityFormerCodes = formerCodesOf[store.LocalAuthority]("localAuthority", "local_authority_id")
	LocalAuthorityRegion      = one[store.LocalAuthority]("localAuthority.region", Regions, link{where: "self.id = parent.region_id"})
	LocalAuthorityICSs        = many[store.LocalAuthority]("localAuthority.integratedCareSystems", ICSs, link{
		join:  "JOIN ics_local_authority rel ON rel.ics_id = self.id",
		where: "rel.local_authority_id = parent.id"}, "self.name")
	LocalAuthorityOrganisation = firstOf[store.LocalAuthority]("localAuthority.organisation", Organisations,
		link{where: "self.local_authority_id = parent.id AND self.kind = 'COUNCIL'"}, "self.name")
)

// Relations of organisations and people.
var (
	OrganisationSource         = sourceOf[store.Organisation]("organisation")
	OrganisationLocalAuthority = one[store.Organisation]("organisation.localAuthority", LocalAuthorities,
		link{where: "self.id = parent.local_authority_id"})
	OrganisationICS = one[store.Organisation]("organisation.integratedCareSystem", ICSs,
		link{where: "self.id = parent.ics_id"})
	OrganisationLedProjects = paged[store.Organisation]("organisation.ledProjects", Projects,
		link{where: "self.lead_organisation_id = parent.id"})
	OrganisationPartnerProjects = paged[store.Organisation]("organisation.partnerProjects", Projects, link{
		join:  "JOIN project_partner rel ON rel.project_id = self.id",
		where: "rel.organisation_id = parent.id"})

	PersonSource       = sourceOf[store.Person]("person")
	PersonOrganisation = one[store.Person]("person.organisation", Organisations, link{where: "self.id = parent.organisation_id"})
	PersonResources    = paged[store.Person]("person.resources", Resources, link{
		join:  "JOIN resource_author rel ON rel.resource_id = self.id",
		where: "rel.person_id = parent.id"})
	PersonEvents = paged[store.Person]("person.events", Events, link{
		join:  "JOIN event_speaker rel ON rel.event_id = self.id",
		where: "rel.person_id = parent.id"})
)

// Relations of topics.
var (
	TopicParent   = one[store.Topic]("topic.parent", Topics, link{where: "self.id = parent.parent_id"})
	TopicChildren = many[store.Topic]("topic.children", Topics, link{where: "self.parent_id = parent.id"}, "self.position")
	// A topic's projects and resources include those filed under the
	// topics beneath it.
	TopicProjects = paged[store.Topic]("topic.projects", Projects, link{where: `self.id IN (
		SELECT pt.project_id FROM project_topic pt
		JOIN topic_closure tc ON tc.descendant_id = pt.topic_id
		WHERE tc.ancestor_id = parent.id)`})
	TopicResources = paged[store.Topic]("topic.resources", Resources, link{where: `self.id IN (
		SELECT rt.resource_id FROM resource_topic rt
		JOIN topic_closure tc ON tc.descendant_id = rt.topic_id
		WHERE tc.ancestor_id = parent.id)`})
)

// Relations of funding.
var (
	FundSource       = sourceOf[store.Fund]("fund")
	FundFunder       = one[store.Fund]("fund.funder", Organisations, link{where: "self.id = parent.funder_organisation_id"})
	FundTranchesOf   = many[store.Fund]("fund.tranches", FundTranches, link{where: "self.fund_id = parent.id"}, "self.financial_year")
	FundTrancheSum   = sum[store.Fund]("fund.trancheTotal", FundTranches, link{where: "self.fund_id = parent.id"}, "self.amount_pence")
	FundPriorities   = many[store.Fund]("fund.priorities", Priorities, link{where: "self.fund_id = parent.id"}, "self.number")
	FundStatisticsOf = many[store.Fund]("fund.statistics", FundStatistics,
		link{where: "self.fund_id = parent.id"}, "self.measure")
	FundConsortia = paged[store.Fund]("fund.consortia", Consortia, link{where: "self.fund_id = parent.id"})

	FundStatisticSource = sourceOf[store.FundStatistic]("fundStatistic")

	FundTrancheSource      = sourceOf[store.FundTranche]("fundTranche")
	FundTrancheFund        = one[store.FundTranche]("fundTranche.fund", Funds, link{where: "self.id = parent.fund_id"})
	FundTrancheAllocations = many[store.FundTranche]("fundTranche.allocations", Allocations,
		link{where: "self.fund_tranche_id = parent.id"}, "self.fund_tranche_id")

	PrioritySource   = sourceOf[store.Priority]("priority")
	PriorityFund     = one[store.Priority]("priority.fund", Funds, link{where: "self.id = parent.fund_id"})
	PriorityProjects = paged[store.Priority]("priority.projects", Projects, link{
		join:  "JOIN project_priority rel ON rel.project_id = self.id",
		where: "rel.priority_id = parent.id"})

	ConsortiumSource = sourceOf[store.Consortium]("consortium")
	ConsortiumFund   = one[store.Consortium]("consortium.fund", Funds, link{where: "self.id = parent.fund_id"})
	ConsortiumICS    = one[store.Consortium]("consortium.integratedCareSystem", ICSs, link{where: "self.id = parent.ics_id"})
	ConsortiumLead   = one[store.Consortium]("consortium.leadOrganisation", Organisations,
		link{where: "self.id = parent.lead_organisation_id"})
	ConsortiumMembers = many[store.Consortium]("consortium.members", Organisations, link{
		join:  "JOIN consortium_member rel ON rel.organisation_id = self.id",
		where: "rel.consortium_id = parent.id"}, "self.name")
	ConsortiumAllocations = many[store.Consortium]("consortium.allocations", Allocations,
		link{where: "self.consortium_id = parent.id"}, "self.fund_tranche_id")
	ConsortiumAllocated = sum[store.Consortium]("consortium.allocatedTotal", Allocations,
		link{where: "self.consortium_id = parent.id"}, "self.amount_pence")
	ConsortiumProjects = paged[store.Consortium]("consortium.projects", Projects, link{where: "self.consortium_id = parent.id"})

	AllocationSource     = sourceOf[store.Allocation]("allocation")
	AllocationTranche    = one[store.Allocation]("allocation.tranche", FundTranches, link{where: "self.id = parent.fund_tranche_id"})
	AllocationConsortium = one[store.Allocation]("allocation.consortium", Consortia, link{where: "self.id = parent.consortium_id"})
	AllocationProject    = one[store.Allocation]("allocation.project", Projects, link{where: "self.id = parent.project_id"})
)

// Relations of projects.
var (
	ProjectSource     = sourceOf[store.Project]("project")
	ProjectConsortium = one[store.Project]("project.consortium", Consortia, link{where: "self.id = parent.consortium_id"})
	ProjectICS        = one[store.Project]("project.integratedCareSystem", ICSs,
		link{where: "self.id = (SELECT c.ics_id FROM consortium c WHERE c.id = parent.consortium_id)"})
	// A project's regions are those of the councils in its footprint.
	ProjectRegions = many[store.Project]("project.regions", Regions, link{where: `self.id IN (
		SELECT la.region_id FROM consortium c
		JOIN ics_local_authority il ON il.ics_id = c.ics_id
		JOIN local_authority la ON la.id = il.local_authority_id
		WHERE c.id = parent.consortium_id)`}, "self.code")
	ProjectLead       = one[store.Project]("project.leadOrganisation", Organisations, link{where: "self.id = parent.lead_organisation_id"})
	ProjectPartnersOf = many[store.Project]("project.partners", ProjectPartners,
		link{where: "self.project_id = parent.id"}, "self.position")
	ProjectThemes = many[store.Project]("project.themes", Topics, link{
		join:  "JOIN project_topic rel ON rel.topic_id = self.id",
		where: "rel.project_id = parent.id"}, "self.name")
	ProjectPriorities = many[store.Project]("project.priorities", Priorities, link{
		join:  "JOIN project_priority rel ON rel.priority_id = self.id",
		where: "rel.project_id = parent.id"}, "self.number")
	ProjectAllocations = many[store.Project]("project.allocations", Allocations,
		link{where: "self.project_id = parent.id"}, "self.fund_tranche_id")
	ProjectFunding = sum[store.Project]("project.fundingTotal", Allocations,
		link{where: "self.project_id = parent.id"}, "self.amount_pence")
	ProjectResources = paged[store.Project]("project.resources", Resources, link{
		join:  "JOIN resource_project rel ON rel.resource_id = self.id",
		where: "rel.project_id = parent.id"})
	ProjectEvents = paged[store.Project]("project.events", Events, link{
		join:  "JOIN event_project rel ON rel.event_id = self.id",
		where: "rel.project_id = parent.id"})

	PartnerOrganisation = one[store.ProjectPartner]("projectPartner.organisation", Organisations,
		link{where: "self.id = parent.organisation_id"})
)

// Relations of resources.
var (
	ResourceSource    = sourceOf[store.Resource]("resource")
	ResourcePublisher = one[store.Resource]("resource.publisher", Organisations,
		link{where: "self.id = parent.publisher_organisation_id"})
	ResourceAuthors = many[store.Resource]("resource.authors", People, link{
		join:  "JOIN resource_author rel ON rel.person_id = self.id",
		where: "rel.resource_id = parent.id"}, "rel.position")
	ResourceTopics = many[store.Resource]("resource.topics", Topics, link{
		join:  "JOIN resource_topic rel ON rel.topic_id = self.id",
		where: "rel.resource_id = parent.id"}, "self.name")
	ResourceProjects = paged[store.Resource]("resource.projects", Projects, link{
		join:  "JOIN resource_project rel ON rel.project_id = self.id",
		where: "rel.resource_id = parent.id"})
	ResourceEvents = paged[store.Resource]("resource.events", Events, link{
		join:  "JOIN resource_event rel ON rel.event_id = self.id",
		where: "rel.resource_id = parent.id"})
)

// Relations of events.
var (
	EventSeriesSource = sourceOf[store.EventSeries]("eventSeries")
	EventSeriesHost   = one[store.EventSeries]("eventSeries.host", Organisations,
		link{where: "self.id = parent.host_organisation_id"})
	EventSeriesEvents = paged[store.EventSeries]("eventSeries.events", Events, link{where: "self.series_id = parent.id"})

	EventSource     = sourceOf[store.Event]("event")
	EventSeriesOf   = one[store.Event]("event.series", EventSeriesList, link{where: "self.id = parent.series_id"})
	EventParent     = one[store.Event]("event.parent", Events, link{where: "self.id = parent.parent_id"})
	EventChildren   = paged[store.Event]("event.children", Events, link{where: "self.parent_id = parent.id"})
	EventHost       = one[store.Event]("event.host", Organisations, link{where: "self.id = parent.host_organisation_id"})
	EventSpeakersOf = many[store.Event]("event.speakers", EventSpeakers,
		link{where: "self.event_id = parent.id"}, "self.position")
	EventTopics = many[store.Event]("event.topics", Topics, link{
		join:  "JOIN event_topic rel ON rel.topic_id = self.id",
		where: "rel.event_id = parent.id"}, "self.name")
	EventProjects = paged[store.Event]("event.projects", Projects, link{
		join:  "JOIN event_project rel ON rel.project_id = self.id",
		where: "rel.event_id = parent.id"})
	EventRecording = one[store.Event]("event.recording", Resources, link{where: "self.id = parent.recording_resource_id"})
	EventResources = paged[store.Event]("event.resources", Resources, link{
		join:  "JOIN resource_event rel ON rel.resource_id = self.id",
		where: "rel.event_id = parent.id"})

	SpeakerPerson = one[store.EventSpeaker]("eventSpeaker.person", People, link{where: "self.id = parent.person_id"})
)
