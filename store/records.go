package store

import (
	"encoding/json"
	"time"

	"github.com/lib/pq"
)

// The records the API serves. Each field's db tag names its column; the
// json tag is the same name, because the read path (package read) has
// PostgreSQL build each record as a JSON object keyed by column.

// Fact holds what every fact-bearing record says about where it came from.
type Fact struct {
	Provenance string `db:"provenance" json:"provenance"`
	// ProvenanceNote says what an INFERRED fact was reasoned from.
	ProvenanceNote *string `db:"provenance_note" json:"provenance_note"`
	SourceID       *int64  `db:"source_id" json:"source_id"`
}

// Loaded is what a read brings along with a record besides its columns:
// its position in the list it was read from, and the related records the
// query asked for, still encoded (see package read).
type Loaded struct {
	CursorKey string                       `db:"-" json:"_ck,omitempty"`
	CursorID  int64                        `db:"-" json:"_ci,omitempty"`
	Rel       []map[string]json.RawMessage `db:"-" json:"_rel,omitempty"`
}

// Related returns the encoded related records loaded under key.
func (l *Loaded) Related(key string) (json.RawMessage, bool) {
	for _, m := range l.Rel {
		if raw, ok := m[key]; ok {
			return raw, true
		}
	}
	return nil, false
}

// Source is a public document that verified facts were taken from.
type Source struct {
	ID          int64      `db:"id" json:"id"`
	Slug        string     `db:"slug" json:"slug"`
	Title       string     `db:"title" json:"title"`
	URL         string     `db:"url" json:"url"`
	Publisher   string     `db:"publisher" json:"publisher"`
	PublishedOn *time.Time `db:"published_on" json:"published_on"`
	AccessedOn  *time.Time `db:"accessed_on" json:"accessed_on"`
	Licence     *string    `db:"licence" json:"licence"`
	Loaded
}

// CodeValidity is when an area's current ONS code took effect; its
// earlier codes are FormerCode rows.
type CodeValidity struct {
	CodeValidFrom *time.Time `db:"code_valid_from" json:"code_valid_from"`
}

// FormerCode is an ONS code an area (a region, an ICS or a local
// authority: one of the three ids is set) was known by before its current
// one, with the days it was valid (ValidTo is the last) and its source.
type FormerCode struct {
	ID               int64      `db:"id" json:"id"`
	Code             string     `db:"code" json:"code"`
	RegionID         *int64     `db:"region_id" json:"region_id"`
	ICSID            *int64     `db:"ics_id" json:"ics_id"`
	LocalAuthorityID *int64     `db:"local_authority_id" json:"local_authority_id"`
	ValidFrom        *time.Time `db:"valid_from" json:"valid_from"`
	ValidTo          time.Time  `db:"valid_to" json:"valid_to"`
	SourceID         int64      `db:"source_id" json:"source_id"`
	Loaded
}

// Region is one of the nine regions of England.
type Region struct {
	ID      int64  `db:"id" json:"id"`
	Slug    string `db:"slug" json:"slug"`
	Code    string `db:"code" json:"code"`
	ITLCode string `db:"itl_code" json:"itl_code"`
	Name    string `db:"name" json:"name"`
	CodeValidity
	Fact
	Loaded
}

// NHSRegion is one of the seven NHS England regions.
type NHSRegion struct {
	ID      int64  `db:"id" json:"id"`
	Slug    string `db:"slug" json:"slug"`
	Code    string `db:"code" json:"code"`
	ODSCode string `db:"ods_code" json:"ods_code"`
	Name    string `db:"name" json:"name"`
	Fact
	Loaded
}

// ICS is an integrated care system.
type ICS struct {
	ID          int64  `db:"id" json:"id"`
	Slug        string `db:"slug" json:"slug"`
	Code        string `db:"code" json:"code"`
	ODSCode     string `db:"ods_code" json:"ods_code"`
	Name        string `db:"name" json:"name"`
	NHSRegionID int64  `db:"nhs_region_id" json:"nhs_region_id"`
	CodeValidity
	Fact
	Loaded
}

// LocalAuthority is an upper-tier council area.
type LocalAuthority struct {
	ID       int64  `db:"id" json:"id"`
	Slug     string `db:"slug" json:"slug"`
	Code     string `db:"code" json:"code"`
	Name     string `db:"name" json:"name"`
	Kind     string `db:"kind" json:"kind"`
	RegionID int64  `db:"region_id" json:"region_id"`
	CodeValidity
	Fact
	Loaded
}

// Organisation is a council, NHS body, charity, university, provider or
// national body.
type Organisation struct {
	ID               int64   `db:"id" json:"id"`
	Slug             string  `db:"slug" json:"slug"`
	Name             string  `db:"name" json:"name"`
	Kind             string  `db:"kind" json:"kind"`
	Description      *string `db:"description" json:"description"`
	WebsiteURL       *string `db:"website_url" json:"website_url"`
	LocalAuthorityID *int64  `db:"local_authority_id" json:"local_authority_id"`
	ICSID            *int64  `db:"ics_id" json:"ics_id"`
	Fact
	Loaded
}

