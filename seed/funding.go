package seed

import (
	"context"
	"fmt"
	"strconv"

	"github.com/jmoiron/sqlx"
)

// fundSlug is the slug of the Accelerating Reform Fund.
const fundSlug = "accelerating-reform-fund"

// fund is a grant programme, with its tranches, published figures and
// priorities. A real fund and everything under it is verified; the
// fictional fund and everything under it is illustrative and cites nothing.
type fund struct {
	Slug, Name, ShortName, Description string
	TotalPence                         int64
	Funder                             string // organisation slug
	Provenance                         string
	Source                             string
	Tranches                           []tranche
	Statistics                         []statistic
	Priorities                         []priority
}

// trancheKey and priorityKey name a fund's tranche (by financial year) and
// priority (by number) in the registry: two funds may both have a 2023-24
// tranche and a priority 1.
func trancheKey(fund, financialYear string) string { return fund + "/" + financialYear }
func priorityKey(fund string, number int) string   { return fund + "/" + strconv.Itoa(number) }

// tranche is one year's payment from the fund.
type tranche struct {
	FinancialYear      string
	AmountPence        int64
	GrantDetermination string
	AnnouncedOn        string
	PaidOn             string
	Source             string
}

// statistic is one published figure about the fund, as one source gives it.
type statistic struct {
	Measure   string
	Value     string
	Qualifier string
	Note      string
	Source    string
}

// priority is one of DHSC's priorities for innovation and scaling.
type priority struct {
	Number      int
	Title       string
	Objective   string
	Description string
	Source      string
}

// consortium is the group of councils on one ICS footprint that received
// money from the fund.
type consortium struct {
	Slug, Name string
	ICS        string   // ics slug
	Lead       string   // organisation slug; empty when not recorded
	Members    []string // organisation slugs
	Provenance string
	Source     string
}

// allocation is money from one tranche to one consortium, and to one of
// its projects where the source says so.
type allocation struct {
	Tranche     string // financial year
	Consortium  string
	Project     string
	AmountPence int64
	Note        string
	Provenance  string
	Source      string
}

// arf is the Accelerating Reform Fund: £42.6m from DHSC.
var arf = fund{
	Slug:        fundSlug,
	Name:        "Accelerating Reform Fund",
	ShortName:   "ARF",
	Description: "A two-year DHSC grant to speed up innovation in adult social care in England. Councils formed consortia on integrated care system footprints and each chose at least two projects to adopt or scale, at least one of them for unpaid carers.",
	TotalPence:  4_260_000_000,
	Funder:      "department-of-health-and-social-care",
	Provenance:  verified,
	Source:      "dhsc-arf-guidance",
	Tranches:    arfTranches,
	Statistics:  arfStatistics,
	Priorities:  arfPriorities,
}

// arfTranches are the fund's two payments; they add up to the total.
var arfTranches = []tranche{
	{
		FinancialYear:      "2023-24",
		AmountPence:        2_000_000_000,
		GrantDetermination: "31/7084",
		// The determination was published on 15 March 2024 and the money
		// reached councils that March; no source gives the day it was paid.
		AnnouncedOn: "2024-03-15",
		Source:      "dhsc-arf-grant-determination-2023-24",
	},
	{
		FinancialYear:      "2024-25",
		AmountPence:        2_260_000_000,
		GrantDetermination: "31/7516",
		AnnouncedOn:        "2024-11-28",
		Source:             "dhsc-arf-grant-determination-2024-25",
	},
}

// arfStatistics are the published figures about the fund. Sources disagree
// on the number of projects, so each count is kept with its own source.
// Community Care's 123 is not among them: no page at Community Care's own
// address that states it was read (see sources).
var arfStatistics = []statistic{
	{"CONSORTIUM_COUNT", "42", "EXACT", "Consortia funded, one per integrated care system.", "ipsos-arf-evaluation"},
	{"LOCAL_AUTHORITY_COUNT", "148", "EXACT", "Local authorities covered by the consortia.", "ipsos-arf-evaluation"},
	{"PROJECT_COUNT", "122", "EXACT", "Projects funded, as counted by the independent evaluation.", "ipsos-arf-evaluation"},
	{"PROJECT_COUNT", "120", "MORE_THAN", "Projects funded, as reported during Co-production Week 2025.", "the-carer-co-production-week-2025"},
	{"UNPAID_CARER_PROJECT_PERCENT", "70", "APPROXIMATE", "Share of local projects addressing the needs of unpaid carers, as SCIE put it.", "the-carer-arf-second-tranche"},
	{"PRIORITY_COUNT", "12", "EXACT", "Priorities for innovation and scaling, under three objectives.", "dhsc-arf-guidance"},
}

