package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// region is one of England's nine regions (ONS E12 codes, ITL1 codes).
type region struct {
	Slug, Code, ITLCode, Name string
}

// nhsRegion is one of NHS England's seven regions (ONS E40 and ODS codes).
type nhsRegion struct {
	Slug, Code, ODSCode, Name string
}

// ics is an integrated care system, named after its integrated care board.
type ics struct {
	Slug, Code, ODSCode, Name string
	NHSRegion                 string // nhs_region slug
	Provenance                string
	Source                    string // source slug; empty when illustrative
}

// localAuthority is an upper-tier council area and the ICS footprints it
// sits in.
type localAuthority struct {
	Slug, Code, Name string
	Kind             string   // COUNTY, UNITARY, METROPOLITAN_DISTRICT or LONDON_BOROUGH
	Region           string   // region slug
	ICSs             []string // ics slugs
	Provenance       string
	Source           string
}

// regions are England's nine regions, from ONS.
var regions = []region{
	{"north-east", "E12000001", "TLC", "North East"},
	{"north-west", "E12000002", "TLD", "North West"},
	{"yorkshire-and-the-humber", "E12000003", "TLE", "Yorkshire and The Humber"},
	{"east-midlands", "E12000004", "TLF", "East Midlands"},
	{"west-midlands", "E12000005", "TLG", "West Midlands"},
	{"east-of-england", "E12000006", "TLH", "East of England"},
	{"london", "E12000007", "TLI", "London"},
	{"south-east", "E12000008", "TLJ", "South East"},
	{"south-west", "E12000009", "TLK", "South West"},
}

// nhsRegions are NHS England's seven regions, from ONS.
var nhsRegions = []nhsRegion{
	{"london", "E40000003", "Y56", "London"},
	{"south-east", "E40000005", "Y59", "South East"},
	{"south-west", "E40000006", "Y58", "South West"},
	{"east-of-england", "E40000007", "Y61", "East of England"},
	{"north-west", "E40000010", "Y62", "North West"},
	{"midlands", "E40000011", "Y60", "Midlands"},
	{"north-east-and-yorkshire", "E40000012", "Y63", "North East and Yorkshire"},
}

// realICS builds a verified ICS row sourced from the ONS portal.
func realICS(slug, code, ods, name, nhsRegion string) ics {
	return ics{slug, code, ods, name, nhsRegion, verified, "ons-open-geography-portal"}
}

