package graph

import (
	"time"

	"learningapi/graph/model"
	"learningapi/read"
)

// The filter inputs of the schema, checked and turned into the read
// path's filters. Records are named by slug (or ONS code); the read path
// looks the names up in the same statement and reports any that match
// nothing.

// days turns an inclusive range of days into its two ends, checking their
// order.
func days(field string, in *model.DateRange) (from, to *time.Time, err error) {
	if in == nil {
		return nil, nil, nil
	}
	if in.From != nil && in.To != nil && in.To.Before(*in.From) {
		return nil, nil, badInput("%s: from (%s) is after to (%s)", field, in.From.Format(time.DateOnly), in.To.Format(time.DateOnly))
	}
	return in.From, in.To, nil
}

func int64s(ns []int) []int64 { return each(ns, func(n int) int64 { return int64(n) }) }

// each is f of every element of in, in order; nil for nil.
func each[T, U any](in []T, f func(T) U) []U {
	if in == nil {
		return nil
	}
	out := make([]U, len(in))
	for i, v := range in {
		out[i] = f(v)
	}
	return out
}

func projectFilter(in *model.ProjectFilter) (read.ProjectFilter, error) {
	if in == nil {
		return read.ProjectFilter{}, nil
	}
	from, to, err := days("startsOn", in.StartsOn)
	if err != nil {
		return read.ProjectFilter{}, err
	}
	return read.ProjectFilter{
		Regions:            in.Regions,
		ICSs:               in.IntegratedCareSystems,
		LocalAuthorities:   in.LocalAuthorities,
		Consortia:          in.Consortia,
		LeadOrganisations:  in.LeadOrganisations,
		Themes:             in.Themes,
		Priorities:         int64s(in.Priorities),
		TargetGroups:       in.TargetGroups,
		UnpaidCarerFocus:   in.UnpaidCarerFocus,
		Stages:             in.Stages,
		CoproductionLevels: in.CoproductionLevels,
		StartsFrom:         from,
		StartsTo:           to,
		Provenance:         in.Provenance,
	}, nil
}

func resourceFilter(in *model.ResourceFilter) (read.ResourceFilter, error) {
	if in == nil {
		return read.ResourceFilter{}, nil
	}
	from, to, err := days("publishedOn", in.PublishedOn)
	if err != nil {
		return read.ResourceFilter{}, err
	}
	return read.ResourceFilter{
		Types:                    in.Types,
		Audiences:                in.Audiences,
		Topics:                   in.Topics,
		Projects:                 in.Projects,
		Events:                   in.Events,
		Authors:                  in.Authors,
		AboutUnpaidCarerProjects: in.AboutUnpaidCarerProjects,
		AccessibilityFormats:     in.AccessibilityFormats,
		PublishedFrom:            from,
		PublishedTo:              to,
		Provenance:               in.Provenance,
	}, nil
}

func eventFilter(in *model.EventFilter) (read.EventFilter, error) {
	if in == nil {
		return read.EventFilter{}, nil
	}
	startsFrom, startsBefore, err := eventWindow(in)
	if err != nil {
		return read.EventFilter{}, err
	}
	return read.EventFilter{
		Series:               in.Series,
		Types:                in.Types,
		DeliveryModes:        in.DeliveryModes,
		RegistrationStatuses: in.RegistrationStatuses,
		Topics:               in.Topics,
		Projects:             in.Projects,
		Hosts:                in.Hosts,
		TopLevel:             in.TopLevel,
		StartsFrom:           startsFrom,
		StartsBefore:         startsBefore,
		Provenance:           in.Provenance,
	}, nil
}

func eventSeriesFilter(in *model.EventSeriesFilter) (read.EventSeriesFilter, error) {
	if in == nil {
		return read.EventSeriesFilter{}, nil
	}
	if in.YearFrom != nil && in.YearTo != nil && *in.YearTo < *in.YearFrom {
		return read.EventSeriesFilter{}, badInput("yearFrom (%d) is after yearTo (%d)", *in.YearFrom, *in.YearTo)
	}
	return read.EventSeriesFilter{Brand: in.Brand, YearFrom: in.YearFrom, YearTo: in.YearTo, Provenance: in.Provenance}, nil
}

func consortiumFilter(in *model.ConsortiumFilter) read.ConsortiumFilter {
	if in == nil {
		return read.ConsortiumFilter{}
	}
	return read.ConsortiumFilter{Regions: in.Regions, NHSRegions: in.NhsRegions, Provenance: in.Provenance}
}

func icsFilter(in *model.IntegratedCareSystemFilter) read.ICSFilter {
	if in == nil {
		return read.ICSFilter{}
	}
	return read.ICSFilter{NHSRegions: in.NhsRegions, Regions: in.Regions, Provenance: in.Provenance}
}

func localAuthorityFilter(in *model.LocalAuthorityFilter) read.LocalAuthorityFilter {
	if in == nil {
		return read.LocalAuthorityFilter{}
	}
	return read.LocalAuthorityFilter{Regions: in.Regions, ICSs: in.IntegratedCareSystems, Kinds: in.Kinds, Provenance: in.Provenance}
}

func organisationFilter(in *model.OrganisationFilter) read.OrganisationFilter {
	if in == nil {
		return read.OrganisationFilter{}
	}
	return read.OrganisationFilter{Kinds: in.Kinds, Provenance: in.Provenance}
}

func personFilter(in *model.PersonFilter) read.PersonFilter {
	if in == nil {
		return read.PersonFilter{}
	}
	return read.PersonFilter{Organisations: in.Organisations, Provenance: in.Provenance}
}