// Person is someone named in the data: an author or a speaker.
type Person struct {
	ID             int64   `db:"id" json:"id"`
	Slug           string  `db:"slug" json:"slug"`
	Name           string  `db:"name" json:"name"`
	JobTitle       *string `db:"job_title" json:"job_title"`
	Bio            *string `db:"bio" json:"bio"`
	OrganisationID *int64  `db:"organisation_id" json:"organisation_id"`
	Fact
	Loaded
}

// Topic is a theme (no parent) or a topic beneath one.
type Topic struct {
	ID          int64   `db:"id" json:"id"`
	Slug        string  `db:"slug" json:"slug"`
	Name        string  `db:"name" json:"name"`
	Description *string `db:"description" json:"description"`
	ParentID    *int64  `db:"parent_id" json:"parent_id"`
	Loaded
}

// Fund is a grant programme, such as the Accelerating Reform Fund.
type Fund struct {
	ID                   int64   `db:"id" json:"id"`
	Slug                 string  `db:"slug" json:"slug"`
	Name                 string  `db:"name" json:"name"`
	ShortName            *string `db:"short_name" json:"short_name"`
	Description          *string `db:"description" json:"description"`
	TotalPence           int64   `db:"total_pence" json:"total_pence"`
	FunderOrganisationID *int64  `db:"funder_organisation_id" json:"funder_organisation_id"`
	Fact
	Loaded
}

// FundTranche is one year's payment from a fund.
type FundTranche struct {
	ID                 int64      `db:"id" json:"id"`
	FundID             int64      `db:"fund_id" json:"fund_id"`
	FinancialYear      string     `db:"financial_year" json:"financial_year"`
	AmountPence        int64      `db:"amount_pence" json:"amount_pence"`
	GrantDetermination *string    `db:"grant_determination" json:"grant_determination"`
	AnnouncedOn        *time.Time `db:"announced_on" json:"announced_on"`
	PaidOn             *time.Time `db:"paid_on" json:"paid_on"`
	Fact
	Loaded
}

// FundStatistic is one source's figure about a fund.
type FundStatistic struct {
	ID        int64   `db:"id" json:"id"`
	Measure   string  `db:"measure" json:"measure"`
	Value     string  `db:"value" json:"value"`
	Qualifier string  `db:"qualifier" json:"qualifier"`
	Note      *string `db:"note" json:"note"`
	Fact
	Loaded
}

// Priority is one of a fund's priorities for innovation and scaling.
type Priority struct {
	ID          int64   `db:"id" json:"id"`
	FundID      int64   `db:"fund_id" json:"fund_id"`
	Number      int     `db:"number" json:"number"`
	Title       *string `db:"title" json:"title"`
	Objective   *string `db:"objective" json:"objective"`
	Description *string `db:"description" json:"description"`
	Fact
	Loaded
}

// Consortium is the councils of one ICS footprint funded together.
type Consortium struct {
	ID                 int64  `db:"id" json:"id"`
	Slug               string `db:"slug" json:"slug"`
	Name               string `db:"name" json:"name"`
	FundID             int64  `db:"fund_id" json:"fund_id"`
	ICSID              int64  `db:"ics_id" json:"ics_id"`
	LeadOrganisationID *int64 `db:"lead_organisation_id" json:"lead_organisation_id"`
	Fact
	Loaded
}

// Allocation is money from one tranche to one consortium, and perhaps to
// one of its projects.
type Allocation struct {
	ID            int64   `db:"id" json:"id"`
	FundTrancheID int64   `db:"fund_tranche_id" json:"fund_tranche_id"`
	ConsortiumID  int64   `db:"consortium_id" json:"consortium_id"`
	ProjectID     *int64  `db:"project_id" json:"project_id"`
	AmountPence   int64   `db:"amount_pence" json:"amount_pence"`
	Note          *string `db:"note" json:"note"`
	Fact
	Loaded
}

// Project is a project funded through an ARF consortium.
type Project struct {
	ID                     int64          `db:"id" json:"id"`
	Slug                   string         `db:"slug" json:"slug"`
	Title                  string         `db:"title" json:"title"`
	Summary                string         `db:"summary" json:"summary"`
	Description            *string        `db:"description" json:"description"`
	ConsortiumID           int64          `db:"consortium_id" json:"consortium_id"`
	LeadOrganisationID     *int64         `db:"lead_organisation_id" json:"lead_organisation_id"`
	Stage                  *string        `db:"stage" json:"stage"`
	TargetGroups           pq.StringArray `db:"target_groups" json:"target_groups"`
	UnpaidCarerFocus       bool           `db:"unpaid_carer_focus" json:"unpaid_carer_focus"`
	CoproductionLevel      *string        `db:"coproduction_level" json:"coproduction_level"`
	CoproductionPrinciples pq.StringArray `db:"coproduction_principles" json:"coproduction_principles"`
	StartsOn               *time.Time     `db:"starts_on" json:"starts_on"`
	EndsOn                 *time.Time     `db:"ends_on" json:"ends_on"`
	UpdatedAt              time.Time      `db:"updated_at" json:"updated_at"`
	Fact
	Loaded
}