// untitled describes a priority whose title no public source we hold gives.
const untitled = "Title not yet recorded from a public source."

// arfPriorities are DHSC's 12 priorities. Only priority 1's title has been
// captured, in DHSC's public wording as Shared Lives Plus quotes it; the
// others stay NULL rather than be guessed (the ARF guidance says there are
// twelve), and no priority's objective has been recorded.
var arfPriorities = []priority{
	{1, "Community-based care models such as shared living arrangements", "",
		"Care and support based in the community, such as shared living arrangements. Shared Lives and Homeshare are examples of such arrangements; the priority's wording names neither.",
		"shared-lives-plus-arf"},
	{2, "", "", untitled, "dhsc-arf-guidance"},
	{3, "", "", untitled, "dhsc-arf-guidance"},
	{4, "", "", untitled, "dhsc-arf-guidance"},
	{5, "", "", untitled, "dhsc-arf-guidance"},
	{6, "", "", untitled, "dhsc-arf-guidance"},
	{7, "", "", untitled, "dhsc-arf-guidance"},
	{8, "", "", untitled, "dhsc-arf-guidance"},
	{9, "", "", untitled, "dhsc-arf-guidance"},
	{10, "", "", untitled, "dhsc-arf-guidance"},
	{11, "", "", untitled, "dhsc-arf-guidance"},
	{12, "", "", untitled, "dhsc-arf-guidance"},
}

// realConsortiumLeads are the only lead councils recorded: the others are
// not known from a source we hold and stay NULL. North East Lincolnshire's
// role is stated by North Yorkshire Council's decision. No page we read
// names the lead council of Buckinghamshire, Oxfordshire and Berkshire
// West (Oxfordshire County Council's news says only that its own
// programmes benefit), so that consortium's lead stays NULL.
var realConsortiumLeads = map[string]string{
	"humber-and-north-yorkshire": "north-east-lincolnshire-council",
}

// realConsortiumSources gives a consortium a more specific source than the
// first grant determination, which the others cite: the determination
// allocates the first tranche to a lead authority for each system.
var realConsortiumSources = map[string]string{
	"humber-and-north-yorkshire": "north-yorkshire-council-arf-decision",
}

// realConsortia builds one verified consortium per real ICS.
func realConsortia() []consortium {
	list := make([]consortium, 0, len(realICSs))
	for _, s := range realICSs {
		c := consortium{
			Slug:       s.Slug + "-arf",
			Name:       s.Name + " ARF consortium",
			ICS:        s.Slug,
			Provenance: verified,
			Source:     "dhsc-arf-grant-determination-2023-24",
		}
		if lead, ok := realConsortiumLeads[s.Slug]; ok {
			c.Lead = lead
			c.Members = []string{lead}
		}
		if src, ok := realConsortiumSources[s.Slug]; ok {
			c.Source = src
		}
		list = append(list, c)
	}
	return list
}

// realAllocations are the allocations a source states.
var realAllocations = []allocation{
	{
		Tranche:     "2023-24",
		Consortium:  "north-west-london-arf",
		AmountPence: 47_781_100,
		Note: "First-tranche amount for the North West London system, paid in March 2024. The source links the money to the plan to co-produce a carers' card, " +
			"but it is the system's whole allocation and consortia ran at least two projects, so it is recorded against the consortium rather than the card project.",
		Provenance: verified,
		Source:     "greg-hands-nwl-arf",
	},
}

// funds are the real fund, then the fictional one.
var funds = []fund{arf, exampleFund}

// loadFund inserts the funds with their tranches, statistics and
// priorities.
func loadFund(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	for _, f := range funds {
		if err := insertFund(ctx, tx, r, f); err != nil {
			return fmt.Errorf("fund %s: %w", f.Slug, err)
		}
	}
	return nil
}

