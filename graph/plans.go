package graph

import (
	"learningapi/graph/model"
	"learningapi/read"
	"learningapi/store"
)

// The plan of every object type: which fields read columns, and which read
// related records through which relation. A resolver that reads a
// relation names the same relation as its plan here (a test checks every
// relation field of the schema is planned).
var (
	sourcePlan         = newObjectPlan[store.Source]("Source", nil)
	formerCodePlan     = newObjectPlan[store.FormerCode]("FormerCode", nil)
	regionPlan         = newObjectPlan[store.Region]("Region", nil)
	nhsRegionPlan      = newObjectPlan[store.NHSRegion]("NhsRegion", nil)
	icsPlan            = newObjectPlan[store.ICS]("IntegratedCareSystem", nil)
	localAuthorityPlan = newObjectPlan[store.LocalAuthority]("LocalAuthority", nil)
	organisationPlan   = newObjectPlan[store.Organisation]("Organisation", nil)
	personPlan         = newObjectPlan[store.Person]("Person", nil)
	topicPlan          = newObjectPlan[store.Topic]("Topic", map[string][]string{"isTheme": {"parent_id"}})
	fundPlan           = newObjectPlan[store.Fund]("Fund", map[string][]string{"totalAmount": {"total_pence"}})
	fundTranchePlan    = newObjectPlan[store.FundTranche]("FundTranche", map[string][]string{"amount": {"amount_pence"}})
	fundStatisticPlan  = newObjectPlan[store.FundStatistic]("FundStatistic", nil)
	priorityPlan       = newObjectPlan[store.Priority]("Priority", nil)
	consortiumPlan     = newObjectPlan[store.Consortium]("Consortium", nil)
	allocationPlan     = newObjectPlan[store.Allocation]("Allocation", map[string][]string{"amount": {"amount_pence"}})
	projectPlan        = newObjectPlan[store.Project]("Project", map[string][]string{"descriptionHtml": {"description"}})
	partnerPlan        = newObjectPlan[store.ProjectPartner]("ProjectPartner", nil)
	resourcePlan       = newObjectPlan[store.Resource]("Resource", map[string][]string{
		"bodyHtml":        {"body"},
		"accessibility":   {"accessibility_formats", "duration_seconds"},
		"publishedOn":     {"published_earliest", "published_latest"},
		"publishedWithin": {"published_earliest", "published_latest"},
	})
	eventSeriesPlan = newObjectPlan[store.EventSeries]("EventSeries", nil)
	eventPlan       = newObjectPlan[store.Event]("Event", map[string][]string{
		"venue":        {"venue_name", "venue_address", "joining_details"},
		"registration": {"registration_status", "registration_url", "capacity"},
	})
	speakerPlan = newObjectPlan[store.EventSpeaker]("EventSpeaker", nil)
)