// ProjectPartner is an organisation's part in a project.
type ProjectPartner struct {
	OrganisationID int64   `db:"organisation_id" json:"organisation_id"`
	Role           *string `db:"role" json:"role"`
	Loaded
}

// Resource is a piece of learning: a learning note, case study, guide,
// report, video, podcast and so on.
type Resource struct {
	ID                      int64          `db:"id" json:"id"`
	Slug                    string         `db:"slug" json:"slug"`
	Title                   string         `db:"title" json:"title"`
	Type                    string         `db:"type" json:"type"`
	Summary                 string         `db:"summary" json:"summary"`
	Body                    *string        `db:"body" json:"body"`
	ExternalURL             *string        `db:"external_url" json:"external_url"`
	PublishedEarliest       *time.Time     `db:"published_earliest" json:"published_earliest"`
	PublishedLatest         *time.Time     `db:"published_latest" json:"published_latest"`
	RevisedOn               *time.Time     `db:"revised_on" json:"revised_on"`
	Audiences               pq.StringArray `db:"audiences" json:"audiences"`
	AccessibilityFormats    pq.StringArray `db:"accessibility_formats" json:"accessibility_formats"`
	DurationSeconds         *int           `db:"duration_seconds" json:"duration_seconds"`
	PublisherOrganisationID *int64         `db:"publisher_organisation_id" json:"publisher_organisation_id"`
	Version                 int            `db:"version" json:"version"`
	Status                  string         `db:"status" json:"status"`
	UpdatedAt               time.Time      `db:"updated_at" json:"updated_at"`
	Fact
	Loaded
}

// EventSeries is one edition of a recurring event, such as Co-production
// Week 2025.
type EventSeries struct {
	ID                 int64      `db:"id" json:"id"`
	Slug               string     `db:"slug" json:"slug"`
	Title              string     `db:"title" json:"title"`
	Brand              string     `db:"brand" json:"brand"`
	Edition            *int       `db:"edition" json:"edition"`
	Year               int        `db:"year" json:"year"`
	Theme              *string    `db:"theme" json:"theme"`
	Description        *string    `db:"description" json:"description"`
	StartsOn           *time.Time `db:"starts_on" json:"starts_on"`
	EndsOn             *time.Time `db:"ends_on" json:"ends_on"`
	HostOrganisationID *int64     `db:"host_organisation_id" json:"host_organisation_id"`
	Fact
	Loaded
}

// Event is a conference, workshop, webinar or other event.
type Event struct {
	ID                  int64          `db:"id" json:"id"`
	Slug                string         `db:"slug" json:"slug"`
	Title               string         `db:"title" json:"title"`
	Type                string         `db:"type" json:"type"`
	SeriesID            *int64         `db:"series_id" json:"series_id"`
	ParentID            *int64         `db:"parent_id" json:"parent_id"`
	Summary             string         `db:"summary" json:"summary"`
	Description         *string        `db:"description" json:"description"`
	StartsAt            time.Time      `db:"starts_at" json:"starts_at"`
	EndsAt              time.Time      `db:"ends_at" json:"ends_at"`
	DeliveryMode        *string        `db:"delivery_mode" json:"delivery_mode"`
	VenueName           *string        `db:"venue_name" json:"venue_name"`
	VenueAddress        *string        `db:"venue_address" json:"venue_address"`
	JoiningDetails      *string        `db:"joining_details" json:"joining_details"`
	RegistrationURL     *string        `db:"registration_url" json:"registration_url"`
	RegistrationStatus  *string        `db:"registration_status" json:"registration_status"`
	Capacity            *int           `db:"capacity" json:"capacity"`
	HostOrganisationID  *int64         `db:"host_organisation_id" json:"host_organisation_id"`
	RecordingResourceID *int64         `db:"recording_resource_id" json:"recording_resource_id"`
	WorkshopCount       *int           `db:"workshop_count" json:"workshop_count"`
	Themes              pq.StringArray `db:"themes" json:"themes"`
	UpdatedAt           time.Time      `db:"updated_at" json:"updated_at"`
	Fact
	Loaded
}

// EventSpeaker is a person speaking at an event.
type EventSpeaker struct {
	PersonID int64  `db:"person_id" json:"person_id"`
	Role     string `db:"role" json:"role"`
	Loaded
}

// Position is the record's place in the list it was read from: its sort
// key as text and its key (set only when cursors were asked for).
func (l *Loaded) Position() (string, int64) { return l.CursorKey, l.CursorID }
