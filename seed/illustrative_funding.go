package seed

// Invented funding: a fictional fund, the Exampleshire Innovation Fund,
// with its own tranches and priorities, and the fictional consortia and
// allocations under it. Nothing invented hangs under the real Accelerating
// Reform Fund, so its consortia, tranches and priorities list only real
// records and its totals stay true.

// exampleFundSlug is the slug of the fictional fund.
const exampleFundSlug = "exampleshire-innovation-fund"

// exampleFund is the fictional fund every illustrative consortium,
// allocation and project sits under. Its tranches cover the invented
// allocations; its priorities are made up and numbered like the real
// fund's, so that the invented projects show the same shape of data.
var exampleFund = fund{
	Slug:      exampleFundSlug,
	Name:      "Exampleshire Innovation Fund",
	ShortName: "EIF",
	Description: invented("fund", "A fictional two-year fund from the Department for Example Care for councils on fictional "+
		"integrated care system footprints, who each chose projects to adopt or scale, most of them for unpaid carers."),
	TotalPence: 800_000_000,
	Funder:     "department-for-example-care",
	Provenance: illustrative,
	Tranches: []tranche{
		{FinancialYear: "2023-24", AmountPence: 400_000_000},
		{FinancialYear: "2024-25", AmountPence: 400_000_000},
	},
	Priorities: []priority{
		fakePriority(1, "Homes and communities: Shared Lives, Homeshare and similar models"),
		fakePriority(2, "Digital information and self-help for carers"),
		fakePriority(3, "Finding and recognising unpaid carers"),
		fakePriority(4, "Support for carers around health services"),
		fakePriority(5, "Carers' own health and wellbeing"),
		fakePriority(6, "Breaks from caring"),
		fakePriority(7, "Technology and adaptations at home"),
		fakePriority(8, "People with lived experience shaping services"),
		fakePriority(9, "Commissioning and scaling what works"),
		fakePriority(10, "Recruiting and training care workers"),
		fakePriority(11, "Digital assessments and care technology"),
		fakePriority(12, "Connecting people with their communities"),
	},
}

// fakePriority builds one of the fictional fund's priorities.
func fakePriority(number int, title string) priority {
	return priority{Number: number, Title: title,
		Description: invented("priority", "A priority of the fictional Exampleshire Innovation Fund.")}
}

// fakeConsortium builds an illustrative consortium on a fictional ICS; the
// first member is the lead council.
func fakeConsortium(icsSlug, name string, members ...string) consortium {
	return consortium{
		Slug:       icsSlug + "-arf",
		Name:       name + " ARF consortium",
		ICS:        icsSlug,
		Lead:       members[0],
		Members:    members,
		Provenance: illustrative,
	}
}

// illustrativeConsortia are the fictional consortia, one per fictional ICS.
var illustrativeConsortia = []consortium{
	fakeConsortium("exampleshire", "Exampleshire",
		"exampleshire-county-council", "sampleton-city-council", "mockford-borough-council"),
	fakeConsortium("fictonbury-and-dummydale", "Fictonbury and Dummydale",
		"fictonbury-borough-council", "dummydale-council"),
	fakeConsortium("placeholder-vale-and-testwick", "Placeholder Vale and Testwick",
		"placeholder-vale-council", "testwick-metropolitan-borough-council", "testbridge-metropolitan-borough-council"),
	fakeConsortium("mockshire", "Mockshire",
		"mockshire-county-council", "samplingham-city-council"),
	fakeConsortium("demoton-and-exemplar-heath", "Demoton and Exemplar Heath",
		"demoton-city-council", "exemplar-heath-county-council", "notreal-forest-council"),
	fakeConsortium("imaginaria", "Imaginaria",
		"imaginaria-county-council", "specimen-city-council"),
	fakeConsortium("central-exampleton", "Central Exampleton",
		"hypothetica-borough-council", "mockwell-borough-council", "royal-borough-of-sampleford"),
	fakeConsortium("mockmoor-and-dummyport", "Mockmoor and Dummyport",
		"mockmoor-county-council", "dummyport-city-council"),
	fakeConsortium("ipsum-valley", "Ipsum Valley",
		"ipsum-valley-council", "sampledale-metropolitan-borough-council"),
	fakeConsortium("lorem-coast", "Lorem Coast",
		"lorem-coast-council", "sampleburn-metropolitan-borough-council"),
}

// fakeAllocation is one invented allocation.
type fakeAllocation struct {
	Consortium string
	Tranche    string
	Pence      int64
	Project    string // empty when the money is for the consortium as a whole
}

// illustrativeAllocationRows are the invented allocations: one per tranche
// for each fictional consortium, some of them tied to a project.
var illustrativeAllocationRows = []fakeAllocation{
	{"exampleshire-arf", "2023-24", 41_250_000, ""},
	{"exampleshire-arf", "2024-25", 18_500_000, "exampleshire-carers-card"},
	{"exampleshire-arf", "2024-25", 12_000_000, "exampleshire-shared-lives-short-breaks"},
	{"fictonbury-and-dummydale-arf", "2023-24", 36_800_000, ""},
	{"fictonbury-and-dummydale-arf", "2024-25", 40_100_000, ""},
	{"placeholder-vale-and-testwick-arf", "2023-24", 44_420_000, ""},
	{"placeholder-vale-and-testwick-arf", "2024-25", 21_000_000, "placeholder-vale-digital-carers-hub"},
	{"mockshire-arf", "2023-24", 33_075_000, ""},
	{"mockshire-arf", "2024-25", 37_500_000, "mockshire-shared-lives-growth"},
	{"demoton-and-exemplar-heath-arf", "2023-24", 47_900_000, ""},
	{"demoton-and-exemplar-heath-arf", "2024-25", 52_050_000, ""},
	{"imaginaria-arf", "2023-24", 35_600_000, ""},
	{"imaginaria-arf", "2024-25", 15_000_000, "imaginaria-carers-identification-in-gp-practices"},
	{"central-exampleton-arf", "2023-24", 39_990_000, ""},
	{"central-exampleton-arf", "2024-25", 43_210_000, ""},
	{"mockmoor-and-dummyport-arf", "2023-24", 34_300_000, ""},
	{"mockmoor-and-dummyport-arf", "2024-25", 19_750_000, "mockmoor-hospital-carers-liaison"},
	{"ipsum-valley-arf", "2023-24", 31_500_000, ""},
	{"ipsum-valley-arf", "2024-25", 34_650_000, ""},
	{"lorem-coast-arf", "2023-24", 30_000_000, ""},
	{"lorem-coast-arf", "2024-25", 32_400_000, "lorem-coast-shared-lives-for-carers"},
}

// illustrativeAllocations turns the invented allocation rows into
// allocations with a note that says they are made up.
func illustrativeAllocations() []allocation {
	list := make([]allocation, 0, len(illustrativeAllocationRows))
	for _, a := range illustrativeAllocationRows {
		note := "Invented allocation to a fictional consortium, to demonstrate the data."
		if a.Project != "" {
			note = "Invented allocation to one project of a fictional consortium, to demonstrate the data."
		}
		list = append(list, allocation{
			Tranche:     a.Tranche,
			Consortium:  a.Consortium,
			Project:     a.Project,
			AmountPence: a.Pence,
			Note:        note,
			Provenance:  illustrative,
		})
	}
	return list
}