// Relations are added here rather than above because the plans refer to
// each other (a project's resources, a resource's projects).
func init() {
	formerCodePlan.rels = map[string]relation[store.FormerCode]{
		"source": oneRel(read.FormerCodeSource, sourcePlan),
	}
	regionPlan.rels = map[string]relation[store.Region]{
		"source":           oneRel(read.RegionSource, sourcePlan),
		"formerCodes":      manyRel(read.RegionFormerCodes, formerCodePlan),
		"localAuthorities": manyOfProvenanceRel(read.RegionLocalAuthorities, localAuthorityPlan, (*executionContext).field_Region_localAuthorities_args),
		"projects":         pagedRel(regionProjects, projectPlan, (*executionContext).field_Region_projects_args),
	}
	nhsRegionPlan.rels = map[string]relation[store.NHSRegion]{
		"source":                oneRel(read.NHSRegionSource, sourcePlan),
		"integratedCareSystems": manyOfProvenanceRel(read.NHSRegionICSs, icsPlan, (*executionContext).field_NhsRegion_integratedCareSystems_args),
	}
	icsPlan.rels = map[string]relation[store.ICS]{
		"source":           oneRel(read.ICSSource, sourcePlan),
		"formerCodes":      manyRel(read.ICSFormerCodes, formerCodePlan),
		"nhsRegion":        oneRel(read.ICSNHSRegion, nhsRegionPlan),
		"localAuthorities": manyRel(read.ICSAuthorities, localAuthorityPlan),
		"regions":          manyRel(read.ICSRegions, regionPlan),
		"consortium":       oneRel(read.ICSConsortium, consortiumPlan),
		"projects":         pagedRel(icsProjects, projectPlan, (*executionContext).field_IntegratedCareSystem_projects_args),
	}
	localAuthorityPlan.rels = map[string]relation[store.LocalAuthority]{
		"source":                oneRel(read.LocalAuthoritySource, sourcePlan),
		"formerCodes":           manyRel(read.LocalAuthorityFormerCodes, formerCodePlan),
		"region":                oneRel(read.LocalAuthorityRegion, regionPlan),
		"integratedCareSystems": manyRel(read.LocalAuthorityICSs, icsPlan),
		"organisation":          oneRel(read.LocalAuthorityOrganisation, organisationPlan),
	}
	organisationPlan.rels = map[string]relation[store.Organisation]{
		"source":               oneRel(read.OrganisationSource, sourcePlan),
		"localAuthority":       oneRel(read.OrganisationLocalAuthority, localAuthorityPlan),
		"integratedCareSystem": oneRel(read.OrganisationICS, icsPlan),
		"ledProjects":          pagedRel(organisationLedProjects, projectPlan, (*executionContext).field_Organisation_ledProjects_args),
		"partnerProjects":      pagedRel(organisationPartnerProjects, projectPlan, (*executionContext).field_Organisation_partnerProjects_args),
	}
	personPlan.rels = map[string]relation[store.Person]{
		"source":       oneRel(read.PersonSource, sourcePlan),
		"organisation": oneRel(read.PersonOrganisation, organisationPlan),
		"resources":    pagedRel(personResources, resourcePlan, (*executionContext).field_Person_resources_args),
		"events":       pagedRel(personEvents, eventPlan, (*executionContext).field_Person_events_args),
	}
	topicPlan.rels = map[string]relation[store.Topic]{
		"parent":    oneRel(read.TopicParent, topicPlan),
		"children":  manyRel(read.TopicChildren, topicPlan),
		"projects":  pagedRel(topicProjects, projectPlan, (*executionContext).field_Topic_projects_args),
		"resources": pagedRel(topicResources, resourcePlan, (*executionContext).field_Topic_resources_args),
	}
	fundPlan.rels = map[string]relation[store.Fund]{
		"source":       oneRel(read.FundSource, sourcePlan),
		"trancheTotal": sumRel(read.FundTrancheSum),
		"funder":       oneRel(read.FundFunder, organisationPlan),
		"tranches":     manyRel(read.FundTranchesOf, fundTranchePlan),
		"priorities":   manyRel(read.FundPriorities, priorityPlan),
		"statistics":   manyRel(read.FundStatisticsOf, fundStatisticPlan),
		"consortia":    pagedRel(fundConsortia, consortiumPlan, (*executionContext).field_Fund_consortia_args),
	}
	fundStatisticPlan.rels = map[string]relation[store.FundStatistic]{
		"source": oneRel(read.FundStatisticSource, sourcePlan),
	}
	fundTranchePlan.rels = map[string]relation[store.FundTranche]{
		"source":      oneRel(read.FundTrancheSource, sourcePlan),
		"fund":        oneRel(read.FundTrancheFund, fundPlan),
		"allocations": manyRel(read.FundTrancheAllocations, allocationPlan),
	}
	priorityPlan.rels = map[string]relation[store.Priority]{
		"source":   oneRel(read.PrioritySource, sourcePlan),
		"fund":     oneRel(read.PriorityFund, fundPlan),
		"projects": pagedRel(priorityProjects, projectPlan, (*executionContext).field_Priority_projects_args),
	}
	consortiumPlan.rels = map[string]relation[store.Consortium]{
		"source":               oneRel(read.ConsortiumSource, sourcePlan),
		"fund":                 oneRel(read.ConsortiumFund, fundPlan),
		"integratedCareSystem": oneRel(read.ConsortiumICS, icsPlan),
		"leadOrganisation":     oneRel(read.ConsortiumLead, organisationPlan),
		"members":              manyRel(read.ConsortiumMembers, organisationPlan),
		"allocations":          manyRel(read.ConsortiumAllocations, allocationPlan),
		"allocatedTotal":       sumRel(read.ConsortiumAllocated),
		"projects":             pagedRel(consortiumProjects, projectPlan, (*executionContext).field_Consortium_projects_args),
	}
	allocationPlan.rels = map[string]relation[store.Allocation]{
		"source":     oneRel(read.AllocationSource, sourcePlan),
		"tranche":    oneRel(read.AllocationTranche, fundTranchePlan),
		"consortium": oneRel(read.AllocationConsortium, consortiumPlan),
		"project":    oneRel(read.AllocationProject, projectPlan),
	}
	projectPlan.rels = map[string]relation[store.Project]{
		"source":               oneRel(read.ProjectSource, sourcePlan),
		"consortium":           oneRel(read.ProjectConsortium, consortiumPlan),
		"integratedCareSystem": oneRel(read.ProjectICS, icsPlan),
		"regions":              manyRel(read.ProjectRegions, regionPlan),
		"leadOrganisation":     oneRel(read.ProjectLead, organisationPlan),
		"partners":             manyRel(read.ProjectPartnersOf, partnerPlan),
		"themes":               manyRel(read.ProjectThemes, topicPlan),
		"priorities":           manyRel(read.ProjectPriorities, priorityPlan),
		"allocations":          manyRel(read.ProjectAllocations, allocationPlan),
		"fundingTotal":         sumRel(read.ProjectFunding),
		"resources":            pagedRel(projectResources, resourcePlan, (*executionContext).field_Project_resources_args),
		"events":               pagedRel(projectEvents, eventPlan, (*executionContext).field_Project_events_args),
	}
	partnerPlan.rels = map[string]relation[store.ProjectPartner]{
		"organisation": oneRel(read.PartnerOrganisation, organisationPlan),
	}
	resourcePlan.rels = map[string]relation[store.Resource]{
		"source":    oneRel(read.ResourceSource, sourcePlan),
		"publisher": oneRel(read.ResourcePublisher, organisationPlan),
		"authors":   manyRel(read.ResourceAuthors, personPlan),
		"topics":    manyRel(read.ResourceTopics, topicPlan),
		"projects":  pagedRel(resourceProjects, projectPlan, (*executionContext).field_Resource_projects_args),
		"events":    pagedRel(resourceEvents, eventPlan, (*executionContext).field_Resource_events_args),
	}
	eventSeriesPlan.rels = map[string]relation[store.EventSeries]{
		"source": oneRel(read.EventSeriesSource, sourcePlan),
		"host":   oneRel(read.EventSeriesHost, organisationPlan),
		"events": pagedRel(eventSeriesEvents, eventPlan, (*executionContext).field_EventSeries_events_args),
	}
	eventPlan.rels = map[string]relation[store.Event]{
		"source":    oneRel(read.EventSource, sourcePlan),
		"series":    oneRel(read.EventSeriesOf, eventSeriesPlan),
		"parent":    oneRel(read.EventParent, eventPlan),
		"children":  pagedRel(eventChildren, eventPlan, (*executionContext).field_Event_children_args),
		"host":      oneRel(read.EventHost, organisationPlan),
		"speakers":  manyRel(read.EventSpeakersOf, speakerPlan),
		"topics":    manyRel(read.EventTopics, topicPlan),
		"projects":  pagedRel(eventProjects, projectPlan, (*executionContext).field_Event_projects_args),
		"recording": oneRel(read.EventRecording, resourcePlan),
		"resources": pagedRel(eventResources, resourcePlan, (*executionContext).field_Event_resources_args),
	}
	speakerPlan.rels = map[string]relation[store.EventSpeaker]{
		"person": oneRel(read.SpeakerPerson, personPlan),
	}
}

