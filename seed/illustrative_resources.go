package seed

import (
	"fmt"
	"time"
)

// Invented resources. Most are made from the templates below, four for each
// published fictional project, so that every project has learning to show
// and every resource type and audience appears many times. The rest are
// written out in full: national-style guides from fictional bodies,
// recordings of fictional events, and five unpublished resources that must
// never reach the public API.

// Audiences and accessibility formats, as the schema spells them.
const (
	drawOnCare     = "PEOPLE_WHO_DRAW_ON_CARE"
	carerAudience  = "UNPAID_CARERS"
	practitioners  = "PRACTITIONERS"
	providers      = "PROVIDERS"
	commissioners  = "COMMISSIONERS"
	systemLeaders  = "SYSTEM_LEADERS"
	policymakers   = "POLICYMAKERS"
	researchers    = "RESEARCHERS"
	generalPublic  = "PUBLIC"
	easyRead       = "EASY_READ"
	bsl            = "BSL"
	transcript     = "TRANSCRIPT"
	captions       = "CAPTIONS"
	audioDescribed = "AUDIO_DESCRIPTION"
	largePrint     = "LARGE_PRINT"
)

// latestPublication is the last day an illustrative resource may carry as
// its publication date, so no published resource is dated in the future.
const latestPublication = "2026-11-20"

// resourceTemplate describes one kind of resource made for each project.
// Title and Summary take the project's title.
type resourceTemplate struct {
	Type       string
	SlugSuffix string
	Title      string
	Summary    string
	Body       string
	Audiences  []string
	Formats    []string
	Duration   int // seconds
	DaysAfter  int // days after the project starts
}

// resourceTemplates has one template per resource type.
var resourceTemplates = []resourceTemplate{
	{
		Type: "LEARNING_NOTE", SlugSuffix: "learning-note",
		Title:     "What we learned: %s",
		Summary:   "A short note on what went well, what was hard and what the team would change about %s.",
		Body:      "The note covers set-up, the first six months and the team's advice for anyone adopting the approach.",
		Audiences: []string{practitioners, commissioners},
		DaysAfter: 120,
	},
	{
		Type: "CASE_STUDY", SlugSuffix: "case-study",
		Title:     "%s: a case study",
		Summary:   "The story of %s from first idea to delivery, told by the people involved.",
		Audiences: []string{commissioners, systemLeaders, providers},
		DaysAfter: 200,
	},
	{
		Type: "PRACTICE_EXAMPLE", SlugSuffix: "practice-example",
		Title:     "%s in practice",
		Summary:   "A short example of one part of %s that others could copy quickly.",
		Audiences: []string{practitioners, providers},
		DaysAfter: 90,
	},
	{
		Type: "GUIDE", SlugSuffix: "guide",
		Title:     "Starting your own: a guide based on %s",
		Summary:   "Step-by-step guidance for areas that want to adopt the approach of %s.",
		Body:      "The guide walks through the business case, co-production with local people, recruitment and evaluation.",
		Audiences: []string{commissioners, practitioners, drawOnCare},
		Formats:   []string{easyRead, largePrint},
		DaysAfter: 300,
	},
	{
		Type: "BRIEFING", SlugSuffix: "briefing",
		Title:     "Briefing for leaders: %s",
		Summary:   "Two pages for senior leaders on the costs, benefits and risks of %s.",
		Audiences: []string{systemLeaders, policymakers},
		DaysAfter: 240,
	},
	{
		Type: "REPORT", SlugSuffix: "evaluation-report",
		Title:     "%s: evaluation report",
		Summary:   "An independent-style evaluation of %s, with the data collected and its limits.",
		Audiences: []string{researchers, commissioners, policymakers},
		DaysAfter: 360,
	},
	{
		Type: "TOOL", SlugSuffix: "toolkit",
		Title:     "%s: planning toolkit",
		Summary:   "Templates and checklists used by %s, ready to adapt.",
		Audiences: []string{commissioners, practitioners},
		DaysAfter: 270,
	},
	{
		Type: "BLOG", SlugSuffix: "blog",
		Title:     "Behind the scenes of %s",
		Summary:   "A blog by someone involved in %s about what it has meant to them.",
		Audiences: []string{generalPublic, carerAudience, drawOnCare},
		DaysAfter: 60,
	},
	{
		Type: "VIDEO", SlugSuffix: "film",
		Title:     "Film: %s",
		Summary:   "A short film in which people involved in %s describe it in their own words.",
		Audiences: []string{generalPublic, drawOnCare, carerAudience},
		Formats:   []string{captions, bsl, audioDescribed},
		Duration:  7 * 60,
		DaysAfter: 150,
	},
	{
		Type: "PODCAST", SlugSuffix: "podcast",
		Title:     "Podcast: talking about %s",
		Summary:   "A conversation with the team and a carer or person drawing on care about %s.",
		Audiences: []string{carerAudience, generalPublic},
		Formats:   []string{transcript},
		Duration:  32 * 60,
		DaysAfter: 180,
	},
	{
		Type: "WEBINAR_RECORDING", SlugSuffix: "webinar-recording",
		Title:     "Webinar recording: %s",
		Summary:   "The recording of an online session in which the team presented %s and took questions.",
		Audiences: []string{practitioners, commissioners},
		Formats:   []string{captions, transcript},
		Duration:  60 * 60,
		DaysAfter: 210,
	},
	{
		Type: "E_LEARNING", SlugSuffix: "e-learning",
		Title:     "E-learning: lessons from %s",
		Summary:   "A self-paced module for staff, built from the experience of %s.",
		Audiences: []string{practitioners, providers},
		Formats:   []string{captions, easyRead},
		Duration:  45 * 60,
		DaysAfter: 330,
	},
}

