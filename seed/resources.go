package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
	"github.com/lib/pq"
)

// resource is a piece of learning: a report, guide, recording and so on.
type resource struct {
	Slug, Title     string
	Type            string
	Summary         string
	Body            string
	ExternalURL     string
	PublishedOn     string    // the day, when it is known
	PublishedWithin [2]string // the earliest and latest possible days, when only a range is known
	RevisedOn       string
	Audiences       []string
	Formats         []string // accessibility formats
	DurationSeconds int
	Publisher       string // organisation slug
	Status          string
	Provenance      string
	Source          string
	Topics          []string // topic slugs
	Projects        []string // project slugs
	Authors         []string // person slugs, in order
}

// realResources are the real publications recorded.
var realResources = []resource{
	{
		Slug:  "embracing-change-scaling-innovation-in-care",
		Title: "Embracing change: scaling innovation in care in practice",
		Type:  "REPORT",
		Summary: "SCIE's report on what its hands-on support to councils in the Accelerating Reform Fund showed about " +
			"scaling innovation in adult social care, with particular attention to unpaid carers. " +
			"It was launched during Co-production Week 2025 (30 June to 4 July 2025).",
		// The source says only that the report was launched during
		// Co-production Week 2025: the day is not public, so the week's
		// first and last days are recorded as the range it falls in.
		PublishedWithin: [2]string{"2025-06-30", "2025-07-04"},
		// The source does not say whom the report is written for, so no
		// audience is recorded.
		Publisher:  "social-care-institute-for-excellence",
		Status:     published,
		Provenance: verified,
		Source:     "the-carer-co-production-week-2025",
		Topics:     []string{"scaling-innovation", "unpaid-carers", "co-production"},
	},
	{
		// SCIE's chief executive's blog opening Co-production Week 2025,
		// dated 30 June 2025. It names no audience, so none is recorded.
		// It is about the week as a whole rather than one of its events,
		// so it is linked to no event.
		Slug:  ceoBlog2025,
		Title: "Co-production Week 2025: Innovation through co-production in a pressured social care system",
		Type:  "BLOG",
		Summary: "SCIE's chief executive on why the tenth Co-production Week looks at innovation: social care is under " +
			"great pressure, yet people who draw on care, family and friend carers, practitioners and organisations are " +
			"already improving it together, as SCIE's work with the Accelerating Reform Fund has shown.",
		PublishedOn: "2025-06-30",
		Publisher:   scie,
		Status:      published,
		Provenance:  verified,
		Source:      "scie-ceo-blog-co-production-week-2025",
		Topics:      []string{"co-production", "unpaid-carers"},
		Authors:     []string{"kathryn-marsden"},
	},
}

// ceoBlog2025 is the slug of SCIE's chief executive's blog for
// Co-production Week 2025.
const ceoBlog2025 = "co-production-week-2025-ceo-blog"

// loadResources inserts the real resources, then the fictional ones, with
// their topics, projects and authors.
func loadResources(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	for _, list := range [][]resource{realResources, illustrativeResources()} {
		for _, res := range list {
			if err := insertResource(ctx, tx, r, res); err != nil {
				return fmt.Errorf("resource %s: %w", res.Slug, err)
			}
		}
	}
	return nil
}

// insertResource inserts one resource and its links.
func insertResource(ctx context.Context, tx *sqlx.Tx, r *registry, res resource) error {
	const insertRow = `
		INSERT INTO resource (slug, title, type, summary, body, external_url, published_earliest, published_latest,
			revised_on, audiences, accessibility_formats, duration_seconds, publisher_organisation_id, status, provenance, source_id)
		VALUES ($1, $2, $3, $4, $5, $6, $7::date, $8::date, $9::date, $10, $11, $12, $13, $14, $15, $16)
		RETURNING id`
	publisherID, err := r.organisations.optional(res.Publisher)
	if err != nil {
		return err
	}
	sourceID, err := r.sources.optional(res.Source)
	if err != nil {
		return err
	}
	earliest, latest := res.PublishedWithin[0], res.PublishedWithin[1]
	if res.PublishedOn != "" {
		earliest, latest = res.PublishedOn, res.PublishedOn
	}
	id, err := insertID(ctx, tx, insertRow, res.Slug, res.Title, res.Type, res.Summary, text(res.Body),
		text(res.ExternalURL), text(earliest), text(latest), text(res.RevisedOn), pq.Array(nonNil(res.Audiences)),
		pq.Array(nonNil(res.Formats)), number(res.DurationSeconds), publisherID, res.Status, res.Provenance, sourceID)
	if err != nil {
		return err
	}
	r.resources.add(res.Slug, id)

	const insertTopic = `
		INSERT INTO resource_topic (resource_id, topic_id)
		VALUES ($1, $2)`
	if err := insertLinks(ctx, tx, insertTopic, id, r.topics, res.Topics); err != nil {
		return err
	}

	const insertProject = `
		INSERT INTO resource_project (resource_id, project_id)
		VALUES ($1, $2)`
	if err := insertLinks(ctx, tx, insertProject, id, r.projects, res.Projects); err != nil {
		return err
	}

	const insertAuthor = `
		INSERT INTO resource_author (resource_id, person_id, position)
		VALUES ($1, $2, $3)`
	for i, a := range res.Authors {
		personID, err := r.people.id(a)
		if err != nil {
			return err
		}
		if err := exec(ctx, tx, insertAuthor, id, personID, i); err != nil {
			return fmt.Errorf("author %s: %w", a, err)
		}
	}
	return nil
}