// The fields computed from columns, written in SQL when PostgreSQL shapes
// the answer, as their resolvers compute them. descriptionHtml and bodyHtml
// are rendered from Markdown in Go, so a query asking for them is answered
// by the resolvers.
func init() {
	topicPlan.values["isTheme"] = sqlValue[store.Topic]("self.parent_id IS NULL")
	fundPlan.values["totalAmount"] = moneyValue[store.Fund]("total_pence")
	fundTranchePlan.values["amount"] = moneyValue[store.FundTranche]("amount_pence")
	allocationPlan.values["amount"] = moneyValue[store.Allocation]("amount_pence")
	resourcePlan.values["accessibility"] = objectValue[store.Resource]("Accessibility", map[string]string{
		"formats":             "self.accessibility_formats",
		"easyRead":            "'EASY_READ' = ANY(self.accessibility_formats)",
		"britishSignLanguage": "'BSL' = ANY(self.accessibility_formats)",
		"transcript":          "'TRANSCRIPT' = ANY(self.accessibility_formats)",
		"durationSeconds":     "self.duration_seconds",
	})
	resourcePlan.values["publishedOn"] = sqlValue[store.Resource](
		"CASE WHEN self.published_earliest = self.published_latest THEN to_char(self.published_earliest, 'YYYY-MM-DD') END")
	resourcePlan.values["publishedWithin"] = objectValue[store.Resource]("DatePeriod", map[string]string{
		"from": "to_char(self.published_earliest, 'YYYY-MM-DD')",
		"to":   "to_char(self.published_latest, 'YYYY-MM-DD')",
	})
	eventPlan.values["timeZone"] = sqlValue[store.Event]("'" + model.London.String() + "'::text")
	eventPlan.values["venue"] = objectValue[store.Event]("Venue", map[string]string{
		"name":           "self.venue_name",
		"address":        "self.venue_address",
		"joiningDetails": "self.joining_details",
	})
	eventPlan.values["registration"] = objectValue[store.Event]("Registration", map[string]string{
		"status":   "self.registration_status",
		"url":      "self.registration_url",
		"capacity": "self.capacity",
	})
}