// templatesPerProject is how many template resources each published
// fictional project gets; they are spread evenly over the templates.
const templatesPerProject = 4

// illustrativeResources returns the resources made from the templates
// followed by the ones written out in full.
func illustrativeResources() []resource {
	return append(templateResources(), handWrittenResources...)
}

// templateResources makes templatesPerProject resources for each published
// fictional project: project i gets templates i, i+3, i+6 and i+9 (mod 12),
// so every type appears equally often. Every fifth resource also names the
// next project, and authors rotate through the fictional people.
func templateResources() []resource {
	projects := publishedIllustrativeProjects()
	step := len(resourceTemplates) / templatesPerProject
	var list []resource
	n := 0
	for i, p := range projects {
		for j := range templatesPerProject {
			t := resourceTemplates[(i+j*step)%len(resourceTemplates)]
			res := resource{
				Slug:            p.Slug + "-" + t.SlugSuffix,
				Title:           fmt.Sprintf(t.Title, p.Title),
				Type:            t.Type,
				Summary:         invented("resource", fmt.Sprintf(t.Summary, p.Title)),
				Body:            t.Body,
				ExternalURL:     "https://learning.example.org/" + p.Slug + "/" + t.SlugSuffix,
				PublishedOn:     publicationDate(p.StartsOn, t.DaysAfter),
				Audiences:       t.Audiences,
				Formats:         t.Formats,
				DurationSeconds: t.Duration,
				Publisher:       p.Lead,
				Status:          published,
				Provenance:      illustrative,
				Topics:          p.Topics,
				Projects:        []string{p.Slug},
				Authors:         rotatingAuthors(n),
			}
			if n%5 == 4 && i+1 < len(projects) {
				res.Projects = append(res.Projects, projects[i+1].Slug)
			}
			list = append(list, res)
			n++
		}
	}
	return list
}

// publishedIllustrativeProjects are the fictional projects that are
// published: only they get template resources.
func publishedIllustrativeProjects() []project {
	var list []project
	for _, p := range illustrativeProjects {
		if p.Status == published {
			list = append(list, p)
		}
	}
	return list
}

// publicationDate is a project's start plus some days, or a fixed day when
// the project has no start date, never later than latestPublication.
func publicationDate(startsOn string, daysAfter int) string {
	if startsOn == "" {
		startsOn = "2024-10-01"
	}
	start, err := time.Parse(time.DateOnly, startsOn)
	if err != nil {
		panic(fmt.Sprintf("seed: bad start date %q in the illustrative data: %v", startsOn, err))
	}
	day := start.AddDate(0, 0, daysAfter).Format(time.DateOnly)
	if day > latestPublication {
		return latestPublication
	}
	return day
}

// rotatingAuthors gives resource n between zero and three authors, taken in
// turn from the fictional people.
func rotatingAuthors(n int) []string {
	count := n % 4
	authors := make([]string, 0, count)
	for k := range count {
		authors = append(authors, illustrativePeople[(n*3+k)%len(illustrativePeople)].Slug)
	}
	return authors
}

