package seed

import (
	"context"
	"fmt"

	"github.com/jmoiron/sqlx"
)

// accessedOn is the day the sources below were checked.
const accessedOn = "2026-11-27"

// ogl is the licence of gov.uk and ONS content.
const ogl = "Open Government Licence v3.0"

// source is a public page that backs VERIFIED_PUBLIC rows.
type source struct {
	Slug        string
	Title       string
	URL         string
	Publisher   string
	PublishedOn string
	Licence     string
}

// sources lists every public page the verified rows cite. Each row is the
// page that states the facts citing it, under the page's own title, at the
// address it was read at; a fact no page we read states is not stored.
// Which address backs which fact:
//
//   - dhsc-arf-guidance (gov.uk, ARF guidance for local authorities): the
//     fund's name, purpose and £42.6m total split £20m (2023 to 2024) and
//     £22.6m (2024 to 2025); that there are 12 priorities under 3
//     objectives; that councils form consortia on ICS footprints; DHSC as
//     the funder and SCIE as the support partner.
//     It also backs priorities 2 to 12, which it says exist; their titles
//     were not captured, so they stay NULL. DHSC's own page of priorities
//     was not read, so it is not cited.
//   - shared-lives-plus-arf: priority 1's public wording, "community-based
//     care models such as shared living arrangements", quoted from DHSC.
//   - dhsc-arf-grant-determination-2023-24 and -2024-25 (gov.uk): the
//     tranche numbers 31/7084 (published 15 March 2024) and 31/7516
//     (published 28 November 2024). Each determination's Annex A lists the
//     authorities paid (the first tranche went to a lead authority for each
//     system), which is why the real consortia cite the first one; its
//     entries were not captured, so only two leads are recorded.
//   - ipsos-arf-evaluation: 42 consortia, 148 local authorities and 122
//     projects (Ipsos's independent evaluation for DHSC).
//   - Community Care's report of the second tranche gives 123 projects, but
//     it was read only as a copy at an address that is not Community
//     Care's, and no page of Community Care's own states the figure, so
//     neither the figure nor the article is stored.
//   - the-carer-arf-second-tranche: nearly 70% of projects address unpaid
//     carers (SCIE's figure, quoted when the 2024 to 2025 tranche was
//     announced on 28 November 2024).
//   - the-carer-co-production-week-2025: "over 120" projects; the tenth
//     Co-production Week; the launch of SCIE's report "Embracing change:
//     scaling innovation in care in practice" during that week (the day is
//     not given).
//   - ons-open-geography-portal: the codes and names of regions (with ITL1
//     codes), NHS England regions, ICBs (ONS and ODS codes), upper-tier
//     councils and which councils sit in which ICB, and the codes that
//     changed in April 2023 (two ICBs, North Yorkshire; see codeChanges).
//     Only the portal's home page is cited: no deep dataset address was
//     seen. Its title and address could not be checked against a read page.
//   - north-yorkshire-council-arf-decision: the Humber and North Yorkshire
//     consortium, led by North East Lincolnshire Council, chose Shared Lives
//     and short breaks for unpaid carers.
//   - greg-hands-nwl-arf: North West London's first-tranche amount of
//     £477,811 and its plan to co-produce a carers' card. The address was
//     checked; the page as read began below its headline, so the title is
//     the one its address spells and could not be checked word for word.
//   - caring-times-arf-first-tranche: the Coventry and Warwickshire digital
//     self-help tool, West Yorkshire's donated breaks from businesses and
//     South West London's carer identification (including at hospital
//     discharge).
//   - oxfordshire-cc-shared-lives-arf: Oxfordshire County Council's Shared
//     Lives programme and Age UK Oxfordshire's Homeshare project standing to
//     benefit from the fund's first round (19 March 2024). It names no
//     consortium: the project's place in the Buckinghamshire, Oxfordshire
//     and Berkshire West consortium is INFERRED from geography.
//   - scie-co-production-week-2025: the 2025 week (30 June to 4 July), its
//     theme, the conference on 1 July (10:00 to 16:00) with six workshops
//     exploring four themes (it names no workshop, and does not say how
//     the conference was held), and the Lincolnshire webinar on 3 July
//     (10:30 to 11:30), whose hosts it names as people only.
//   - scie-ceo-blog-co-production-week-2025: SCIE's chief executive's blog
//     for the week, dated 30 June 2025, and its author. It was read at the
//     address below (one of SCIE's listing addresses, which showed the
//     post); no other address of it was seen.
//   - scie-co-production-week-2024, -2022, -2020, -2019, -2018: each
//     edition's dates and theme as SCIE's pages give them (2019 gives no
//     dates). The 2022 page was captured at SCIE's rolling Co-production
//     Week address while it showed that year (the capture's address also
//     carried an advertising click parameter, left out here).
//   - co-production-collective-week-2021: the 2021 dates (5 to 9 July) and
//     that it was the sixth week, hosted by SCIE; no theme is given.
//   - fip-worcestershire-co-production-week-2023: the 2023 dates (3 to 7
//     July), that it was the eighth week and its theme.
var sources = []source{
	{
		Slug:        "dhsc-arf-guidance",
		Title:       "Accelerating Reform Fund for adult social care: guidance for local authorities",
		URL:         "https://www.gov.uk/government/publications/accelerating-reform-fund-for-adult-social-care/accelerating-reform-fund-for-adult-social-care-guidance-for-local-authorities",
		Publisher:   "Department of Health and Social Care",
		PublishedOn: "2023-10-24",
		Licence:     ogl,
	},
	{
		Slug:      "shared-lives-plus-arf",
		Title:     "Accelerating Reform Fund, Shared Lives, and Homeshare",
		URL:       "https://sharedlivesplus.org.uk/consultancy-support/accelerating-reform-fund-shared-lives-and-homeshare/",
		Publisher: "Shared Lives Plus",
	},
	{
		Slug:        "dhsc-arf-grant-determination-2023-24",
		Title:       "Accelerating Reform Fund 2023 to 2024: grant determination No 31/7084",
		URL:         "https://www.gov.uk/government/publications/accelerating-reform-fund-2023-to-2024-grant-determination/accelerating-reform-fund-2023-to-2024-grant-determination-no-317084",
		Publisher:   "Department of Health and Social Care",
		PublishedOn: "2024-03-15",
		Licence:     ogl,
	},
	{
		Slug:        "dhsc-arf-grant-determination-2024-25",
		Title:       "Accelerating Reform Fund 2024 to 2025: grant determination No 31/7516",
		URL:         "https://www.gov.uk/government/publications/accelerating-reform-fund-2024-to-2025-grant-determination/accelerating-reform-fund-2024-to-2025-grant-determination-no-317516",
		Publisher:   "Department of Health and Social Care",
		PublishedOn: "2024-11-28",
		Licence:     ogl,
	},
	{
		Slug:      "ipsos-arf-evaluation",
		Title:     "The findings of an evaluation of the Accelerating Reform Fund (ARF) have now been published",
		URL:       "https://www.ipsos.com/en-uk/findings-evaluation-accelerating-reform-fund-arf-have-now-been-published",
		Publisher: "Ipsos",
	},
	{
		Slug:      "the-carer-arf-second-tranche",
		Title:     "Unpaid Carers Supported By £22.6 Million Investment In Innovation",
		URL:       "https://thecareruk.com/unpaid-carers-supported-by-22-6-million-investment-in-innovation/",
		Publisher: "The Carer",
	},
	{
		Slug:      "the-carer-co-production-week-2025",
		Title:     "SCIE's National Co-Production Week 2025 Uncovers New Insights Into Innovation Through Co-Production",
		URL:       "https://thecareruk.com/scies-national-co-production-week-2025-uncovers-new-insights-into-innovation-through-co-production",
		Publisher: "The Carer",
	},
	{
		Slug:      "ons-open-geography-portal",
		Title:     "Open Geography Portal: names, codes and lookups for regions, NHS England regions, integrated care boards and local authorities",
		URL:       "https://geoportal.statistics.gov.uk/",
		Publisher: "Office for National Statistics",
		Licence:   ogl,
	},
	{
		Slug:        "north-yorkshire-council-arf-decision",
		Title:       "Accelerating Reform Fund for Adult Social Care",
		URL:         "https://edemocracy.northyorks.gov.uk/mgDecisionDetails.aspx?IId=22275&Opt=1",
		Publisher:   "North Yorkshire Council",
		PublishedOn: "2024-01-15",
	},
	{
		Slug:      "greg-hands-nwl-arf",
		Title:     "Greg Hands MP welcomes funding boost for adult social care innovation in North West London Integrated Care System",
		URL:       "https://greghands-admin.conservativewebsites.org.uk/news/greg-hands-mp-welcomes-funding-boost-adult-social-care-innovation-north-west-london-integrated",
		Publisher: "Greg Hands MP",
	},
	{
		Slug:      "caring-times-arf-first-tranche",
		Title:     "Government provides £20m boost for social care and unpaid carers",
		URL:       "https://caring-times.co.uk/?p=41668",
		Publisher: "Caring Times",
	},
	{
		Slug:        "oxfordshire-cc-shared-lives-arf",
		Title:       "Oxfordshire's Shared Lives and Homeshare programmes receive welcome funding boost",
		URL:         "https://news.oxfordshire.gov.uk/oxfordshires-shared-lives-and-homeshare-programmes-receive-welcome-funding-boost/",
		Publisher:   "Oxfordshire County Council",
		PublishedOn: "2024-03-19",
	},
	{
		Slug:      "scie-co-production-week-2025",
		Title:     "Co-production Week 2025",
		URL:       "https://www.scie.org.uk/co-production/week/attitudes",
		Publisher: "Social Care Institute for Excellence",
	},
	{
		Slug:        "scie-ceo-blog-co-production-week-2025",
		Title:       "Co-production Week 2025: Innovation through co-production in a pressured social care system",
		URL:         "https://www.scie.org.uk/prevention/research-practice/getsearchresults?f_subject_terms=integrated+care&st=atoz&page=4",
		Publisher:   "Social Care Institute for Excellence",
		PublishedOn: "2025-06-30",
	},
	{
		Slug:      "scie-co-production-week-2024",
		Title:     "Co-production Week 2024",
		URL:       "https://www.scie.org.uk/co-production/week/",
		Publisher: "Social Care Institute for Excellence",
	},
	{
		Slug:      "fip-worcestershire-co-production-week-2023",
		Title:     "Co-production Week",
		URL:       "https://fipworcs.org.uk/projects/co-production-week/",
		Publisher: "Families in Partnership (Worcestershire)",
	},
	{
		Slug:      "scie-co-production-week-2022",
		Title:     "Co-production Week 2022",
		URL:       "https://www.scie.org.uk/co-production/week",
		Publisher: "Social Care Institute for Excellence",
	},
	{
		Slug:        "co-production-collective-week-2021",
		Title:       "Not another Co-Production Week conversation?!",
		URL:         "https://www.coproductioncollective.co.uk/news/not-another-co-production-week-conversation",
		Publisher:   "Co-Production Collective",
		PublishedOn: "2021-06-28",
	},
	{
		Slug:      "scie-co-production-week-2020",
		Title:     "Co-production Week 2020",
		URL:       "https://www.scie.org.uk/co-production/week/2020",
		Publisher: "Social Care Institute for Excellence",
	},
	{
		Slug:      "scie-co-production-week-2019",
		Title:     "Highlights from National Co-production Week 2019 - Sharing power",
		URL:       "https://www.scie.org.uk/co-production/week/2019",
		Publisher: "Social Care Institute for Excellence",
	},
	{
		Slug:      "scie-co-production-week-2018",
		Title:     "Highlights from National Co-production Week 2018",
		URL:       "https://www.scie.org.uk/co-production/week/2018",
		Publisher: "Social Care Institute for Excellence",
	},
}

// loadSources inserts the sources.
func loadSources(ctx context.Context, tx *sqlx.Tx, r *registry) error {
	const query = `
		INSERT INTO source (slug, title, url, publisher, published_on, accessed_on, licence)
		VALUES ($1, $2, $3, $4, $5::date, $6::date, $7)
		RETURNING id`
	for _, s := range sources {
		id, err := insertID(ctx, tx, query,
			s.Slug, s.Title, s.URL, s.Publisher, text(s.PublishedOn), accessedOn, text(s.Licence))
		if err != nil {
			return fmt.Errorf("source %s: %w", s.Slug, err)
		}
		r.sources.add(s.Slug, id)
	}
	return nil
}