// rootShapes are the top-level fields PostgreSQL can answer whole.
var rootShapes map[string]rootShape

func init() {
	rootShapes = map[string]rootShape{
		"node":                  shapeNodes(false),
		"nodes":                 shapeNodes(true),
		"sources":               shapeRootList(sourcesField, (*executionContext).field_Query_sources_args),
		"source":                shapeRootFind(read.Sources, sourcePlan, (*executionContext).field_Query_source_args),
		"regions":               shapeRootAll(read.Regions, regionPlan, byCode),
		"region":                shapeRootFind(read.Regions, regionPlan, (*executionContext).field_Query_region_args),
		"nhsRegions":            shapeRootAll(read.NHSRegions, nhsRegionPlan, byCode),
		"nhsRegion":             shapeRootFind(read.NHSRegions, nhsRegionPlan, (*executionContext).field_Query_nhsRegion_args),
		"integratedCareSystems": shapeRootList(icssField, (*executionContext).field_Query_integratedCareSystems_args),
		"integratedCareSystem":  shapeRootFind(read.ICSs, icsPlan, (*executionContext).field_Query_integratedCareSystem_args),
		"localAuthorities":      shapeRootList(localAuthoritiesField, (*executionContext).field_Query_localAuthorities_args),
		"localAuthority":        shapeRootFind(read.LocalAuthorities, localAuthorityPlan, (*executionContext).field_Query_localAuthority_args),
		"organisations":         shapeRootList(organisationsField, (*executionContext).field_Query_organisations_args),
		"organisation":          shapeRootFind(read.Organisations, organisationPlan, (*executionContext).field_Query_organisation_args),
		"people":                shapeRootList(peopleField, (*executionContext).field_Query_people_args),
		"person":                shapeRootFind(read.People, personPlan, (*executionContext).field_Query_person_args),
		"topics":                shapeRootList(topicsField, (*executionContext).field_Query_topics_args),
		"topic":                 shapeRootFind(read.Topics, topicPlan, (*executionContext).field_Query_topic_args),
		"funds":                 shapeRootAll(read.Funds, fundPlan, byName),
		"fund":                  shapeRootFind(read.Funds, fundPlan, (*executionContext).field_Query_fund_args),
		"consortia":             shapeRootList(consortiaField, (*executionContext).field_Query_consortia_args),
		"consortium":            shapeRootFind(read.Consortia, consortiumPlan, (*executionContext).field_Query_consortium_args),
		"projects":              shapeRootList(projectsField, (*executionContext).field_Query_projects_args),
		"project":               shapeRootFind(read.Projects, projectPlan, (*executionContext).field_Query_project_args),
		"resources":             shapeRootList(resourcesField, (*executionContext).field_Query_resources_args),
		"resource":              shapeRootFind(read.Resources, resourcePlan, (*executionContext).field_Query_resource_args),
		"eventSeriesList":       shapeRootList(eventSeriesListField, (*executionContext).field_Query_eventSeriesList_args),
		"eventSeries":           shapeRootFind(read.EventSeriesList, eventSeriesPlan, (*executionContext).field_Query_eventSeries_args),
		"events":                shapeRootList(eventsField, (*executionContext).field_Query_events_args),
		"event":                 shapeRootFind(read.Events, eventPlan, (*executionContext).field_Query_event_args),
	}
}

