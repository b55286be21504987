package seed

// Invented organisations and people. Every organisation sits on the
// fictional geography, every web address is under example.org (a domain
// reserved for examples), and every person has an obviously made-up name
// and works for a fictional body.

// fakeCouncil builds an illustrative council for a fictional council area.
func fakeCouncil(slug, name, localAuthority string) organisation {
	return organisation{
		Slug:           slug,
		Name:           name,
		Kind:           "COUNCIL",
		Description:    "A fictional council with adult social care duties, invented to demonstrate the data.",
		WebsiteURL:     "https://" + slug + ".example.org/",
		LocalAuthority: localAuthority,
		Provenance:     illustrative,
	}
}

// fakeOrganisation builds an illustrative organisation of any other kind.
func fakeOrganisation(slug, name, kind, description, ics string) organisation {
	return organisation{
		Slug:        slug,
		Name:        name,
		Kind:        kind,
		Description: description + " (Illustrative example: this organisation is invented.)",
		WebsiteURL:  "https://" + slug + ".example.org/",
		ICS:         ics,
		Provenance:  illustrative,
	}
}

// fakePerson builds an illustrative person.
func fakePerson(slug, name, jobTitle, organisation, bio string) person {
	return person{
		Slug:         slug,
		Name:         name,
		JobTitle:     jobTitle,
		Bio:          bio + " (Illustrative example: this person is invented.)",
		Organisation: organisation,
		Provenance:   illustrative,
	}
}

// illustrativeOrganisations are the fictional councils and partners.
var illustrativeOrganisations = []organisation{
	fakeCouncil("exampleshire-county-council", "Exampleshire County Council", "exampleshire"),
	fakeCouncil("sampleton-city-council", "Sampleton City Council", "sampleton"),
	fakeCouncil("mockford-borough-council", "Mockford Borough Council", "mockford"),
	fakeCouncil("fictonbury-borough-council", "Fictonbury Borough Council", "fictonbury"),
	fakeCouncil("dummydale-council", "Dummydale Council", "dummydale"),
	fakeCouncil("placeholder-vale-council", "Placeholder Vale Council", "placeholder-vale"),
	fakeCouncil("testwick-metropolitan-borough-council", "Testwick Metropolitan Borough Council", "testwick"),
	fakeCouncil("testbridge-metropolitan-borough-council", "Testbridge Metropolitan Borough Council", "testbridge"),
	fakeCouncil("mockshire-county-council", "Mockshire County Council", "mockshire"),
	fakeCouncil("samplingham-city-council", "Samplingham City Council", "samplingham"),
	fakeCouncil("demoton-city-council", "Demoton City Council", "demoton"),
	fakeCouncil("exemplar-heath-county-council", "Exemplar Heath County Council", "exemplar-heath"),
	fakeCouncil("notreal-forest-council", "Notreal Forest Council", "notreal-forest"),
	fakeCouncil("imaginaria-county-council", "Imaginaria County Council", "imaginaria"),
	fakeCouncil("specimen-city-council", "Specimen City Council", "specimen-city"),
	fakeCouncil("hypothetica-borough-council", "Hypothetica Borough Council", "hypothetica"),
	fakeCouncil("mockwell-borough-council", "Mockwell Borough Council", "mockwell"),
	fakeCouncil("royal-borough-of-sampleford", "Royal Borough of Sampleford", "sampleford"),
	fakeCouncil("mockmoor-county-council", "Mockmoor County Council", "mockmoor"),
	fakeCouncil("dummyport-city-council", "Dummyport City Council", "dummyport"),
	fakeCouncil("ipsum-valley-council", "Ipsum Valley Council", "ipsum-valley"),
	fakeCouncil("sampledale-metropolitan-borough-council", "Sampledale Metropolitan Borough Council", "sampledale"),
	fakeCouncil("lorem-coast-council", "Lorem Coast Council", "lorem-coast"),
	fakeCouncil("sampleburn-metropolitan-borough-council", "Sampleburn Metropolitan Borough Council", "sampleburn"),

	fakeOrganisation("nhs-exampleshire-integrated-care-board", "NHS Exampleshire Integrated Care Board", "ICB",
		"The fictional NHS body that plans health services across Exampleshire.", "exampleshire"),
	fakeOrganisation("nhs-placeholder-vale-and-testwick-integrated-care-board", "NHS Placeholder Vale and Testwick Integrated Care Board", "ICB",
		"The fictional NHS body for Placeholder Vale and Testwick.", "placeholder-vale-and-testwick"),
	fakeOrganisation("nhs-central-exampleton-integrated-care-board", "NHS Central Exampleton Integrated Care Board", "ICB",
		"The fictional NHS body for three invented London boroughs.", "central-exampleton"),
	fakeOrganisation("sampleton-community-health-nhs-trust", "Sampleton Community Health NHS Trust", "NHS_TRUST",
		"A fictional community health trust running district nursing and discharge teams.", ""),
	fakeOrganisation("mockmoor-hospitals-nhs-trust", "Mockmoor Hospitals NHS Trust", "NHS_TRUST",
		"A fictional acute hospital trust with a carers' liaison service.", ""),
	fakeOrganisation("exampleshire-carers-together", "Exampleshire Carers Together", "VCSE",
		"A fictional carers' charity that runs a carers' centre, peer groups and a yearly learning festival.", ""),
	fakeOrganisation("mockford-shared-lives-network", "Mockford Shared Lives Network", "VCSE",
		"A fictional network of Shared Lives carers that recruits and supports households.", ""),
	fakeOrganisation("placeholder-vale-carers-centre", "Placeholder Vale Carers Centre", "VCSE",
		"A fictional local carers' centre offering advice, breaks and wellbeing sessions.", ""),
	fakeOrganisation("dummydale-disability-voice", "Dummydale Disability Voice", "VCSE",
		"A fictional user-led organisation of disabled people that co-produces local services.", ""),
	fakeOrganisation("central-exampleton-community-links", "Central Exampleton Community Links", "VCSE",
		"A fictional community organisation that connects residents with local groups and support.", ""),
	fakeOrganisation("university-of-exampleshire", "University of Exampleshire", "UNIVERSITY",
		"A fictional university with a social care research centre that evaluates local projects.", ""),
	fakeOrganisation("sampleton-institute-of-care-research", "Sampleton Institute of Care Research", "UNIVERSITY",
		"A fictional research institute studying how care innovations spread.", ""),
	fakeOrganisation("mockford-home-support", "Mockford Home Support", "PROVIDER",
		"A fictional home care provider working across Exampleshire.", ""),
	fakeOrganisation("testwick-care-partnership", "Testwick Care Partnership", "PROVIDER",
		"A fictional group of care homes and day services.", ""),
	fakeOrganisation("ipsum-valley-care-cooperative", "Ipsum Valley Care Cooperative", "PROVIDER",
		"A fictional worker-owned care cooperative.", ""),
	fakeOrganisation("national-institute-of-example-care", "National Institute of Example Care", "NATIONAL_BODY",
		"A fictional national body that publishes guidance on care practice.", ""),
	fakeOrganisation("office-for-illustrative-care-standards", "Office for Illustrative Care Standards", "NATIONAL_BODY",
		"A fictional national body that sets standards for invented services.", ""),
	fakeOrganisation("department-for-example-care", "Department for Example Care", "NATIONAL_BODY",
		"A fictional government department, the funder of the fictional Exampleshire Innovation Fund.", ""),
}

