package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// organisation is a body that leads, supports, funds, hosts or publishes.
type organisation struct {
	Slug, Name     string
	Kind           string // COUNCIL, ICB, NHS_TRUST, VCSE, UNIVERSITY, PROVIDER or NATIONAL_BODY
	Description    string
	WebsiteURL     string
	LocalAuthority string // local_authority slug; required for a council
	ICS            string // ics slug, for an integrated care board
	Provenance     string
	Source         string
}

// person is someone named in the data: an author or a speaker.
type person struct {
	Slug, Name   string
	JobTitle     string
	Bio          string
	Organisation string // organisation slug
	Provenance   string
	Source       string
}

// realOrganisations are the real bodies the verified records name. Ipsos,
// which evaluated the fund, is kept only as a source's publisher: none of
// the organisation kinds fits a research company, and no record needs it
// as an organisation.
var realOrganisations = []organisation{
	{
		Slug:        "department-of-health-and-social-care",
		Name:        "Department of Health and Social Care",
		Kind:        "NATIONAL_BODY",
		Description: "The government department responsible for health and adult social care policy in England, and the funder of the Accelerating Reform Fund.",
		WebsiteURL:  "https://www.gov.uk/government/organisations/department-of-health-and-social-care",
		Provenance:  verified,
		Source:      "dhsc-arf-guidance",
	},
	{
		Slug:        "social-care-institute-for-excellence",
		Name:        "Social Care Institute for Excellence",
		Kind:        "NATIONAL_BODY",
		Description: "SCIE, the national improvement body that supported the councils taking part in the Accelerating Reform Fund and hosts Co-production Week each July.",
		WebsiteURL:  "https://www.scie.org.uk/",
		Provenance:  verified,
		Source:      "dhsc-arf-guidance",
	},
	{
		Slug:           "north-east-lincolnshire-council",
		Name:           "North East Lincolnshire Council",
		Kind:           "COUNCIL",
		Description:    "The unitary council for North East Lincolnshire, lead authority of the Humber and North Yorkshire ARF consortium.",
		LocalAuthority: "north-east-lincolnshire",
		Provenance:     verified,
		Source:         "north-yorkshire-council-arf-decision",
	},
	{
		Slug:           "oxfordshire-county-council",
		Name:           "Oxfordshire County Council",
		Kind:           "COUNCIL",
		Description:    "The county council for Oxfordshire, which runs a Shared Lives programme that the fund's first round supported.",
		LocalAuthority: "oxfordshire",
		Provenance:     verified,
		Source:         "oxfordshire-cc-shared-lives-arf",
	},
}

// realPeople are the real people the verified records name, each as their
// source names them. The hosts of the 2025 Lincolnshire webinar, whom
// SCIE's page names, are not recorded: the bodies they are named with are
// not in the data, and no record needs them.
var realPeople = []person{
	{
		// As her Co-production Week 2025 blog signs her.
		Slug:         "kathryn-marsden",
		Name:         "Kathryn Marsden OBE",
		JobTitle:     "Chief Executive Officer",
		Bio:          "SCIE's Chief Executive Officer when she wrote for Co-production Week 2025 (June 2025); formerly Kathryn Smith OBE.",
		Organisation: scie,
		Provenance:   verified,
		Source:       "scie-ceo-blog-co-production-week-2025",
	},
}

// loadOrganisations inserts the real organisations, then the fictional ones.
func loadOrganisations(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO organisation (slug, name, kind, description, website_url, local_authority_id, ics_id, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
		RETURNING id`
	for _, list := range [][]organisation{realOrganisations, illustrativeOrganisations} {
		for _, o := range list {
			laID, err := r.localAuthorities.optional(o.LocalAuthority)
			if err != nil {
				return fmt.Errorf("organisation %s: %w", o.Slug, err)
			}
			icsID, err := r.icss.optional(o.ICS)
			if err != nil {
				return fmt.Errorf("organisation %s: %w", o.Slug, err)
			}
			sourceID, err := r.sources.optional(o.Source)
			if err != nil {
				return fmt.Errorf("organisation %s: %w", o.Slug, err)
			}
			id, err := insertID(ctx, tx, query, o.Slug, o.Name, o.Kind, text(o.Description),
				text(o.WebsiteURL), laID, icsID, o.Provenance, sourceID)
			if err != nil {
				return fmt.Errorf("organisation %s: %w", o.Slug, err)
			}
			r.organisations.add(o.Slug, id)
		}
	}
	return nil
}

// loadPeople inserts the people, all of them invented.
func loadPeople(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO person (slug, name, job_title, bio, organisation_id, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7)
		RETURNING id`
	for _, list := range [][]person{realPeople, illustrativePeople} {
		for _, p := range list {
			orgID, err := r.organisations.optional(p.Organisation)
			if err != nil {
				return fmt.Errorf("person %s: %w", p.Slug, err)
			}
			sourceID, err := r.sources.optional(p.Source)
			if err != nil {
				return fmt.Errorf("person %s: %w", p.Slug, err)
			}
			id, err := insertID(ctx, tx, query, p.Slug, p.Name, text(p.JobTitle), text(p.Bio),
				orgID, p.Provenance, sourceID)
			if err != nil {
				return fmt.Errorf("person %s: %w", p.Slug, err)
			}
			r.people.add(p.Slug, id)
		}
	}
	return nil
}