// The connection fields under records: each pairs the relation it reads
// with the function that builds its list from the field's arguments. The
// plan above and the field's resolver both use the one value.
var (
	regionProjects              = paged(read.RegionProjects, projectArgs)
	icsProjects                 = paged(read.ICSProjects, projectArgs)
	organisationLedProjects     = paged(read.OrganisationLedProjects, projectArgs)
	organisationPartnerProjects = paged(read.OrganisationPartnerProjects, projectArgs)
	personResources             = paged(read.PersonResources, authoredArgs)
	personEvents                = paged(read.PersonEvents, inTimeOrderArgs)
	topicProjects               = paged(read.TopicProjects, projectArgs)
	topicResources              = paged(read.TopicResources, resourceArgs)
	fundConsortia               = paged(read.FundConsortia, consortiumArgs)
	priorityProjects            = paged(read.PriorityProjects, projectArgs)
	consortiumProjects          = paged(read.ConsortiumProjects, projectArgs)
	projectResources            = paged(read.ProjectResources, resourceArgs)
	projectEvents               = paged(read.ProjectEvents, eventArgs)
	resourceProjects            = paged(read.ResourceProjects, projectArgs)
	resourceEvents              = paged(read.ResourceEvents, eventArgs)
	eventSeriesEvents           = paged(read.EventSeriesEvents, eventArgs)
	eventChildren               = paged(read.EventChildren, inTimeOrderArgs)
	eventProjects               = paged(read.EventProjects, projectArgs)
	eventResources              = paged(read.EventResources, resourceArgs)
)

// The top-level list fields: each pairs its table and plan with the
// function that builds its list from the field's arguments. The shape
// above and the field's resolver both use the one value.
var (
	sourcesField          = rootListField(read.Sources, sourcePlan, sourceArgs)
	icssField             = rootListField(read.ICSs, icsPlan, icsArgs)
	localAuthoritiesField = rootListField(read.LocalAuthorities, localAuthorityPlan, localAuthorityArgs)
	organisationsField    = rootListField(read.Organisations, organisationPlan, organisationArgs)
	peopleField           = rootListField(read.People, personPlan, personArgs)
	topicsField           = rootListField(read.Topics, topicPlan, topicArgs)
	consortiaField        = rootListField(read.Consortia, consortiumPlan, consortiumArgs)
	projectsField         = rootListField(read.Projects, projectPlan, projectArgs)
	resourcesField        = rootListField(read.Resources, resourcePlan, resourceArgs)
	eventSeriesListField  = rootListField(read.EventSeriesList, eventSeriesPlan, eventSeriesArgs)
	eventsField           = rootListField(read.Events, eventPlan, eventArgs)
)