// realICSs are England's 42 integrated care systems, grouped by NHS region.
var realICSs = []ics{
	realICS("north-east-and-north-cumbria", "E54000050", "QHM", "North East and North Cumbria", "north-east-and-yorkshire"),
	realICS("humber-and-north-yorkshire", "E54000051", "QOQ", "Humber and North Yorkshire", "north-east-and-yorkshire"),
	realICS("west-yorkshire", "E54000054", "QWO", "West Yorkshire", "north-east-and-yorkshire"),
	realICS("south-yorkshire", "E54000061", "QF7", "South Yorkshire", "north-east-and-yorkshire"),

	realICS("cheshire-and-merseyside", "E54000008", "QYG", "Cheshire and Merseyside", "north-west"),
	realICS("lancashire-and-south-cumbria", "E54000048", "QE1", "Lancashire and South Cumbria", "north-west"),
	realICS("greater-manchester", "E54000057", "QOP", "Greater Manchester", "north-west"),

	realICS("staffordshire-and-stoke-on-trent", "E54000010", "QNC", "Staffordshire and Stoke-on-Trent", "midlands"),
	realICS("shropshire-telford-and-wrekin", "E54000011", "QOC", "Shropshire, Telford and Wrekin", "midlands"),
	realICS("lincolnshire", "E54000013", "QJM", "Lincolnshire", "midlands"),
	realICS("leicester-leicestershire-and-rutland", "E54000015", "QK1", "Leicester, Leicestershire and Rutland", "midlands"),
	realICS("coventry-and-warwickshire", "E54000018", "QWU", "Coventry and Warwickshire", "midlands"),
	realICS("herefordshire-and-worcestershire", "E54000019", "QGH", "Herefordshire and Worcestershire", "midlands"),
	realICS("birmingham-and-solihull", "E54000055", "QHL", "Birmingham and Solihull", "midlands"),
	realICS("derby-and-derbyshire", "E54000058", "QJ2", "Derby and Derbyshire", "midlands"),
	realICS("northamptonshire", "E54000059", "QPM", "Northamptonshire", "midlands"),
	realICS("nottingham-and-nottinghamshire", "E54000060", "QT1", "Nottingham and Nottinghamshire", "midlands"),
	realICS("black-country", "E54000062", "QUA", "Black Country", "midlands"),

	realICS("norfolk-and-waveney", "E54000022", "QMM", "Norfolk and Waveney", "east-of-england"),
	realICS("suffolk-and-north-east-essex", "E54000023", "QJG", "Suffolk and North East Essex", "east-of-england"),
	realICS("bedfordshire-luton-and-milton-keynes", "E54000024", "QHG", "Bedfordshire, Luton and Milton Keynes", "east-of-england"),
	realICS("hertfordshire-and-west-essex", "E54000025", "QM7", "Hertfordshire and West Essex", "east-of-england"),
	realICS("mid-and-south-essex", "E54000026", "QH8", "Mid and South Essex", "east-of-england"),
	realICS("cambridgeshire-and-peterborough", "E54000056", "QUE", "Cambridgeshire and Peterborough", "east-of-england"),

	realICS("north-west-london", "E54000027", "QRV", "North West London", "london"),
	realICS("north-central-london", "E54000028", "QMJ", "North Central London", "london"),
	realICS("north-east-london", "E54000029", "QMF", "North East London", "london"),
	realICS("south-east-london", "E54000030", "QKK", "South East London", "london"),
	realICS("south-west-london", "E54000031", "QWE", "South West London", "london"),

	realICS("kent-and-medway", "E54000032", "QKS", "Kent and Medway", "south-east"),
	realICS("frimley", "E54000034", "QNQ", "Frimley", "south-east"),
	realICS("hampshire-and-isle-of-wight", "E54000042", "QRL", "Hampshire and Isle of Wight", "south-east"),
	realICS("buckinghamshire-oxfordshire-and-berkshire-west", "E54000044", "QU9", "Buckinghamshire, Oxfordshire and Berkshire West", "south-east"),
	realICS("surrey-heartlands", "E54000063", "QXU", "Surrey Heartlands", "south-east"),
	realICS("sussex", "E54000064", "QNX", "Sussex", "south-east"),

	realICS("cornwall-and-the-isles-of-scilly", "E54000036", "QT6", "Cornwall and the Isles of Scilly", "south-west"),
	realICS("devon", "E54000037", "QJK", "Devon", "south-west"),
	realICS("somerset", "E54000038", "QSL", "Somerset", "south-west"),
	realICS("bristol-north-somerset-and-south-gloucestershire", "E54000039", "QUY", "Bristol, North Somerset and South Gloucestershire", "south-west"),
	realICS("bath-and-north-east-somerset-swindon-and-wiltshire", "E54000040", "QOX", "Bath and North East Somerset, Swindon and Wiltshire", "south-west"),
	realICS("dorset", "E54000041", "QVV", "Dorset", "south-west"),
	realICS("gloucestershire", "E54000043", "QR1", "Gloucestershire", "south-west"),
}

// realLA builds a verified council row sourced from the ONS portal.
func realLA(slug, code, name, kind, region, ics string) localAuthority {
	return localAuthority{slug, code, name, kind, region, []string{ics}, verified, "ons-open-geography-portal"}
}

