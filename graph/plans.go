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
		"bodyHtml":      {"body"},
		"accessibility": {"accessibility_formats", "duration_seconds"},
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
	regionPlan.rels = map[string]relation[store.Region]{
		"source":           oneRel(read.RegionSource, sourcePlan),
		"localAuthorities": manyRel(read.RegionLocalAuthorities, localAuthorityPlan),
		"projects":         pagedRel(read.RegionProjects, projectPlan, (*executionContext).field_Region_projects_args, projectArgs),
	}
	nhsRegionPlan.rels = map[string]relation[store.NHSRegion]{
		"source":                oneRel(read.NHSRegionSource, sourcePlan),
		"integratedCareSystems": manyRel(read.NHSRegionICSs, icsPlan),
	}
	icsPlan.rels = map[string]relation[store.ICS]{
		"source":           oneRel(read.ICSSource, sourcePlan),
		"nhsRegion":        oneRel(read.ICSNHSRegion, nhsRegionPlan),
		"localAuthorities": manyRel(read.ICSAuthorities, localAuthorityPlan),
		"regions":          manyRel(read.ICSRegions, regionPlan),
		"consortium":       oneRel(read.ICSConsortium, consortiumPlan),
		"projects":         pagedRel(read.ICSProjects, projectPlan, (*executionContext).field_IntegratedCareSystem_projects_args, projectArgs),
	}
	localAuthorityPlan.rels = map[string]relation[store.LocalAuthority]{
		"source":                oneRel(read.LocalAuthoritySource, sourcePlan),
		"region":                oneRel(read.LocalAuthorityRegion, regionPlan),
		"integratedCareSystems": manyRel(read.LocalAuthorityICSs, icsPlan),
		"organisation":          oneRel(read.LocalAuthorityOrganisation, organisationPlan),
	}
	organisationPlan.rels = map[string]relation[store.Organisation]{
		"source":               oneRel(read.OrganisationSource, sourcePlan),
		"localAuthority":       oneRel(read.OrganisationLocalAuthority, localAuthorityPlan),
		"integratedCareSystem": oneRel(read.OrganisationICS, icsPlan),
		"ledProjects":          pagedRel(read.OrganisationLedProjects, projectPlan, (*executionContext).field_Organisation_ledProjects_args, projectArgs),
		"partnerProjects":      pagedRel(read.OrganisationPartnerProjects, projectPlan, (*executionContext).field_Organisation_partnerProjects_args, projectArgs),
	}
	personPlan.rels = map[string]relation[store.Person]{
		"source":       oneRel(read.PersonSource, sourcePlan),
		"organisation": oneRel(read.PersonOrganisation, organisationPlan),
		"resources":    pagedRel(read.PersonResources, resourcePlan, (*executionContext).field_Person_resources_args, authoredArgs),
		"events":       pagedRel(read.PersonEvents, eventPlan, (*executionContext).field_Person_events_args, inTimeOrderArgs),
	}
	topicPlan.rels = map[string]relation[store.Topic]{
		"parent":    oneRel(read.TopicParent, topicPlan),
		"children":  manyRel(read.TopicChildren, topicPlan),
		"projects":  pagedRel(read.TopicProjects, projectPlan, (*executionContext).field_Topic_projects_args, projectArgs),
		"resources": pagedRel(read.TopicResources, resourcePlan, (*executionContext).field_Topic_resources_args, resourceArgs),
	}
	fundPlan.rels = map[string]relation[store.Fund]{
		"source":       oneRel(read.FundSource, sourcePlan),
		"trancheTotal": sumRel(read.FundTrancheSum),
		"funder":       oneRel(read.FundFunder, organisationPlan),
		"tranches":     manyRel(read.FundTranchesOf, fundTranchePlan),
		"priorities":   manyRel(read.FundPriorities, priorityPlan),
		"statistics":   manyRel(read.FundStatisticsOf, fundStatisticPlan),
		"consortia":    pagedRel(read.FundConsortia, consortiumPlan, (*executionContext).field_Fund_consortia_args, consortiumArgs),
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
		"projects": pagedRel(read.PriorityProjects, projectPlan, (*executionContext).field_Priority_projects_args, projectArgs),
	}
	consortiumPlan.rels = map[string]relation[store.Consortium]{
		"source":               oneRel(read.ConsortiumSource, sourcePlan),
		"fund":                 oneRel(read.ConsortiumFund, fundPlan),
		"integratedCareSystem": oneRel(read.ConsortiumICS, icsPlan),
		"leadOrganisation":     oneRel(read.ConsortiumLead, organisationPlan),
		"members":              manyRel(read.ConsortiumMembers, organisationPlan),
		"allocations":          manyRel(read.ConsortiumAllocations, allocationPlan),
		"allocatedTotal":       sumRel(read.ConsortiumAllocated),
		"projects":             pagedRel(read.ConsortiumProjects, projectPlan, (*executionContext).field_Consortium_projects_args, projectArgs),
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
		"resources":            pagedRel(read.ProjectResources, resourcePlan, (*executionContext).field_Project_resources_args, resourceArgs),
		"events":               pagedRel(read.ProjectEvents, eventPlan, (*executionContext).field_Project_events_args, eventArgs),
	}
	partnerPlan.rels = map[string]relation[store.ProjectPartner]{
		"organisation": oneRel(read.PartnerOrganisation, organisationPlan),
	}
	resourcePlan.rels = map[string]relation[store.Resource]{
		"source":    oneRel(read.ResourceSource, sourcePlan),
		"publisher": oneRel(read.ResourcePublisher, organisationPlan),
		"authors":   manyRel(read.ResourceAuthors, personPlan),
		"topics":    manyRel(read.ResourceTopics, topicPlan),
		"projects":  pagedRel(read.ResourceProjects, projectPlan, (*executionContext).field_Resource_projects_args, projectArgs),
		"events":    pagedRel(read.ResourceEvents, eventPlan, (*executionContext).field_Resource_events_args, eventArgs),
	}
	eventSeriesPlan.rels = map[string]relation[store.EventSeries]{
		"source": oneRel(read.EventSeriesSource, sourcePlan),
		"host":   oneRel(read.EventSeriesHost, organisationPlan),
		"events": pagedRel(read.EventSeriesEvents, eventPlan, (*executionContext).field_EventSeries_events_args, eventArgs),
	}
	eventPlan.rels = map[string]relation[store.Event]{
		"source":    oneRel(read.EventSource, sourcePlan),
		"series":    oneRel(read.EventSeriesOf, eventSeriesPlan),
		"parent":    oneRel(read.EventParent, eventPlan),
		"children":  pagedRel(read.EventChildren, eventPlan, (*executionContext).field_Event_children_args, inTimeOrderArgs),
		"host":      oneRel(read.EventHost, organisationPlan),
		"speakers":  manyRel(read.EventSpeakersOf, speakerPlan),
		"topics":    manyRel(read.EventTopics, topicPlan),
		"projects":  pagedRel(read.EventProjects, projectPlan, (*executionContext).field_Event_projects_args, projectArgs),
		"recording": oneRel(read.EventRecording, resourcePlan),
		"resources": pagedRel(read.EventResources, resourcePlan, (*executionContext).field_Event_resources_args, resourceArgs),
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
		"sources":               shapeRootList(read.Sources, sourcePlan, (*executionContext).field_Query_sources_args, sourceArgs),
		"source":                shapeRootFind(read.Sources, sourcePlan, (*executionContext).field_Query_source_args),
		"regions":               shapeRootAll(read.Regions, regionPlan, byCode),
		"region":                shapeRootFind(read.Regions, regionPlan, (*executionContext).field_Query_region_args),
		"nhsRegions":            shapeRootAll(read.NHSRegions, nhsRegionPlan, byCode),
		"nhsRegion":             shapeRootFind(read.NHSRegions, nhsRegionPlan, (*executionContext).field_Query_nhsRegion_args),
		"integratedCareSystems": shapeRootList(read.ICSs, icsPlan, (*executionContext).field_Query_integratedCareSystems_args, icsArgs),
		"integratedCareSystem":  shapeRootFind(read.ICSs, icsPlan, (*executionContext).field_Query_integratedCareSystem_args),
		"localAuthorities":      shapeRootList(read.LocalAuthorities, localAuthorityPlan, (*executionContext).field_Query_localAuthorities_args, localAuthorityArgs),
		"localAuthority":        shapeRootFind(read.LocalAuthorities, localAuthorityPlan, (*executionContext).field_Query_localAuthority_args),
		"organisations":         shapeRootList(read.Organisations, organisationPlan, (*executionContext).field_Query_organisations_args, organisationArgs),
		"organisation":          shapeRootFind(read.Organisations, organisationPlan, (*executionContext).field_Query_organisation_args),
		"people":                shapeRootList(read.People, personPlan, (*executionContext).field_Query_people_args, personArgs),
		"person":                shapeRootFind(read.People, personPlan, (*executionContext).field_Query_person_args),
		"topics":                shapeRootList(read.Topics, topicPlan, (*executionContext).field_Query_topics_args, topicArgs),
		"topic":                 shapeRootFind(read.Topics, topicPlan, (*executionContext).field_Query_topic_args),
		"funds":                 shapeRootAll(read.Funds, fundPlan, byName),
		"fund":                  shapeRootFind(read.Funds, fundPlan, (*executionContext).field_Query_fund_args),
		"consortia":             shapeRootList(read.Consortia, consortiumPlan, (*executionContext).field_Query_consortia_args, consortiumArgs),
		"consortium":            shapeRootFind(read.Consortia, consortiumPlan, (*executionContext).field_Query_consortium_args),
		"projects":              shapeRootList(read.Projects, projectPlan, (*executionContext).field_Query_projects_args, projectArgs),
		"project":               shapeRootFind(read.Projects, projectPlan, (*executionContext).field_Query_project_args),
		"resources":             shapeRootList(read.Resources, resourcePlan, (*executionContext).field_Query_resources_args, resourceArgs),
		"resource":              shapeRootFind(read.Resources, resourcePlan, (*executionContext).field_Query_resource_args),
		"eventSeriesList":       shapeRootList(read.EventSeriesList, eventSeriesPlan, (*executionContext).field_Query_eventSeriesList_args, eventSeriesArgs),
		"eventSeries":           shapeRootFind(read.EventSeriesList, eventSeriesPlan, (*executionContext).field_Query_eventSeries_args),
		"events":                shapeRootList(read.Events, eventPlan, (*executionContext).field_Query_events_args, eventArgs),
		"event":                 shapeRootFind(read.Events, eventPlan, (*executionContext).field_Query_event_args),
	}
}
