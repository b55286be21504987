package store

import "time"

// Fund is a grant programme, such as the Accelerating Reform Fund.
type Fund struct {
	ID                   int64   `db:"id"`
	Slug                 string  `db:"slug"`
	Name                 string  `db:"name"`
	ShortName            *string `db:"short_name"`
	Description          *string `db:"description"`
	TotalPence           int64   `db:"total_pence"`
	FunderOrganisationID *int64  `db:"funder_organisation_id"`
	Fact
	Listed
}

// Funds lists grant programmes.
var Funds = List[Fund, NoFilter]{
	name:    "funds",
	columns: `f.id, f.slug, f.name, f.short_name, f.description, f.total_pence, f.funder_organisation_id, f.provenance, f.source_id`,
	from:    `FROM fund f`,
	alias:   "f",
	sorts:   map[string]Sort{"NAME": {Expr: "f.name", Type: "text"}},
}

// FundTranche is one year's payment from a fund.
type FundTranche struct {
	ID                 int64      `db:"id"`
	FundID             int64      `db:"fund_id"`
	FinancialYear      string     `db:"financial_year"`
	AmountPence        int64      `db:"amount_pence"`
	GrantDetermination *string    `db:"grant_determination"`
	AnnouncedOn        *time.Time `db:"announced_on"`
	PaidOn             *time.Time `db:"paid_on"`
	Fact
	Listed
}

// Relations of fund tranches.
const TranchesOfFund Relation = "fund"

// FundTranches lists the tranches of funds.
var FundTranches = List[FundTranche, NoFilter]{
	name:      "fundTranches",
	columns:   `ft.id, ft.fund_id, ft.financial_year, ft.amount_pence, ft.grant_determination, ft.announced_on, ft.paid_on, ft.provenance, ft.source_id`,
	from:      `FROM fund_tranche ft`,
	alias:     "ft",
	sorts:     map[string]Sort{"YEAR": {Expr: "ft.financial_year", Type: "text"}},
	relations: map[Relation]relation{TranchesOfFund: {parent: "ft.fund_id"}},
}

// FundStatistic is one source's figure about a fund.
type FundStatistic struct {
	ID        int64   `db:"id"`
	Measure   string  `db:"measure"`
	Value     string  `db:"value"`
	Qualifier string  `db:"qualifier"`
	Note      *string `db:"note"`
	Fact
	Listed
}

// Relations of fund statistics.
const StatisticsOfFund Relation = "fund"

// FundStatistics lists published figures about funds.
var FundStatistics = List[FundStatistic, NoFilter]{
	name:      "fundStatistics",
	columns:   `fs.id, fs.measure, fs.value::text AS value, fs.qualifier, fs.note, fs.provenance, fs.source_id`,
	from:      `FROM fund_statistic fs`,
	alias:     "fs",
	sorts:     map[string]Sort{"MEASURE": {Expr: "fs.measure", Type: "text"}},
	relations: map[Relation]relation{StatisticsOfFund: {parent: "fs.fund_id"}},
}

// Priority is one of a fund's priorities for innovation and scaling.
type Priority struct {
	ID          int64   `db:"id"`
	FundID      int64   `db:"fund_id"`
	Number      int     `db:"number"`
	Title       *string `db:"title"`
	Objective   *string `db:"objective"`
	Description *string `db:"description"`
	Fact
	Listed
}

// Relations of priorities.
const (
	PrioritiesOfFund    Relation = "fund"
	PrioritiesOfProject Relation = "project"
)

// Priorities lists fund priorities.
var Priorities = List[Priority, NoFilter]{
	name:    "priorities",
	columns: `pr.id, pr.fund_id, pr.number, pr.title, pr.objective, pr.description, pr.provenance, pr.source_id`,
	from:    `FROM priority pr`,
	alias:   "pr",
	sorts:   map[string]Sort{"NUMBER": {Expr: "pr.number", Type: "integer"}},
	relations: map[Relation]relation{
		PrioritiesOfFund:    {parent: "pr.fund_id"},
		PrioritiesOfProject: {join: `JOIN project_priority rel ON rel.priority_id = pr.id`, parent: "rel.project_id"},
	},
}

// Consortium is the councils of one ICS footprint funded together.
type Consortium struct {
	ID                 int64  `db:"id"`
	Slug               string `db:"slug"`
	Name               string `db:"name"`
	FundID             int64  `db:"fund_id"`
	ICSID              int64  `db:"ics_id"`
	LeadOrganisationID *int64 `db:"lead_organisation_id"`
	Fact
	Listed
}

// ConsortiumFilter narrows a list of consortia.
type ConsortiumFilter struct {
	RegionIDs    []int64
	NHSRegionIDs []int64
	Provenance   *string
}

// Relations of consortia.
const (
	ConsortiaOfFund Relation = "fund"
	ConsortiumOfICS Relation = "ics"
)

// Consortia lists consortia.
var Consortia = List[Consortium, ConsortiumFilter]{
	name:    "consortia",
	columns: `c.id, c.slug, c.name, c.fund_id, c.ics_id, c.lead_organisation_id, c.provenance, c.source_id`,
	from:    `FROM consortium c`,
	alias:   "c",
	filter: func(q *listQuery, f ConsortiumFilter) {
		if f.RegionIDs != nil {
			q.where(`c.ics_id IN (SELECT il.ics_id FROM ics_local_authority il
				JOIN local_authority la ON la.id = il.local_authority_id WHERE la.region_id = ANY(?))`, int64Array(f.RegionIDs))
		}
		if f.NHSRegionIDs != nil {
			q.where("c.ics_id IN (SELECT i.id FROM ics i WHERE i.nhs_region_id = ANY(?))", int64Array(f.NHSRegionIDs))
		}
		if f.Provenance != nil {
			q.where("c.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{"NAME": {Expr: "c.name", Type: "text"}},
	relations: map[Relation]relation{
		ConsortiaOfFund: {parent: "c.fund_id"},
		ConsortiumOfICS: {parent: "c.ics_id"},
	},
}

// Allocation is money from one tranche to one consortium, and perhaps to
// one of its projects.
type Allocation struct {
	ID            int64   `db:"id"`
	FundTrancheID int64   `db:"fund_tranche_id"`
	ConsortiumID  int64   `db:"consortium_id"`
	ProjectID     *int64  `db:"project_id"`
	AmountPence   int64   `db:"amount_pence"`
	Note          *string `db:"note"`
	Fact
	Listed
}

// Relations of allocations.
const (
	AllocationsOfTranche    Relation = "tranche"
	AllocationsOfConsortium Relation = "consortium"
	AllocationsOfProject    Relation = "project"
)

// Allocations lists funding allocations.
var Allocations = List[Allocation, NoFilter]{
	name:    "allocations",
	columns: `a.id, a.fund_tranche_id, a.consortium_id, a.project_id, a.amount_pence, a.note, a.provenance, a.source_id`,
	from:    `FROM published_allocation a`,
	alias:   "a",
	sorts:   map[string]Sort{"TRANCHE": {Expr: "a.fund_tranche_id", Type: "bigint"}},
	relations: map[Relation]relation{
		AllocationsOfTranche:    {parent: "a.fund_tranche_id"},
		AllocationsOfConsortium: {parent: "a.consortium_id"},
		AllocationsOfProject:    {parent: "a.project_id"},
	},
}