func topicFilter(in *model.TopicFilter) read.TopicFilter {
	if in == nil {
		return read.TopicFilter{}
	}
	return read.TopicFilter{IsTheme: in.IsTheme, Parent: in.Parent}
}

// eventWindow turns startsAt (moments) or startsOn (UK calendar days) into
// a half-open range of moments, which the index on starts_at serves.
func eventWindow(in *model.EventFilter) (from, before *time.Time, err error) {
	if in.StartsAt != nil && in.StartsOn != nil {
		return nil, nil, badInput("give startsAt or startsOn, not both")
	}
	if r := in.StartsAt; r != nil {
		if r.From != nil && r.To != nil && !r.To.After(*r.From) {
			return nil, nil, badInput("startsAt: to must be later than from")
		}
		return r.From, r.To, nil
	}
	fromDay, toDay, err := days("startsOn", in.StartsOn)
	if err != nil {
		return nil, nil, err
	}
	if fromDay != nil {
		t := londonMidnight(*fromDay)
		from = &t
	}
	if toDay != nil {
		t := londonMidnight(toDay.AddDate(0, 0, 1))
		before = &t
	}
	return from, before, nil
}

// londonMidnight is the moment a calendar day begins in the UK.
func londonMidnight(day time.Time) time.Time {
	return time.Date(day.Year(), day.Month(), day.Day(), 0, 0, 0, 0, model.London)
}

// Default orders, as the schema describes them.
var (
	byTitle     = read.Order{Field: "TITLE"}
	newestFirst = read.Order{Field: "PUBLISHED_ON", Desc: true}
	inTimeOrder = read.Order{Field: "STARTS_AT"}
	byName      = read.Order{Field: "NAME"}
	byCode      = read.Order{Field: "CODE"}
	newestYear  = read.Order{Field: "YEAR", Desc: true}
)

func projectOrder(o *model.ProjectOrder) read.Order {
	if o == nil {
		return byTitle
	}
	return read.Order{Field: o.Field, Desc: o.Direction == "DESC"}
}

func resourceOrder(o *model.ResourceOrder) read.Order {
	if o == nil {
		return newestFirst
	}
	return read.Order{Field: o.Field, Desc: o.Direction == "DESC"}
}

func eventOrder(o *model.EventOrder) read.Order {
	if o == nil {
		return inTimeOrder
	}
	return read.Order{Field: o.Field, Desc: o.Direction == "DESC"}
}

// The lists of connection fields, from their coerced arguments: the
// planner builds them from the query, and each resolver builds the same
// list from the same arguments with the same function (see rootList and
// pagedOf).

func projectArgs(name string, args map[string]any) (read.List[read.ProjectFilter], error) {
	filter, _ := args["filter"].(*model.ProjectFilter)
	orderBy, _ := args["orderBy"].(*model.ProjectOrder)
	f, err := projectFilter(filter)
	if err != nil {
		return read.List[read.ProjectFilter]{}, err
	}
	return listOf(name, f, projectOrder(orderBy), pageArgsOf(args))
}

func resourceArgs(name string, args map[string]any) (read.List[read.ResourceFilter], error) {
	filter, _ := args["filter"].(*model.ResourceFilter)
	orderBy, _ := args["orderBy"].(*model.ResourceOrder)
	f, err := resourceFilter(filter)
	if err != nil {
		return read.List[read.ResourceFilter]{}, err
	}
	return listOf(name, f, resourceOrder(orderBy), pageArgsOf(args))
}

func eventArgs(name string, args map[string]any) (read.List[read.EventFilter], error) {
	filter, _ := args["filter"].(*model.EventFilter)
	orderBy, _ := args["orderBy"].(*model.EventOrder)
	f, err := eventFilter(filter)
	if err != nil {
		return read.List[read.EventFilter]{}, err
	}
	return listOf(name, f, eventOrder(orderBy), pageArgsOf(args))
}

func authoredArgs(name string, args map[string]any) (read.List[read.ResourceFilter], error) {
	return listOf(name, read.ResourceFilter{}, newestFirst, pageArgsOf(args))
}

// inTimeOrderArgs are the lists of events that take no filter or order.
func inTimeOrderArgs(name string, args map[string]any) (read.List[read.EventFilter], error) {
	return listOf(name, read.EventFilter{}, inTimeOrder, pageArgsOf(args))
}

func sourceArgs(name string, args map[string]any) (read.List[read.NoFilter], error) {
	return listOf(name, read.NoFilter{}, byTitle, pageArgsOf(args))
}

// byNameArgs is the list function of a connection in name order whose
// filter input In becomes the read path's filter through convert.
func byNameArgs[In, F any](convert func(*In) F) listArgs[F] {
	return func(name string, args map[string]any) (read.List[F], error) {
		in, _ := args["filter"].(*In)
		return listOf(name, convert(in), byName, pageArgsOf(args))
	}
}

var (
	consortiumArgs     = byNameArgs(consortiumFilter)
	icsArgs            = byNameArgs(icsFilter)
	localAuthorityArgs = byNameArgs(localAuthorityFilter)
	organisationArgs   = byNameArgs(organisationFilter)
	personArgs         = byNameArgs(personFilter)
	topicArgs          = byNameArgs(topicFilter)
)

func eventSeriesArgs(name string, args map[string]any) (read.List[read.EventSeriesFilter], error) {
	filter, _ := args["filter"].(*model.EventSeriesFilter)
	f, err := eventSeriesFilter(filter)
	if err != nil {
		return read.List[read.EventSeriesFilter]{}, err
	}
	return listOf(name, f, newestYear, pageArgsOf(args))
}
