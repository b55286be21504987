package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// project is a piece of work a consortium funded.
type project struct {
	Slug, Title       string
	Summary           string
	Description       string
	Consortium        string // consortium slug
	Lead              string // organisation slug; empty when not recorded
	Stage             string // PLANNED, IN_PROGRESS or COMPLETED; empty when not known
	TargetGroups      []string
	CoproductionLevel string
	Principles        []string // co-production principles: EQUALITY, DIVERSITY, ACCESSIBILITY, RECIPROCITY
	StartsOn, EndsOn  string
	Status            string
	Provenance        string
	ProvenanceNote    string // what an INFERRED project was inferred from
	Source            string
	Topics            []string // topic slugs; our taxonomy, not a fact
	Priorities        []int    // priority numbers, in the fund of the project's consortium
	Partners          []partner
}

// partner is an organisation working on a project, with its role.
type partner struct {
	Organisation string
	Role         string
}

// realProjects are the projects public sources name, recorded only as far
// as the source goes: stage, dates and co-production level stay empty
// unless the source gives them.
var realProjects = []project{
	{
		Slug:  "humber-and-north-yorkshire-shared-lives",
		Title: "Shared Lives in Humber and North Yorkshire",
		Summary: "One of the two projects the Humber and North Yorkshire councils chose for the Accelerating Reform Fund: " +
			"providing Shared Lives, in which an adult who needs support lives with, or regularly stays with, an approved carer.",
		Consortium: "humber-and-north-yorkshire-arf",
		Lead:       "north-east-lincolnshire-council",
		Status:     published,
		Provenance: verified,
		Source:     "north-yorkshire-council-arf-decision",
		Topics:     []string{"shared-lives", "community-based-care"},
		// The council's decision names no priority; Shared Lives being an
		// example of priority 1 would be our reasoning, so no priority is
		// linked.
	},
	{
		Slug:  "humber-and-north-yorkshire-short-breaks-for-carers",
		Title: "Short breaks for unpaid carers in Humber and North Yorkshire",
		Summary: "The consortium's second chosen project: helping unpaid carers across Humber and North Yorkshire " +
			"take short breaks from caring. North East Lincolnshire Council manages the programme for the consortium.",
		Consortium:   "humber-and-north-yorkshire-arf",
		Lead:         "north-east-lincolnshire-council",
		TargetGroups: []string{"UNPAID_CARERS"},
		Status:       published,
		Provenance:   verified,
		Source:       "north-yorkshire-council-arf-decision",
		Topics:       []string{"short-breaks", "unpaid-carers"},
	},
	{
		Slug:  "north-west-london-carers-card",
		Title: "North West London carers' card",
		Summary: "A carers' card, to be co-produced with carers, that helps identify unpaid carers, " +
			"connects them with support and makes room for preventive work.",
		Consortium:   "north-west-london-arf",
		TargetGroups: []string{"UNPAID_CARERS"},
		// The source says the card is to be co-produced, which places it
		// on no rung of the ladder: its co-production level is unknown.
		Status:     published,
		Provenance: verified,
		Source:     "greg-hands-nwl-arf",
		Topics:     []string{"carer-identification", "co-production"},
	},
	{
		Slug:  "coventry-and-warwickshire-digital-carers-tool",
		Title: "Digital self-help tool for carers in Coventry and Warwickshire",
		Summary: "Councils in Coventry and Warwickshire are extending a digital self-help tool so that unpaid carers " +
			"can find local support and information suited to them, and look after their own wellbeing.",
		Consortium:   "coventry-and-warwickshire-arf",
		TargetGroups: []string{"UNPAID_CARERS"},
		Status:       published,
		Provenance:   verified,
		Source:       "caring-times-arf-first-tranche",
		Topics:       []string{"digital-self-help-tools", "carer-wellbeing"},
	},
	{
		Slug:  "west-yorkshire-carers-breaks-from-businesses",
		Title: "Breaks for carers donated by West Yorkshire businesses",
		Summary: "West Yorkshire councils are linking hospitality, tourism and leisure businesses with unpaid carers, " +
			"so that businesses can give carers holidays and experiences in recognition of what they do.",
		Consortium:   "west-yorkshire-arf",
		TargetGroups: []string{"UNPAID_CARERS"},
		Status:       published,
		Provenance:   verified,
		Source:       "caring-times-arf-first-tranche",
		Topics:       []string{"short-breaks", "carer-wellbeing"},
	},
	{
		Slug:  "south-west-london-carer-identification",
		Title: "Identifying unpaid carers in South West London",
		Summary: "Scaling up ways of spotting unpaid carers in South West London, including when the person they care for " +
			"leaves hospital, and referring them on to carers' networks.",
		Consortium:   "south-west-london-arf",
		TargetGroups: []string{"UNPAID_CARERS"},
		Status:       published,
		Provenance:   verified,
		Source:       "caring-times-arf-first-tranche",
		Topics:       []string{"carer-identification"},
	},
	{
		// The slug predates the correction of the project's scope; it is
		// kept because it is the project's address on the website.
		Slug:  "buckinghamshire-oxfordshire-and-berkshire-west-shared-lives",
		Title: "Shared Lives and Homeshare in Oxfordshire",
		Summary: "Money from the fund's first round to expand two existing Oxfordshire programmes that help adults with " +
			"additional needs live independently in a welcoming home: Oxfordshire County Council's Shared Lives programme, " +
			"whose carers (such as the one the announcement features) welcome adults with learning disabilities, mental " +
			"health problems or other needs for short, emergency or longer stays, and Age UK Oxfordshire's Homeshare project.",
		Consortium:   "buckinghamshire-oxfordshire-and-berkshire-west-arf",
		Lead:         "oxfordshire-county-council",
		TargetGroups: []string{"PEOPLE_WITH_LEARNING_DISABILITIES", "PEOPLE_WITH_MENTAL_HEALTH_NEEDS"},
		Status:       published,
		Provenance:   inferred,
		ProvenanceNote: "Oxfordshire County Council's announcement names the two Oxfordshire programmes and the fund's first " +
			"round, but no consortium. That the project belongs to the Buckinghamshire, Oxfordshire and Berkshire West " +
			"consortium is inferred from Oxfordshire lying in that integrated care system's footprint; its priority is " +
			"inferred from Shared Lives and Homeshare being examples of the fund's priority 1.",
		Source:     "oxfordshire-cc-shared-lives-arf",
		Topics:     []string{"shared-lives", "homeshare", "community-based-care"},
		Priorities: []int{1},
	},
}