// insertFund inserts one fund and the rows under it, all of the fund's
// provenance.
func insertFund(ctx context.Context, tx *sqlx.Tx, r *registry, f fund) error {
	const insertFund = `
		INSERT INTO fund (slug, name, short_name, description, total_pence, funder_organisation_id, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
		RETURNING id`
	funderID, err := r.organisations.id(f.Funder)
	if err != nil {
		return err
	}
	sourceID, err := r.sources.optional(f.Source)
	if err != nil {
		return err
	}
	fundID, err := insertID(ctx, tx, insertFund, f.Slug, f.Name, text(f.ShortName), f.Description,
		f.TotalPence, funderID, f.Provenance, sourceID)
	if err != nil {
		return err
	}
	r.funds.add(f.Slug, fundID)

	const insertTranche = `
		INSERT INTO fund_tranche (fund_id, financial_year, amount_pence, grant_determination, announced_on, paid_on, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5::date, $6::date, $7, $8)
		RETURNING id`
	for _, t := range f.Tranches {
		sourceID, err := r.sources.optional(t.Source)
		if err != nil {
			return err
		}
		id, err := insertID(ctx, tx, insertTranche, fundID, t.FinancialYear, t.AmountPence,
			text(t.GrantDetermination), text(t.AnnouncedOn), text(t.PaidOn), f.Provenance, sourceID)
		if err != nil {
			return fmt.Errorf("tranche %s: %w", t.FinancialYear, err)
		}
		r.tranches.add(trancheKey(f.Slug, t.FinancialYear), id)
	}

	const insertStatistic = `
		INSERT INTO fund_statistic (fund_id, measure, value, qualifier, note, provenance, source_id)
		VALUES ($1, $2, $3::numeric, $4, $5, $6, $7)`
	for _, s := range f.Statistics {
		sourceID, err := r.sources.optional(s.Source)
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, insertStatistic, fundID, s.Measure, s.Value, s.Qualifier,
			text(s.Note), f.Provenance, sourceID); err != nil {
			return fmt.Errorf("statistic %s from %s: %w", s.Measure, s.Source, err)
		}
	}

	const insertPriority = `
		INSERT INTO priority (fund_id, number, title, objective, description, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id`
	for _, p := range f.Priorities {
		prioritySource, err := r.sources.optional(p.Source)
		if err != nil {
			return err
		}
		id, err := insertID(ctx, tx, insertPriority, fundID, p.Number, text(p.Title), text(p.Objective),
			text(p.Description), f.Provenance, prioritySource)
		if err != nil {
			return fmt.Errorf("priority %d: %w", p.Number, err)
		}
		r.priorities.add(priorityKey(f.Slug, p.Number), id)
	}
	return nil
}

// fundGroup is a list of records that hang under one fund: the real ones
// under the real fund, the invented ones under the fictional fund.
type fundGroup[T any] struct {
	fund string
	list []T
}

// loadConsortia inserts the real consortia under the real fund, then the
// fictional ones under the fictional fund, with their recorded members.
func loadConsortia(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const insertConsortium = `
		INSERT INTO consortium (slug, name, fund_id, ics_id, lead_organisation_id, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id`
	const insertMember = `
		INSERT INTO consortium_member (consortium_id, organisation_id)
		VALUES ($1, $2)`
	for _, group := range []fundGroup[consortium]{{fundSlug, realConsortia()}, {exampleFundSlug, illustrativeConsortia}} {
		fundID, err := r.funds.id(group.fund)
		if err != nil {
			return err
		}
		for _, c := range group.list {
			icsID, err := r.icss.id(c.ICS)
			if err != nil {
				return fmt.Errorf("consortium %s: %w", c.Slug, err)
			}
			leadID, err := r.organisations.optional(c.Lead)
			if err != nil {
				return fmt.Errorf("consortium %s: %w", c.Slug, err)
			}
			sourceID, err := r.sources.optional(c.Source)
			if err != nil {
				return fmt.Errorf("consortium %s: %w", c.Slug, err)
			}
			id, err := insertID(ctx, tx, insertConsortium, c.Slug, c.Name, fundID, icsID, leadID, c.Provenance, sourceID)
			if err != nil {
				return fmt.Errorf("consortium %s: %w", c.Slug, err)
			}
			r.consortia.add(c.Slug, id)
			if err := insertLinks(ctx, tx, insertMember, id, r.organisations, c.Members); err != nil {
				return fmt.Errorf("consortium %s: %w", c.Slug, err)
			}
		}
	}
	return nil
}

// loadAllocations inserts the real allocations from the real fund's
// tranches, then the fictional ones from the fictional fund's.
// It runs after the projects, which allocations may name.
func loadAllocations(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO allocation (fund_tranche_id, consortium_id, project_id, amount_pence, note, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7)`
	for _, group := range []fundGroup[allocation]{{fundSlug, realAllocations}, {exampleFundSlug, illustrativeAllocations()}} {
		for _, a := range group.list {
			trancheID, err := r.tranches.id(trancheKey(group.fund, a.Tranche))
			if err != nil {
				return err
			}
			consortiumID, err := r.consortia.id(a.Consortium)
			if err != nil {
				return err
			}
			projectID, err := r.projects.optional(a.Project)
			if err != nil {
				return err
			}
			sourceID, err := r.sources.optional(a.Source)
			if err != nil {
				return err
			}
			if err := exec(ctx, tx, query, trancheID, consortiumID, projectID, a.AmountPence,
				text(a.Note), a.Provenance, sourceID); err != nil {
				return fmt.Errorf("allocation %s to %s: %w", a.Tranche, a.Consortium, err)
			}
		}
	}
	return nil
}
