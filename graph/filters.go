package graph

import (
	"context"
	"time"

	"learningapi/graph/model"
	"learningapi/store"
)

// refs turns the slugs and codes in a filter into ids, keeping the first
// error so that a filter converter reads as a list of fields.
type refs struct {
	ctx context.Context
	db  *store.DB
	err error
}

func (r *refs) ids(kind store.RefKind, names []string) []int64 {
	if names == nil || r.err != nil {
		return nil
	}
	ids, err := r.db.ResolveRefs(r.ctx, kind, names)
	if err != nil {
		r.err = err
	}
	return ids
}

func (r *refs) id(kind store.RefKind, name *string) []int64 {
	if name == nil {
		return nil
	}
	return r.ids(kind, []string{*name})
}

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

func int64s(ns []int) []int64 {
	if ns == nil {
		return nil
	}
	out := make([]int64, len(ns))
	for i, n := range ns {
		out[i] = int64(n)
	}
	return out
}

func (r *Resolver) projectFilter(ctx context.Context, in *model.ProjectFilter) (store.ProjectFilter, error) {
	if in == nil {
		return store.ProjectFilter{}, nil
	}
	from, to, err := days("startsOn", in.StartsOn)
	if err != nil {
		return store.ProjectFilter{}, err
	}
	ref := refs{ctx: ctx, db: r.DB}
	f := store.ProjectFilter{
		RegionIDs:           ref.ids(store.RefRegion, in.Regions),
		ICSIDs:              ref.ids(store.RefICS, in.IntegratedCareSystems),
		LocalAuthorityIDs:   ref.ids(store.RefLocalAuthority, in.LocalAuthorities),
		ConsortiumIDs:       ref.ids(store.RefConsortium, in.Consortia),
		LeadOrganisationIDs: ref.ids(store.RefOrganisation, in.LeadOrganisations),
		TopicIDs:            ref.ids(store.RefTopic, in.Themes),
		PriorityNumbers:     int64s(in.Priorities),
		TargetGroups:        in.TargetGroups,
		UnpaidCarerFocus:    in.UnpaidCarerFocus,
		Stages:              in.Stages,
		CoproductionLevels:  in.CoproductionLevels,
		StartsFrom:          from,
		StartsTo:            to,
		Provenance:          in.Provenance,
	}
	return f, ref.err
}

func (r *Resolver) resourceFilter(ctx context.Context, in *model.ResourceFilter) (store.ResourceFilter, error) {
	if in == nil {
		return store.ResourceFilter{}, nil
	}
	from, to, err := days("publishedOn", in.PublishedOn)
	if err != nil {
		return store.ResourceFilter{}, err
	}
	ref := refs{ctx: ctx, db: r.DB}
	f := store.ResourceFilter{
		Types:                    in.Types,
		Audiences:                in.Audiences,
		TopicIDs:                 ref.ids(store.RefTopic, in.Topics),
		ProjectIDs:               ref.ids(store.RefProject, in.Projects),
		EventIDs:                 ref.ids(store.RefEvent, in.Events),
		AuthorIDs:                ref.ids(store.RefPerson, in.Authors),
		AboutUnpaidCarerProjects: in.AboutUnpaidCarerProjects,
		AccessibilityFormats:     in.AccessibilityFormats,
		PublishedFrom:            from,
		PublishedTo:              to,
		Provenance:               in.Provenance,
	}
	return f, ref.err
}

func (r *Resolver) eventFilter(ctx context.Context, in *model.EventFilter) (store.EventFilter, error) {
	if in == nil {
		return store.EventFilter{}, nil
	}
	startsFrom, startsBefore, err := eventWindow(in)
	if err != nil {
		return store.EventFilter{}, err
	}
	ref := refs{ctx: ctx, db: r.DB}
	f := store.EventFilter{
		SeriesIDs:            ref.ids(store.RefEventSeries, in.Series),
		Types:                in.Types,
		DeliveryModes:        in.DeliveryModes,
		RegistrationStatuses: in.RegistrationStatuses,
		TopicIDs:             ref.ids(store.RefTopic, in.Topics),
		ProjectIDs:           ref.ids(store.RefProject, in.Projects),
		HostIDs:              ref.ids(store.RefOrganisation, in.Hosts),
		TopLevel:             in.TopLevel,
		StartsFrom:           startsFrom,
		StartsBefore:         startsBefore,
		Provenance:           in.Provenance,
	}
	return f, ref.err
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
	byTitle     = order{Field: "TITLE"}
	newestFirst = order{Field: "PUBLISHED_ON", Desc: true}
	inTimeOrder = order{Field: "STARTS_AT"}
	byName      = order{Field: "NAME"}
	byCode      = order{Field: "CODE"}
	byPosition  = order{Field: "POSITION"}
	byCredit    = order{Field: "CREDIT"}
	byNumber    = order{Field: "NUMBER"}
	byYear      = order{Field: "YEAR"}
	newestYear  = order{Field: "YEAR", Desc: true}
	byMeasure   = order{Field: "MEASURE"}
	byTranche   = order{Field: "TRANCHE"}
)

func projectOrder(o *model.ProjectOrder) order {
	if o == nil {
		return byTitle
	}
	return order{Field: o.Field, Desc: o.Direction == "DESC"}
}

func resourceOrder(o *model.ResourceOrder) order {
	if o == nil {
		return newestFirst
	}
	return order{Field: o.Field, Desc: o.Direction == "DESC"}
}

func eventOrder(o *model.EventOrder) order {
	if o == nil {
		return inTimeOrder
	}
	return order{Field: o.Field, Desc: o.Direction == "DESC"}
}