// loadProjects inserts the real projects, then the fictional ones, with
// their partners, topics and priorities.
func loadProjects(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	for _, group := range []fundGroup[project]{{fundSlug, realProjects}, {exampleFundSlug, illustrativeProjects}} {
		for _, p := range group.list {
			if err := insertProject(ctx, tx, r, group.fund, p); err != nil {
				return fmt.Errorf("project %s: %w", p.Slug, err)
			}
		}
	}
	return nil
}

// insertProject inserts one project and its links; its priorities are
// those of fund, the fund its consortium is in.
func insertProject(ctx context.Context, tx *sqlx.Tx, r *registry, fund string, p project) error {
	const insertRow = `
		INSERT INTO project (slug, title, summary, description, consortium_id, lead_organisation_id, stage,
			target_groups, coproduction_level, coproduction_principles, starts_on, ends_on, status, provenance,
			provenance_note, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::date, $12::date, $13, $14, $15, $16)
		RETURNING id`
	consortiumID, err := r.consortia.id(p.Consortium)
	if err != nil {
		return err
	}
	leadID, err := r.organisations.optional(p.Lead)
	if err != nil {
		return err
	}
	sourceID, err := r.sources.optional(p.Source)
	if err != nil {
		return err
	}
	id, err := insertID(ctx, tx, insertRow, p.Slug, p.Title, p.Summary, text(p.Description), consortiumID, leadID,
		text(p.Stage), pq.Array(nonNil(p.TargetGroups)), text(p.CoproductionLevel), pq.Array(nonNil(p.Principles)),
		text(p.StartsOn), text(p.EndsOn), p.Status, p.Provenance, text(p.ProvenanceNote), sourceID)
	if err != nil {
		return err
	}
	r.projects.add(p.Slug, id)

	const insertPartner = `
		INSERT INTO project_partner (project_id, organisation_id, role, position)
		VALUES ($1, $2, $3, $4)`
	for i, pt := range p.Partners {
		orgID, err := r.organisations.id(pt.Organisation)
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, insertPartner, id, orgID, text(pt.Role), i); err != nil {
			return fmt.Errorf("partner %s: %w", pt.Organisation, err)
		}
	}

	const insertTopic = `
		INSERT INTO project_topic (project_id, topic_id)
		VALUES ($1, $2)`
	if err := insertLinks(ctx, tx, insertTopic, id, r.topics, p.Topics); err != nil {
		return err
	}

	const insertPriority = `
		INSERT INTO project_priority (project_id, priority_id)
		VALUES ($1, $2)`
	keys := make([]string, len(p.Priorities))
	for i, n := range p.Priorities {
		keys[i] = priorityKey(fund, n)
	}
	return insertLinks(ctx, tx, insertPriority, id, r.priorities, keys)
}

// nonNil makes a nil list an empty one, so an array column gets '{}'
// rather than NULL.
func nonNil(list []string) []string {
	if list == nil {
		return []string{}
	}
	return list
}