// realLocalAuthorities are the upper-tier councils on the footprints of the
// ICSs whose named projects are loaded; other footprints are not recorded.
var realLocalAuthorities = []localAuthority{
	realLA("kingston-upon-hull", "E06000010", "Kingston upon Hull", "UNITARY", "yorkshire-and-the-humber", "humber-and-north-yorkshire"),
	realLA("east-riding-of-yorkshire", "E06000011", "East Riding of Yorkshire", "UNITARY", "yorkshire-and-the-humber", "humber-and-north-yorkshire"),
	realLA("north-east-lincolnshire", "E06000012", "North East Lincolnshire", "UNITARY", "yorkshire-and-the-humber", "humber-and-north-yorkshire"),
	realLA("north-lincolnshire", "E06000013", "North Lincolnshire", "UNITARY", "yorkshire-and-the-humber", "humber-and-north-yorkshire"),
	realLA("york", "E06000014", "York", "UNITARY", "yorkshire-and-the-humber", "humber-and-north-yorkshire"),
	// North Yorkshire's council area also reaches into West Yorkshire's
	// footprint: the former Craven district is in NHS West Yorkshire ICB.
	{"north-yorkshire", "E06000065", "North Yorkshire", "UNITARY", "yorkshire-and-the-humber",
		[]string{"humber-and-north-yorkshire", "west-yorkshire"}, verified, "ons-open-geography-portal"},

	realLA("bradford", "E08000032", "Bradford", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "west-yorkshire"),
	realLA("calderdale", "E08000033", "Calderdale", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "west-yorkshire"),
	realLA("kirklees", "E08000034", "Kirklees", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "west-yorkshire"),
	realLA("leeds", "E08000035", "Leeds", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "west-yorkshire"),
	realLA("wakefield", "E08000036", "Wakefield", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "west-yorkshire"),

	realLA("coventry", "E08000026", "Coventry", "METROPOLITAN_DISTRICT", "west-midlands", "coventry-and-warwickshire"),
	realLA("warwickshire", "E10000031", "Warwickshire", "COUNTY", "west-midlands", "coventry-and-warwickshire"),

	realLA("brent", "E09000005", "Brent", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("ealing", "E09000009", "Ealing", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("hammersmith-and-fulham", "E09000013", "Hammersmith and Fulham", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("harrow", "E09000015", "Harrow", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("hillingdon", "E09000017", "Hillingdon", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("hounslow", "E09000018", "Hounslow", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("kensington-and-chelsea", "E09000020", "Kensington and Chelsea", "LONDON_BOROUGH", "london", "north-west-london"),
	realLA("westminster", "E09000033", "Westminster", "LONDON_BOROUGH", "london", "north-west-london"),

	realLA("croydon", "E09000008", "Croydon", "LONDON_BOROUGH", "london", "south-west-london"),
	realLA("kingston-upon-thames", "E09000021", "Kingston upon Thames", "LONDON_BOROUGH", "london", "south-west-london"),
	realLA("merton", "E09000024", "Merton", "LONDON_BOROUGH", "london", "south-west-london"),
	realLA("richmond-upon-thames", "E09000027", "Richmond upon Thames", "LONDON_BOROUGH", "london", "south-west-london"),
	realLA("sutton", "E09000029", "Sutton", "LONDON_BOROUGH", "london", "south-west-london"),
	realLA("wandsworth", "E09000032", "Wandsworth", "LONDON_BOROUGH", "london", "south-west-london"),

	realLA("buckinghamshire", "E06000060", "Buckinghamshire", "UNITARY", "south-east", "buckinghamshire-oxfordshire-and-berkshire-west"),
	realLA("oxfordshire", "E10000025", "Oxfordshire", "COUNTY", "south-east", "buckinghamshire-oxfordshire-and-berkshire-west"),
	realLA("reading", "E06000038", "Reading", "UNITARY", "south-east", "buckinghamshire-oxfordshire-and-berkshire-west"),
	realLA("west-berkshire", "E06000037", "West Berkshire", "UNITARY", "south-east", "buckinghamshire-oxfordshire-and-berkshire-west"),
	realLA("wokingham", "E06000041", "Wokingham", "UNITARY", "south-east", "buckinghamshire-oxfordshire-and-berkshire-west"),
}

// codeChange is an ONS code an area gave up for its current one.
type codeChange struct {
	Table  string // region, ics or local_authority
	Slug   string
	Former string
	// Took is the day the current code took effect; the former code's
	// last day is the day before. The day the former code began is not
	// recorded: no source loaded states it.
	Took   string
	Source string // source slug
}

// codeChanges are the code changes of the real areas loaded, all from the
// ONS portal. Surrey Heartlands' and Sussex's ICBs took new codes in April
// 2023 (their July 2022 codes were E54000052 and E54000053; their ODS codes
// QXU and QNX did not change); North Yorkshire County Council (E10000023)
// became the unitary North Yorkshire Council (E06000065) on 1 April 2023.
var codeChanges = []codeChange{
	{"ics", "surrey-heartlands", "E54000052", "2023-04-01", "ons-open-geography-portal"},
	{"ics", "sussex", "E54000053", "2023-04-01", "ons-open-geography-portal"},
	{"local_authority", "north-yorkshire", "E10000023", "2023-04-01", "ons-open-geography-portal"},
}

// loadCodeHistory records when the areas' current codes took effect and
// the codes they had before.
func loadCodeHistory(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const insertFormer = `
		INSERT INTO former_code (code, region_id, ics_id, local_authority_id, valid_to, source_id)
		VALUES ($1, $2, $3, $4, $5::date - 1, $6)`
	for _, c := range codeChanges {
		var owners ids
		switch c.Table {
		case "region":
			owners = r.regions
		case "ics":
			owners = r.icss
		case "local_authority":
			owners = r.localAuthorities
		default:
			return fmt.Errorf("code change %s: no table %q", c.Former, c.Table)
		}
		id, err := owners.id(c.Slug)
		if err != nil {
			return fmt.Errorf("code change %s: %w", c.Former, err)
		}
		sourceID, err := r.sources.id(c.Source)
		if err != nil {
			return fmt.Errorf("code change %s: %w", c.Former, err)
		}
		// Table comes from the list above, never from input.
		update := `UPDATE ` + c.Table + ` SET code_valid_from = $1 WHERE id = $2`
		if _, err := tx.ExecContext(ctx, update, c.Took, id); err != nil {
			return fmt.Errorf("code change %s: %w", c.Former, err)
		}
		owner := map[string]any{"region": nil, "ics": nil, "local_authority": nil}
		owner[c.Table] = id
		if _, err := tx.ExecContext(ctx, insertFormer, c.Former,
			owner["region"], owner["ics"], owner["local_authority"], c.Took, sourceID); err != nil {
			return fmt.Errorf("code change %s: %w", c.Former, err)
		}
	}
	return nil
}

// loadRegions inserts England's regions.
func loadRegions(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO region (slug, code, itl_code, name, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6)
		RETURNING id`
	sourceID, err := r.sources.id("ons-open-geography-portal")
	if err != nil {
		return err
	}
	for _, g := range regions {
		id, err := insertID(ctx, tx, query, g.Slug, g.Code, g.ITLCode, g.Name, verified, sourceID)
		if err != nil {
			return fmt.Errorf("region %s: %w", g.Slug, err)
		}
		r.regions.add(g.Slug, id)
	}
	return nil
}

// loadNHSRegions inserts NHS England's regions.
func loadNHSRegions(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO nhs_region (slug, code, ods_code, name, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6)
		RETURNING id`
	sourceID, err := r.sources.id("ons-open-geography-portal")
	if err != nil {
		return err
	}
	for _, g := range nhsRegions {
		id, err := insertID(ctx, tx, query, g.Slug, g.Code, g.ODSCode, g.Name, verified, sourceID)
		if err != nil {
			return fmt.Errorf("nhs region %s: %w", g.Slug, err)
		}
		r.nhsRegions.add(g.Slug, id)
	}
	return nil
}

// loadICSs inserts the real integrated care systems, then the fictional ones.
func loadICSs(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO ics (slug, code, ods_code, name, nhs_region_id, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id`
	for _, list := range [][]ics{realICSs, illustrativeICSs} {
		for _, s := range list {
			nhsRegionID, err := r.nhsRegions.id(s.NHSRegion)
			if err != nil {
				return fmt.Errorf("ics %s: %w", s.Slug, err)
			}
			sourceID, err := r.sources.optional(s.Source)
			if err != nil {
				return fmt.Errorf("ics %s: %w", s.Slug, err)
			}
			id, err := insertID(ctx, tx, query,
				s.Slug, s.Code, s.ODSCode, s.Name, nhsRegionID, s.Provenance, sourceID)
			if err != nil {
				return fmt.Errorf("ics %s: %w", s.Slug, err)
			}
			r.icss.add(s.Slug, id)
		}
	}
	return nil
}

// loadLocalAuthorities inserts the real councils, then the fictional ones,
// each with the ICS footprints it sits in.
func loadLocalAuthorities(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const insertAuthority = `
		INSERT INTO local_authority (slug, code, name, kind, region_id, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id`
	const insertFootprint = `
		INSERT INTO ics_local_authority (local_authority_id, ics_id)
		VALUES ($1, $2)`
	for _, list := range [][]localAuthority{realLocalAuthorities, illustrativeLocalAuthorities} {
		for _, la := range list {
			regionID, err := r.regions.id(la.Region)
			if err != nil {
				return fmt.Errorf("local authority %s: %w", la.Slug, err)
			}
			sourceID, err := r.sources.optional(la.Source)
			if err != nil {
				return fmt.Errorf("local authority %s: %w", la.Slug, err)
			}
			id, err := insertID(ctx, tx, insertAuthority,
				la.Slug, la.Code, la.Name, la.Kind, regionID, la.Provenance, sourceID)
			if err != nil {
				return fmt.Errorf("local authority %s: %w", la.Slug, err)
			}
			r.localAuthorities.add(la.Slug, id)
			if err := insertLinks(ctx, tx, insertFootprint, id, r.icss, la.ICSs); err != nil {
				return fmt.Errorf("local authority %s: %w", la.Slug, err)
			}
		}
	}
	return nil
}