// illustrativePeople are the fictional authors and speakers.
var illustrativePeople = []person{
	fakePerson("alex-example", "Alex Example", "Head of Carers' Services", "exampleshire-county-council",
		"Leads the invented carers' card and short breaks work in Exampleshire."),
	fakePerson("sam-placeholder", "Sam Placeholder", "Co-production Lead", "exampleshire-carers-together",
		"An unpaid carer who chairs the invented Exampleshire carers' panel."),
	fakePerson("jordan-sample", "Jordan Sample", "Shared Lives Manager", "mockford-shared-lives-network",
		"Recruits and supports fictional Shared Lives households."),
	fakePerson("robin-testcase", "Robin Testcase", "Commissioning Manager", "sampleton-city-council",
		"Commissions invented day opportunities and carers' breaks."),
	fakePerson("morgan-dummy", "Morgan Dummy", "Principal Social Worker", "fictonbury-borough-council",
		"Leads invented strengths-based practice in Fictonbury."),
	fakePerson("taylor-fictional", "Taylor Fictional", "Research Fellow", "university-of-exampleshire",
		"Evaluates fictional care projects using mixed methods."),
	fakePerson("jamie-lorem", "Jamie Lorem", "Digital Inclusion Officer", "placeholder-vale-council",
		"Runs invented digital skills sessions for carers."),
	fakePerson("riley-ipsum", "Riley Ipsum", "Carers' Support Worker", "placeholder-vale-carers-centre",
		"Supports fictional carers through assessments and breaks."),
	fakePerson("avery-specimen", "Avery Specimen", "Director of Adult Social Care", "imaginaria-county-council",
		"Leads the invented Imaginaria adult social care service."),
	fakePerson("charlie-exemplar", "Charlie Exemplar", "Lived Experience Adviser", "dummydale-disability-voice",
		"Brings invented lived experience of drawing on care to project boards."),
	fakePerson("drew-notreal", "Drew Notreal", "Hospital Discharge Lead", "mockmoor-hospitals-nhs-trust",
		"Runs a fictional carers' liaison service on hospital wards."),
	fakePerson("frankie-madeup", "Frankie Madeup", "Workforce Development Manager", "testwick-care-partnership",
		"Designs invented training for care workers."),
	fakePerson("kit-hypothetical", "Kit Hypothetical", "Community Connector", "central-exampleton-community-links",
		"Links fictional residents to community groups."),
	fakePerson("logan-pretend", "Logan Pretend", "Equality and Inclusion Lead", "mockwell-borough-council",
		"Works with invented seldom-heard communities in Mockwell."),
	fakePerson("max-mockup", "Max Mockup", "Technology Enabled Care Lead", "demoton-city-council",
		"Leads a fictional care technology programme."),
	fakePerson("nico-prototype", "Nico Prototype", "Senior Policy Adviser", "national-institute-of-example-care",
		"Writes invented national guidance on scaling innovation."),
	fakePerson("quinn-imaginary", "Quinn Imaginary", "Registered Manager", "mockford-home-support",
		"Manages a fictional home care branch."),
	fakePerson("reese-demo", "Reese Demo", "Programme Manager", "mockshire-county-council",
		"Runs the invented Mockshire ARF programme office."),
	fakePerson("sky-invented", "Sky Invented", "Professor of Social Care", "sampleton-institute-of-care-research",
		"Studies how invented care models spread between areas."),
	fakePerson("toni-stub", "Toni Stub", "Young Adult Carers Worker", "exampleshire-carers-together",
		"Supports fictional young adult carers aged 18 to 25."),
	fakePerson("val-fixture", "Val Fixture", "Housing and Care Lead", "ipsum-valley-council",
		"Joins up invented housing and care services."),
	fakePerson("wren-wireframe", "Wren Wireframe", "Peer Support Coordinator", "ipsum-valley-care-cooperative",
		"Coordinates fictional peer support for care workers."),
}