// handWrittenResources are the illustrative resources written out in full.
var handWrittenResources = []resource{
	{
		Slug: "exampleshire-festival-2024-opening-webinar-recording", Title: "Exampleshire Carers Learning Festival 2024: opening webinar",
		Type:        "WEBINAR_RECORDING",
		Summary:     invented("resource", "The recording of the festival's opening session on what carers in Exampleshire asked for and what changed."),
		PublishedOn: "2024-07-12", Audiences: []string{carerAudience, practitioners, generalPublic},
		Formats: []string{captions, transcript, bsl}, DurationSeconds: 75 * 60,
		Publisher: "exampleshire-carers-together", Status: published, Provenance: illustrative,
		Topics: []string{"unpaid-carers", "co-production"}, Authors: []string{"sam-placeholder"},
	},
	{
		Slug: "designing-a-carers-card-webinar-recording", Title: "Designing a carers' card with carers: webinar recording",
		Type:        "WEBINAR_RECORDING",
		Summary:     invented("resource", "Carers and council staff from Exampleshire explain how they designed a carers' card together."),
		PublishedOn: "2025-02-14", Audiences: []string{commissioners, practitioners, carerAudience},
		Formats: []string{captions, transcript}, DurationSeconds: 58 * 60,
		Publisher: "exampleshire-county-council", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification", "co-production"}, Projects: []string{"exampleshire-carers-card"},
		Authors: []string{"alex-example", "sam-placeholder"},
	},
	{
		Slug: "recruiting-shared-lives-carers-discussion-recording", Title: "Recruiting Shared Lives carers: live discussion recording",
		Type:        "WEBINAR_RECORDING",
		Summary:     invented("resource", "A recorded panel on finding and keeping Shared Lives households."),
		PublishedOn: "2025-11-21", Audiences: []string{commissioners, providers},
		Formats: []string{captions}, DurationSeconds: 65 * 60,
		Publisher: "mockford-shared-lives-network", Status: published, Provenance: illustrative,
		Topics:   []string{"shared-lives", "recruitment-and-retention"},
		Projects: []string{"mockshire-shared-lives-growth", "exampleshire-shared-lives-short-breaks"},
		Authors:  []string{"jordan-sample"},
	},
	{
		Slug: "exampleshire-festival-2025-conference-recording", Title: "Exampleshire Carers Learning Festival 2025: conference recording",
		Type:        "WEBINAR_RECORDING",
		Summary:     invented("resource", "The plenary sessions of the 2025 festival conference, with the workshop feedback."),
		PublishedOn: "2025-03-21", Audiences: []string{carerAudience, practitioners, commissioners},
		Formats: []string{captions, transcript, bsl}, DurationSeconds: 3 * 60 * 60,
		Publisher: "exampleshire-carers-together", Status: published, Provenance: illustrative,
		Topics: []string{"unpaid-carers", "scaling-innovation"},
	},
	{
		Slug: "measuring-the-impact-of-co-production-toolkit", Title: "Measuring the impact of co-production: a toolkit",
		Type:        "TOOL",
		Summary:     invented("resource", "Questions, scales and a simple scoring sheet for showing the difference co-production made."),
		PublishedOn: "2025-06-30", RevisedOn: "2026-01-15",
		Audiences: []string{commissioners, practitioners, researchers},
		Publisher: "national-institute-of-example-care", Status: published, Provenance: illustrative,
		Topics: []string{"measuring-co-production-impact", "co-production"}, Authors: []string{"nico-prototype", "taylor-fictional"},
	},
	{
		Slug: "co-producing-with-carers-guide", Title: "Co-producing with carers: a practical guide",
		Type:        "GUIDE",
		Summary:     invented("resource", "How to involve carers as equal partners from the start, including paying them for their time."),
		Body:        "Covers recruiting a diverse group, sharing power in meetings, paying people, and closing the loop.",
		PublishedOn: "2024-11-25", Audiences: []string{practitioners, commissioners, carerAudience},
		Formats:   []string{easyRead, largePrint, bsl},
		Publisher: "national-institute-of-example-care", Status: published, Provenance: illustrative,
		Topics: []string{"co-production", "unpaid-carers"}, Authors: []string{"nico-prototype", "sam-placeholder", "charlie-exemplar"},
	},
	{
		Slug: "scaling-innovation-in-care-briefing", Title: "Scaling innovation in care: what leaders can do",
		Type:        "BRIEFING",
		Summary:     invented("resource", "Six things senior leaders can do to help a local innovation grow beyond its pilot."),
		PublishedOn: "2025-09-08", Audiences: []string{systemLeaders, policymakers},
		Publisher: "office-for-illustrative-care-standards", Status: published, Provenance: illustrative,
		Topics: []string{"scaling-innovation", "commissioning"}, Authors: []string{"sky-invented"},
	},
	{
		Slug: "fictional-carers-projects-overview-report", Title: "An overview of the fictional carers' projects",
		Type:        "REPORT",
		Summary:     invented("resource", "Brings together the findings of the invented carers' projects in this sample."),
		PublishedOn: "2026-03-02", Audiences: []string{researchers, policymakers, commissioners},
		Publisher: "sampleton-institute-of-care-research", Status: published, Provenance: illustrative,
		Topics: []string{"unpaid-carers", "scaling-innovation"}, Authors: []string{"sky-invented", "taylor-fictional"},
	},
	{
		Slug: "shared-lives-explained-easy-read", Title: "Shared Lives explained (easy read)",
		Type:        "GUIDE",
		Summary:     invented("resource", "An easy read guide for people thinking about Shared Lives and their families."),
		PublishedOn: "2024-09-16", Audiences: []string{drawOnCare, carerAudience, generalPublic},
		Formats:   []string{easyRead, largePrint},
		Publisher: "mockford-shared-lives-network", Status: published, Provenance: illustrative,
		Topics: []string{"shared-lives", "accessible-information"}, Authors: []string{"jordan-sample"},
	},
	{
		Slug: "carers-stories-podcast-episode-1", Title: "Carers' stories, episode 1: finding out you are a carer",
		Type:        "PODCAST",
		Summary:     invented("resource", "Three carers talk about the moment they realised they were carers."),
		PublishedOn: "2025-01-20", Audiences: []string{carerAudience, generalPublic},
		Formats: []string{transcript}, DurationSeconds: 28 * 60,
		Publisher: "exampleshire-carers-together", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification"}, Authors: []string{"toni-stub"},
	},
	{
		Slug: "carers-stories-podcast-episode-2", Title: "Carers' stories, episode 2: taking a break",
		Type:        "PODCAST",
		Summary:     invented("resource", "Carers describe what a good break looks like and what gets in the way."),
		PublishedOn: "2025-02-17", Audiences: []string{carerAudience, generalPublic},
		Formats: []string{transcript}, DurationSeconds: 31 * 60,
		Publisher: "exampleshire-carers-together", Status: published, Provenance: illustrative,
		Topics: []string{"short-breaks", "carer-wellbeing"}, Authors: []string{"toni-stub", "riley-ipsum"},
	},
	{
		Slug: "what-is-co-production-film", Title: "What is co-production? A two-minute film",
		Type:        "VIDEO",
		Summary:     invented("resource", "A short animated film explaining co-production in plain words."),
		PublishedOn: "2024-07-01", Audiences: []string{generalPublic, drawOnCare, carerAudience},
		Formats: []string{captions, bsl, audioDescribed, transcript}, DurationSeconds: 2 * 60,
		Publisher: "dummydale-disability-voice", Status: published, Provenance: illustrative,
		Topics: []string{"co-production"}, Authors: []string{"charlie-exemplar"},
	},
	{
		Slug: "introduction-to-carer-identification-e-learning", Title: "Introduction to identifying carers",
		Type:        "E_LEARNING",
		Summary:     invented("resource", "A 30-minute module for front-line staff on spotting and supporting carers."),
		PublishedOn: "2025-05-12", Audiences: []string{practitioners, providers},
		Formats: []string{captions, easyRead}, DurationSeconds: 30 * 60,
		Publisher: "national-institute-of-example-care", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification", "workforce-training"},
	},
	{
		Slug: "commissioning-with-lived-experience-learning-note", Title: "Commissioning with lived experience: learning note",
		Type:        "LEARNING_NOTE",
		Summary:     invented("resource", "What two fictional councils learned from putting people who draw on care into commissioning roles."),
		PublishedOn: "2025-10-06", Audiences: []string{commissioners, systemLeaders},
		Publisher: "mockwell-borough-council", Status: published, Provenance: illustrative,
		Topics:   []string{"lived-experience-roles", "innovative-commissioning"},
		Projects: []string{"mockwell-lived-experience-commissioners", "dummydale-user-led-commissioning-panel"},
		Authors:  []string{"logan-pretend", "charlie-exemplar"},
	},
	{
		Slug: "digital-inclusion-for-carers-practice-example", Title: "Lending tablets to carers: a practice example",
		Type:        "PRACTICE_EXAMPLE",
		Summary:     invented("resource", "How one fictional council lends tablets and data to carers, and what carers use them for."),
		PublishedOn: "2025-08-04", Audiences: []string{practitioners, carerAudience},
		Publisher: "placeholder-vale-council", Status: published, Provenance: illustrative,
		Topics: []string{"digital-self-help-tools"}, Projects: []string{"placeholder-vale-digital-carers-hub"},
		Authors: []string{"jamie-lorem"},
	},
	{
		Slug: "equality-in-co-production-blog", Title: "Who is missing from the room? A blog on equality in co-production",
		Type:        "BLOG",
		Summary:     invented("resource", "A reflection on reaching people who are rarely asked to co-produce."),
		PublishedOn: "2026-07-06", Audiences: []string{generalPublic, practitioners},
		Publisher: "mockwell-borough-council", Status: published, Provenance: illustrative,
		Topics: []string{"seldom-heard-communities", "co-production"}, Authors: []string{"logan-pretend"},
	},
	{
		Slug: "care-technology-case-studies", Title: "Care technology for carers: three case studies",
		Type:        "CASE_STUDY",
		Summary:     invented("resource", "Three invented families describe how sensors and alerts changed their days and nights."),
		PublishedOn: "2026-02-09", Audiences: []string{carerAudience, commissioners, providers},
		Formats:   []string{largePrint},
		Publisher: "demoton-city-council", Status: published, Provenance: illustrative,
		Topics: []string{"care-technology"}, Projects: []string{"demoton-care-technology-for-carers"},
		Authors: []string{"max-mockup"},
	},
	{
		Slug: "draft-guide-to-carers-apps", Title: "Choosing an app for carers (draft)",
		Type:      "GUIDE",
		Summary:   invented("resource", "A draft guide that is not published yet."),
		Audiences: []string{carerAudience}, Publisher: "exampleshire-county-council",
		Status: "DRAFT", Provenance: illustrative,
		Topics: []string{"digital-self-help-tools"}, Projects: []string{"exampleshire-carers-app-pilot"},
	},
	{
		Slug: "draft-carers-card-evaluation", Title: "Exampleshire carers' card evaluation (draft)",
		Type:      "REPORT",
		Summary:   invented("resource", "A draft evaluation that is not published yet."),
		Audiences: []string{researchers}, Publisher: "university-of-exampleshire",
		Status: "DRAFT", Provenance: illustrative,
		Topics: []string{"carer-identification"}, Projects: []string{"exampleshire-carers-card"},
		Authors: []string{"taylor-fictional"},
	},
	{
		Slug: "shared-lives-costs-briefing-in-review", Title: "The costs of Shared Lives (in review)",
		Type:      "BRIEFING",
		Summary:   invented("resource", "A briefing on costs that is waiting for review."),
		Audiences: []string{commissioners}, Publisher: "mockshire-county-council",
		Status: "IN_REVIEW", Provenance: illustrative,
		Topics: []string{"shared-lives"}, Projects: []string{"mockshire-shared-lives-growth"},
	},
	{
		Slug: "care-workforce-podcast-in-review", Title: "Care workforce podcast pilot (in review)",
		Type:      "PODCAST",
		Summary:   invented("resource", "A pilot podcast episode waiting for review."),
		Audiences: []string{providers}, DurationSeconds: 20 * 60, Publisher: "testwick-care-partnership",
		Status: "IN_REVIEW", Provenance: illustrative,
		Topics: []string{"workforce"},
	},
	{
		Slug: "exampleshire-carers-directory-2024-archived", Title: "Exampleshire carers' directory 2024 (archived)",
		Type:        "GUIDE",
		Summary:     invented("resource", "An out-of-date directory that has been archived."),
		PublishedOn: "2024-04-08", Audiences: []string{carerAudience}, Publisher: "exampleshire-carers-together",
		Status: "ARCHIVED", Provenance: illustrative,
		Topics: []string{"unpaid-carers"},
	},
}
