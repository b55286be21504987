package store

import "time"

// Provenance values.
const (
	VerifiedPublic = "VERIFIED_PUBLIC"
	Illustrative   = "ILLUSTRATIVE"
)

// Fact holds what every fact-bearing record says about where it came from.
type Fact struct {
	Provenance string `db:"provenance"`
	SourceID   *int64 `db:"source_id"`
}

// Source is a public document that verified facts were taken from.
type Source struct {
	ID          int64      `db:"id"`
	Slug        string     `db:"slug"`
	Title       string     `db:"title"`
	URL         string     `db:"url"`
	Publisher   string     `db:"publisher"`
	PublishedOn *time.Time `db:"published_on"`
	AccessedOn  *time.Time `db:"accessed_on"`
	Licence     *string    `db:"licence"`
	Listed
}

// Sources lists the sources cited by the data.
var Sources = List[Source, NoFilter]{
	name:    "sources",
	columns: `s.id, s.slug, s.title, s.url, s.publisher, s.published_on, s.accessed_on, s.licence`,
	from:    `FROM source s`,
	alias:   "s",
	sorts:   map[string]Sort{"TITLE": {Expr: "s.title", Type: "text"}},
}

// Region is one of the nine regions of England.
type Region struct {
	ID      int64  `db:"id"`
	Slug    string `db:"slug"`
	Code    string `db:"code"`
	ITLCode string `db:"itl_code"`
	Name    string `db:"name"`
	Fact
	Listed
}

// Relations of regions.
const (
	RegionsOfICS     Relation = "ics"
	RegionsOfProject Relation = "project"
)

// Regions lists the regions of England.
var Regions = List[Region, NoFilter]{
	name:    "regions",
	columns: `r.id, r.slug, r.code, r.itl_code, r.name, r.provenance, r.source_id`,
	from:    `FROM region r`,
	alias:   "r",
	sorts:   map[string]Sort{"CODE": {Expr: "r.code", Type: "text"}},
	relations: map[Relation]relation{
		RegionsOfICS: {
			join:   `JOIN (SELECT DISTINCT il.ics_id, la.region_id FROM ics_local_authority il JOIN local_authority la ON la.id = il.local_authority_id) rel ON rel.region_id = r.id`,
			parent: "rel.ics_id",
		},
		RegionsOfProject: {
			join: `JOIN (SELECT DISTINCT p.id AS project_id, la.region_id FROM published_project p
			        JOIN consortium c ON c.id = p.consortium_id
			        JOIN ics_local_authority il ON il.ics_id = c.ics_id
			        JOIN local_authority la ON la.id = il.local_authority_id) rel ON rel.region_id = r.id`,
			parent: "rel.project_id",
		},
	},
}

// NHSRegion is one of the seven NHS England regions.
type NHSRegion struct {
	ID      int64  `db:"id"`
	Slug    string `db:"slug"`
	Code    string `db:"code"`
	ODSCode string `db:"ods_code"`
	Name    string `db:"name"`
	Fact
	Listed
}

// NHSRegions lists the NHS England regions.
var NHSRegions = List[NHSRegion, NoFilter]{
	name:    "nhsRegions",
	columns: `n.id, n.slug, n.code, n.ods_code, n.name, n.provenance, n.source_id`,
	from:    `FROM nhs_region n`,
	alias:   "n",
	sorts:   map[string]Sort{"CODE": {Expr: "n.code", Type: "text"}},
}

// ICS is an integrated care system.
type ICS struct {
	ID          int64  `db:"id"`
	Slug        string `db:"slug"`
	Code        string `db:"code"`
	ODSCode     string `db:"ods_code"`
	Name        string `db:"name"`
	NHSRegionID int64  `db:"nhs_region_id"`
	Fact
	Listed
}

// ICSFilter narrows a list of integrated care systems.
type ICSFilter struct {
	NHSRegionIDs []int64
	RegionIDs    []int64
	Provenance   *string
}

// Relations of integrated care systems.
const (
	ICSsOfNHSRegion      Relation = "nhsRegion"
	ICSsOfLocalAuthority Relation = "localAuthority"
)

// ICSs lists integrated care systems.
var ICSs = List[ICS, ICSFilter]{
	name:    "integratedCareSystems",
	columns: `i.id, i.slug, i.code, i.ods_code, i.name, i.nhs_region_id, i.provenance, i.source_id`,
	from:    `FROM ics i`,
	alias:   "i",
	filter: func(q *listQuery, f ICSFilter) {
		if f.NHSRegionIDs != nil {
			q.where("i.nhs_region_id = ANY(?)", int64Array(f.NHSRegionIDs))
		}
		if f.RegionIDs != nil {
			q.where(`i.id IN (SELECT il.ics_id FROM ics_local_authority il
				JOIN local_authority la ON la.id = il.local_authority_id WHERE la.region_id = ANY(?))`, int64Array(f.RegionIDs))
		}
		if f.Provenance != nil {
			q.where("i.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{"NAME": {Expr: "i.name", Type: "text"}},
	relations: map[Relation]relation{
		ICSsOfNHSRegion:      {parent: "i.nhs_region_id"},
		ICSsOfLocalAuthority: {join: `JOIN ics_local_authority rel ON rel.ics_id = i.id`, parent: "rel.local_authority_id"},
	},
}

// LocalAuthority is an upper-tier council area.
type LocalAuthority struct {
	ID       int64  `db:"id"`
	Slug     string `db:"slug"`
	Code     string `db:"code"`
	Name     string `db:"name"`
	Kind     string `db:"kind"`
	RegionID int64  `db:"region_id"`
	Fact
	Listed
}

// LocalAuthorityFilter narrows a list of local authorities.
type LocalAuthorityFilter struct {
	RegionIDs  []int64
	ICSIDs     []int64
	Kinds      []string
	Provenance *string
}

// Relations of local authorities.
const (
	LocalAuthoritiesOfRegion Relation = "region"
	LocalAuthoritiesOfICS    Relation = "ics"
)

// LocalAuthorities lists upper-tier councils.
var LocalAuthorities = List[LocalAuthority, LocalAuthorityFilter]{
	name:    "localAuthorities",
	columns: `la.id, la.slug, la.code, la.name, la.kind, la.region_id, la.provenance, la.source_id`,
	from:    `FROM local_authority la`,
	alias:   "la",
	filter: func(q *listQuery, f LocalAuthorityFilter) {
		if f.RegionIDs != nil {
			q.where("la.region_id = ANY(?)", int64Array(f.RegionIDs))
		}
		if f.ICSIDs != nil {
			q.where("la.id IN (SELECT il.local_authority_id FROM ics_local_authority il WHERE il.ics_id = ANY(?))", int64Array(f.ICSIDs))
		}
		if f.Kinds != nil {
			q.where("la.kind = ANY(?)", stringArray(f.Kinds))
		}
		if f.Provenance != nil {
			q.where("la.provenance = ?", *f.Provenance)
		}
	},
	sorts: map[string]Sort{"NAME": {Expr: "la.name", Type: "text"}},
	relations: map[Relation]relation{
		LocalAuthoritiesOfRegion: {parent: "la.region_id"},
		LocalAuthoritiesOfICS:    {join: `JOIN ics_local_authority rel ON rel.local_authority_id = la.id`, parent: "rel.ics_id"},
	},
}
