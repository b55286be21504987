package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// topic is a theme (no parent) or a topic under a theme. The taxonomy is
// ours, not a fact about the world, so it has no provenance.
type topic struct {
	Slug, Name  string
	Description string
	Parent      string // parent topic slug; empty for a theme
}

// topics is the taxonomy: each theme comes before its topics, and the order
// within a parent sets the position.
var topics = []topic{
	{"unpaid-carers", "Family and friend carers (unpaid carers)", "Recognising, identifying and supporting family and friend carers, sometimes called unpaid carers.", ""},
	{"short-breaks", "Short breaks", "Time away from caring, planned or in an emergency.", "unpaid-carers"},
	{"carer-identification", "Carer identification", "Helping carers recognise themselves and be recognised by services.", "unpaid-carers"},
	{"carer-wellbeing", "Carer wellbeing", "Carers' own health, connections and resilience.", "unpaid-carers"},

	{"community-based-care", "Community-based care", "Care and support rooted in homes and neighbourhoods.", ""},
	{"shared-lives", "Shared Lives", "Adults living with, or regularly visiting, an approved Shared Lives carer.", "community-based-care"},
	{"homeshare", "Homeshare", "Matching someone who needs a little help at home with someone who needs housing.", "community-based-care"},
	{"social-prescribing", "Social prescribing", "Linking people to community groups and activities.", "community-based-care"},

	{"co-production", "Co-production", "Designing and delivering services as equal partners with people who draw on care and carers.", ""},
	{"lived-experience-roles", "Lived experience roles", "Paid and leadership roles for people with lived experience.", "co-production"},
	{"measuring-co-production-impact", "Measuring co-production impact", "Showing the difference co-production makes.", "co-production"},

	{"digital-and-technology", "Digital and technology", "Digital tools and care technology.", ""},
	{"digital-self-help-tools", "Digital self-help tools", "Online tools people use themselves to find information and support.", "digital-and-technology"},
	{"care-technology", "Care technology", "Sensors, alarms and other technology that supports independence.", "digital-and-technology"},
	{"digital-assessments", "Digital assessments", "Carrying out assessments and reviews online.", "digital-and-technology"},

	{"workforce", "Workforce", "The people who work in social care.", ""},
	{"recruitment-and-retention", "Recruitment and retention", "Attracting care workers and helping them stay.", "workforce"},
	{"workforce-training", "Workforce training", "Skills and development for the care workforce.", "workforce"},

	{"commissioning", "Commissioning", "How councils and NHS bodies plan and buy care and support.", ""},
	{"innovative-commissioning", "Innovative commissioning", "New ways of planning and buying support.", "commissioning"},
	{"scaling-innovation", "Scaling innovation", "Growing and spreading what works.", "commissioning"},

	{"equality-diversity-and-inclusion", "Equality, diversity and inclusion", "Making care fair and accessible for everyone.", ""},
	{"seldom-heard-communities", "Seldom-heard communities", "Reaching people that services often miss.", "equality-diversity-and-inclusion"},
	{"accessible-information", "Accessible information", "Easy read, BSL, captions and other accessible formats.", "equality-diversity-and-inclusion"},

	{"housing-and-independent-living", "Housing and independent living", "Homes and support that help people live independently.", ""},
	{"supported-housing", "Supported housing", "Housing with care and support built in.", "housing-and-independent-living"},
	{"home-adaptations", "Home adaptations", "Changes to homes that make daily life easier and safer.", "housing-and-independent-living"},
}

// loadTopics inserts the taxonomy.
func loadTopics(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO topic (slug, name, description, parent_id, position)
		VALUES ($1, $2, $3, $4, $5)
		RETURNING id`
	positions := map[string]int{}
	for _, t := range topics {
		parentID, err := r.topics.optional(t.Parent)
		if err != nil {
			return fmt.Errorf("topic %s: %w", t.Slug, err)
		}
		position := positions[t.Parent]
		positions[t.Parent]++
		id, err := insertID(ctx, tx, query, t.Slug, t.Name, t.Description, parentID, position)
		if err != nil {
			return fmt.Errorf("topic %s: %w", t.Slug, err)
		}
		r.topics.add(t.Slug, id)
	}
	return nil
}
