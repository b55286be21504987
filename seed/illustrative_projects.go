package seed

// Invented projects: about four per fictional consortium, with a spread of
// stages, target groups (about 70% for unpaid carers, like the real fund),
// co-production levels and principles, priorities and dates. Three are not
// published (a draft, one in review and one archived) so that tests can
// show drafts never leak.

// Enum values as the schema spells them, and partner roles, shared by the
// illustrative literals.
const (
	carers          = "UNPAID_CARERS"
	olderPeople     = "OLDER_PEOPLE"
	workingAge      = "WORKING_AGE_ADULTS"
	learningDisab   = "PEOPLE_WITH_LEARNING_DISABILITIES"
	autistic        = "AUTISTIC_PEOPLE"
	dementia        = "PEOPLE_LIVING_WITH_DEMENTIA"
	mentalHealth    = "PEOPLE_WITH_MENTAL_HEALTH_NEEDS"
	physicalDisab   = "PEOPLE_WITH_PHYSICAL_DISABILITIES"
	sensory         = "PEOPLE_WITH_SENSORY_IMPAIRMENTS"
	careWorkforce   = "CARE_WORKFORCE"
	equality        = "EQUALITY"
	diversity       = "DIVERSITY"
	accessibility   = "ACCESSIBILITY"
	reciprocity     = "RECIPROCITY"
	planned         = "PLANNED"
	inProgress      = "IN_PROGRESS"
	completed       = "COMPLETED"
	coProduction    = "CO_PRODUCTION"
	coDesign        = "CO_DESIGN"
	engagement      = "ENGAGEMENT"
	consultation    = "CONSULTATION"
	informing       = "INFORMING"
	educating       = "EDUCATING"
	deliveryPartner = "Delivery partner"
	evaluator       = "Evaluation partner"
	healthPartner   = "Health partner"
)

// illustrativeProjects are the fictional projects.
var illustrativeProjects = []project{
	// Exampleshire
	{
		Slug:  "exampleshire-carers-card",
		Title: "Exampleshire carers' card",
		Summary: invented("project", "A card, designed with carers, that lets unpaid carers show they are carers at GP surgeries, "+
			"pharmacies and council services and links them to a named support worker."),
		Description: "Carers on the Exampleshire carers' panel chose the card's name, wording and design, and test each " +
			"release. Partners agreed to recognise the card at reception desks so carers need not explain their role again.",
		Consortium: "exampleshire-arf", Lead: "exampleshire-county-council",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: coProduction,
		Principles: []string{equality, accessibility, reciprocity},
		StartsOn:   "2024-05-01", EndsOn: "2026-12-31", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification", "co-production"}, Priorities: []int{3},
		Partners: []partner{{"exampleshire-carers-together", deliveryPartner}, {"nhs-exampleshire-integrated-care-board", healthPartner}},
	},
	{
		Slug:  "exampleshire-shared-lives-short-breaks",
		Title: "Shared Lives short breaks in Exampleshire",
		Summary: invented("project", "Recruits Shared Lives households to offer short stays for adults with learning disabilities, "+
			"giving their family carers planned breaks."),
		Consortium: "exampleshire-arf", Lead: "mockford-borough-council",
		Stage: completed, TargetGroups: []string{carers, learningDisab}, CoproductionLevel: coDesign,
		Principles: []string{reciprocity},
		StartsOn:   "2024-04-01", EndsOn: "2025-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"shared-lives", "short-breaks"}, Priorities: []int{1},
		Partners: []partner{{"mockford-shared-lives-network", deliveryPartner}, {"university-of-exampleshire", evaluator}},
	},
	{
		Slug:  "sampleton-discharge-carer-liaison",
		Title: "Carer liaison on Sampleton discharge wards",
		Summary: invented("project", "Places carer liaison workers with hospital discharge teams so that carers of older people "+
			"are asked about their own needs before the person they care for goes home."),
		Consortium: "exampleshire-arf", Lead: "sampleton-city-council",
		Stage: inProgress, TargetGroups: []string{carers, olderPeople}, CoproductionLevel: engagement,
		StartsOn: "2024-09-01", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification"}, Priorities: []int{4},
		Partners: []partner{{"sampleton-community-health-nhs-trust", healthPartner}},
	},
	{
		Slug:  "mockford-home-care-career-pathways",
		Title: "Career pathways for Mockford home care workers",
		Summary: invented("project", "Plans a clear route from new starter to senior care worker, with paid training "+
			"and mentoring, to help home care providers keep staff."),
		Consortium: "exampleshire-arf", Lead: "mockford-borough-council",
		Stage: planned, TargetGroups: []string{careWorkforce}, CoproductionLevel: consultation,
		StartsOn: "2026-01-05", EndsOn: "2026-12-18", Status: published, Provenance: illustrative,
		Topics: []string{"recruitment-and-retention", "workforce-training"}, Priorities: []int{9},
		Partners: []partner{{"mockford-home-support", deliveryPartner}},
	},
	{
		Slug:       "exampleshire-carers-app-pilot",
		Title:      "Exampleshire carers' app pilot (draft)",
		Summary:    invented("project", "A draft plan for a phone app for carers. Not yet published."),
		Consortium: "exampleshire-arf", Lead: "exampleshire-county-council",
		TargetGroups: []string{carers}, Status: "DRAFT", Provenance: illustrative,
		Topics: []string{"digital-self-help-tools"}, Priorities: []int{2},
	},

	// Fictonbury and Dummydale
	{
		Slug:  "fictonbury-strengths-based-carers-assessments",
		Title: "Strengths-based carers' assessments in Fictonbury",
		Summary: invented("project", "Rewrites the carer's assessment as a conversation about what matters to the carer, "+
			"with an online option carers can start themselves."),
		Consortium: "fictonbury-and-dummydale-arf", Lead: "fictonbury-borough-council",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: coDesign,
		Principles: []string{equality, accessibility},
		StartsOn:   "2024-06-03", EndsOn: "2026-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"digital-assessments", "carer-wellbeing"}, Priorities: []int{5},
	},
	{
		Slug:  "dummydale-user-led-commissioning-panel",
		Title: "Dummydale user-led commissioning panel",
		Summary: invented("project", "A paid panel of disabled people who draw on care and sit alongside commissioners "+
			"when day and community services are designed and bought."),
		Consortium: "fictonbury-and-dummydale-arf", Lead: "dummydale-council",
		Stage: completed, TargetGroups: []string{workingAge, physicalDisab}, CoproductionLevel: coProduction,
		Principles: []string{equality, diversity, accessibility, reciprocity},
		StartsOn:   "2024-04-15", EndsOn: "2025-09-30", Status: published, Provenance: illustrative,
		Topics: []string{"lived-experience-roles", "innovative-commissioning"}, Priorities: []int{8},
		Partners: []partner{{"dummydale-disability-voice", "Co-production partner"}},
	},
	{
		Slug:  "fictonbury-carers-emergency-plans",
		Title: "Emergency plans for Fictonbury carers",
		Summary: invented("project", "Helps carers of older people write down what should happen if they are suddenly "+
			"unable to care, with a phone line that can start the plan at any hour."),
		Consortium: "fictonbury-and-dummydale-arf", Lead: "fictonbury-borough-council",
		Stage: inProgress, TargetGroups: []string{carers, olderPeople}, CoproductionLevel: engagement,
		StartsOn: "2025-01-06", Status: published, Provenance: illustrative,
		Topics: []string{"short-breaks", "carer-wellbeing"}, Priorities: []int{6},
	},
	{
		Slug:  "dummydale-homeshare-pilot",
		Title: "Dummydale Homeshare pilot",
		Summary: invented("project", "Plans to match older householders who want company and a little help "+
			"with people looking for an affordable room."),
		Consortium: "fictonbury-and-dummydale-arf", Lead: "dummydale-council",
		Stage: planned, TargetGroups: []string{olderPeople}, CoproductionLevel: consultation,
		StartsOn: "2026-04-01", Status: published, Provenance: illustrative,
		Topics: []string{"homeshare", "housing-and-independent-living"}, Priorities: []int{1},
	},

	// Placeholder Vale and Testwick
	{
		Slug:  "placeholder-vale-digital-carers-hub",
		Title: "Placeholder Vale digital carers' hub",
		Summary: invented("project", "An online hub where carers can check what help they may be entitled to, "+
			"book a call with the carers' centre and find local groups."),
		Consortium: "placeholder-vale-and-testwick-arf", Lead: "placeholder-vale-council",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: coDesign,
		Principles: []string{accessibility},
		StartsOn:   "2024-07-01", EndsOn: "2026-06-30", Status: published, Provenance: illustrative,
		Topics: []string{"digital-self-help-tools", "accessible-information"}, Priorities: []int{2},
		Partners: []partner{{"placeholder-vale-carers-centre", deliveryPartner}, {"nhs-placeholder-vale-and-testwick-integrated-care-board", healthPartner}},
	},
	{
		Slug:  "testwick-care-worker-wellbeing",
		Title: "Testwick care worker wellbeing programme",
		Summary: invented("project", "Offered care workers in care homes and day services wellbeing checks, "+
			"peer support and protected time for training."),
		Consortium: "placeholder-vale-and-testwick-arf", Lead: "testwick-metropolitan-borough-council",
		Stage: completed, TargetGroups: []string{careWorkforce}, CoproductionLevel: informing,
		StartsOn: "2024-04-01", EndsOn: "2025-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"workforce-training", "recruitment-and-retention"}, Priorities: []int{10},
		Partners: []partner{{"testwick-care-partnership", deliveryPartner}},
	},
	{
		Slug:  "placeholder-vale-young-adult-carers",
		Title: "Support for young adult carers in Placeholder Vale",
		Summary: invented("project", "Works with carers aged 18 to 25 on what they need to stay in college or work "+
			"while caring, run by young adult carers themselves."),
		Consortium: "placeholder-vale-and-testwick-arf", Lead: "placeholder-vale-council",
		Stage: inProgress, TargetGroups: []string{carers, workingAge}, CoproductionLevel: coProduction,
		Principles: []string{equality, diversity, reciprocity},
		StartsOn:   "2024-10-01", EndsOn: "2026-09-30", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification", "carer-wellbeing"}, Priorities: []int{3},
		Partners: []partner{{"placeholder-vale-carers-centre", deliveryPartner}},
	},
	{
		Slug:  "testbridge-sensory-support-at-home",
		Title: "Sensory support at home in Testbridge",
		Summary: invented("project", "Fits simple technology and adaptations for people with sight or hearing loss, "+
			"and shows their carers how to use them."),
		Consortium: "placeholder-vale-and-testwick-arf", Lead: "testbridge-metropolitan-borough-council",
		Stage: inProgress, TargetGroups: []string{sensory, olderPeople, carers}, CoproductionLevel: consultation,
		Principles: []string{accessibility},
		StartsOn:   "2025-02-03", Status: published, Provenance: illustrative,
		Topics: []string{"care-technology", "home-adaptations"}, Priorities: []int{7},
	},

	// Mockshire
	{
		Slug:  "mockshire-shared-lives-growth",
		Title: "Growing Shared Lives in Mockshire",
		Summary: invented("project", "Doubles the number of Shared Lives households able to offer long-term homes "+
			"to autistic adults and adults with learning disabilities."),
		Consortium: "mockshire-arf", Lead: "mockshire-county-council",
		Stage: inProgress, TargetGroups: []string{learningDisab, autistic}, CoproductionLevel: coDesign,
		Principles: []string{reciprocity, equality},
		StartsOn:   "2024-04-01", EndsOn: "2026-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"shared-lives"}, Priorities: []int{1},
		Partners: []partner{{"mockford-shared-lives-network", "Peer adviser"}},
	},
	{
		Slug:  "mockshire-carers-breaks-vouchers",
		Title: "Mockshire carers' break vouchers",
		Summary: invented("project", "Gave carers vouchers they could spend on a break of their choosing, "+
			"from a spa day to a fishing trip, without a formal assessment."),
		Consortium: "mockshire-arf", Lead: "mockshire-county-council",
		Stage: completed, TargetGroups: []string{carers}, CoproductionLevel: engagement,
		StartsOn: "2024-05-01", EndsOn: "2025-04-30", Status: published, Provenance: illustrative,
		Topics: []string{"short-breaks"}, Priorities: []int{6},
	},
	{
		Slug:  "samplingham-dementia-carers-circles",
		Title: "Dementia carers' circles in Samplingham",
		Summary: invented("project", "Small local groups where carers of people living with dementia meet, "+
			"share tips and plan activities together, led by former carers."),
		Consortium: "mockshire-arf", Lead: "samplingham-city-council",
		Stage: inProgress, TargetGroups: []string{carers, dementia}, CoproductionLevel: coProduction,
		Principles: []string{reciprocity, equality},
		StartsOn:   "2024-11-04", Status: published, Provenance: illustrative,
		Topics: []string{"carer-wellbeing", "social-prescribing"}, Priorities: []int{4},
	},
	{
		Slug:  "mockshire-digital-care-records",
		Title: "Shared digital care records in Mockshire",
		Summary: invented("project", "Plans one care record that home care workers, district nurses and GPs can all see, "+
			"with the person's consent."),
		Consortium: "mockshire-arf", Lead: "mockshire-county-council",
		Stage: planned, TargetGroups: []string{olderPeople}, CoproductionLevel: informing,
		Status: published, Provenance: illustrative,
		Topics: []string{"digital-assessments", "care-technology"}, Priorities: []int{11},
	},

	// Demoton and Exemplar Heath
	{
		Slug:  "demoton-care-technology-for-carers",
		Title: "Care technology for Demoton carers",
		Summary: invented("project", "Lends sensors and alerts to families so carers of older people can sleep "+
			"or go out knowing they will be told if something goes wrong."),
		Consortium: "demoton-and-exemplar-heath-arf", Lead: "demoton-city-council",
		Stage: inProgress, TargetGroups: []string{carers, olderPeople}, CoproductionLevel: coDesign,
		Principles: []string{accessibility},
		StartsOn:   "2024-06-01", EndsOn: "2026-05-31", Status: published, Provenance: illustrative,
		Topics: []string{"care-technology", "carer-wellbeing"}, Priorities: []int{2},
		Partners: []partner{{"university-of-exampleshire", evaluator}},
	},
	{
		Slug:  "exemplar-heath-carers-in-employment",
		Title: "Carers in employment in Exemplar Heath",
		Summary: invented("project", "Worked with local employers on carer-friendly policies such as flexible hours "+
			"and carers' leave."),
		Consortium: "demoton-and-exemplar-heath-arf", Lead: "exemplar-heath-county-council",
		Stage: completed, TargetGroups: []string{carers, workingAge}, CoproductionLevel: consultation,
		StartsOn: "2024-04-01", EndsOn: "2025-06-30", Status: published, Provenance: illustrative,
		Topics: []string{"carer-wellbeing"}, Priorities: []int{5},
	},
	{
		Slug:  "notreal-forest-autism-friendly-short-breaks",
		Title: "Autism-friendly short breaks in Notreal Forest",
		Summary: invented("project", "Short breaks designed with autistic adults and their families, with quiet spaces, "+
			"visual guides and staff trained by autistic trainers."),
		Consortium: "demoton-and-exemplar-heath-arf", Lead: "notreal-forest-council",
		Stage: inProgress, TargetGroups: []string{autistic, carers}, CoproductionLevel: coProduction,
		Principles: []string{equality, accessibility, diversity},
		StartsOn:   "2025-03-03", EndsOn: "2026-12-18", Status: published, Provenance: illustrative,
		Topics: []string{"short-breaks", "accessible-information"}, Priorities: []int{6},
	},
	{
		Slug:  "demoton-community-connectors",
		Title: "Demoton community connectors",
		Summary: invented("project", "Connectors helped older people and people with mental health needs "+
			"find clubs, volunteering and peer groups near home."),
		Consortium: "demoton-and-exemplar-heath-arf", Lead: "demoton-city-council",
		Stage: completed, TargetGroups: []string{olderPeople, mentalHealth}, CoproductionLevel: engagement,
		StartsOn: "2024-04-01", EndsOn: "2025-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"social-prescribing"}, Priorities: []int{12},
		Partners: []partner{{"central-exampleton-community-links", "Adviser"}},
	},
	{
		Slug:       "demoton-carers-helpline",
		Title:      "Demoton carers' helpline (closed)",
		Summary:    invented("project", "A telephone helpline for carers that has closed and been archived."),
		Consortium: "demoton-and-exemplar-heath-arf", Lead: "demoton-city-council",
		Stage: completed, TargetGroups: []string{carers},
		StartsOn: "2024-04-01", EndsOn: "2024-12-31", Status: "ARCHIVED", Provenance: illustrative,
		Topics: []string{"unpaid-carers"}, Priorities: []int{3},
	},

	// Imaginaria
	{
		Slug:  "imaginaria-carers-identification-in-gp-practices",
		Title: "Identifying carers in Imaginaria GP practices",
		Summary: invented("project", "Adds a carers' question to GP registration and annual reviews, "+
			"and refers carers who say yes to the carers' service."),
		Consortium: "imaginaria-arf", Lead: "imaginaria-county-council",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: consultation,
		StartsOn: "2024-08-01", EndsOn: "2026-07-31", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification"}, Priorities: []int{3},
	},
	{
		Slug:  "imaginaria-commissioning-for-outcomes",
		Title: "Commissioning for outcomes in Imaginaria",
		Summary: invented("project", "Plans to pay home care providers for the outcomes people set, "+
			"rather than for minutes of care."),
		Consortium: "imaginaria-arf", Lead: "imaginaria-county-council",
		Stage: planned, TargetGroups: []string{workingAge, olderPeople}, CoproductionLevel: educating,
		Status: published, Provenance: illustrative,
		Topics: []string{"innovative-commissioning", "scaling-innovation"}, Priorities: []int{9},
		Partners: []partner{{"sampleton-institute-of-care-research", evaluator}},
	},
	{
		Slug:  "specimen-city-carers-wellbeing-grants",
		Title: "Specimen City carers' wellbeing grants",
		Summary: invented("project", "Small grants carers used for things that kept them well, such as a bike, "+
			"a course or driving lessons."),
		Consortium: "imaginaria-arf", Lead: "specimen-city-council",
		Stage: completed, TargetGroups: []string{carers}, CoproductionLevel: engagement,
		StartsOn: "2024-04-01", EndsOn: "2025-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"carer-wellbeing"}, Priorities: []int{5},
	},
	{
		Slug:  "imaginaria-shared-lives-day-support",
		Title: "Shared Lives day support in Imaginaria",
		Summary: invented("project", "Shared Lives carers offer daytime support in their homes and communities, "+
			"giving family carers regular time off."),
		Consortium: "imaginaria-arf", Lead: "imaginaria-county-council",
		Stage: inProgress, TargetGroups: []string{learningDisab, carers}, CoproductionLevel: coDesign,
		Principles: []string{reciprocity},
		StartsOn:   "2024-09-02", Status: published, Provenance: illustrative,
		Topics: []string{"shared-lives", "short-breaks"}, Priorities: []int{1},
	},

	// Central Exampleton
	{
		Slug:  "central-exampleton-multilingual-carers-outreach",
		Title: "Multilingual carers' outreach in Central Exampleton",
		Summary: invented("project", "Community researchers who speak the main local languages reach carers "+
			"who do not see themselves as carers, through faith groups, markets and community radio."),
		Consortium: "central-exampleton-arf", Lead: "hypothetica-borough-council",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: coProduction,
		Principles: []string{diversity, accessibility, equality},
		StartsOn:   "2024-06-17", EndsOn: "2026-06-30", Status: published, Provenance: illustrative,
		Topics: []string{"seldom-heard-communities", "carer-identification"}, Priorities: []int{8},
		Partners: []partner{{"central-exampleton-community-links", deliveryPartner}, {"nhs-central-exampleton-integrated-care-board", healthPartner}},
	},
	{
		Slug:  "mockwell-lived-experience-commissioners",
		Title: "Lived experience commissioners in Mockwell",
		Summary: invented("project", "Created paid commissioner posts for people who draw on care, "+
			"working inside the council's commissioning team."),
		Consortium: "central-exampleton-arf", Lead: "mockwell-borough-council",
		Stage: completed, TargetGroups: []string{workingAge}, CoproductionLevel: coProduction,
		Principles: []string{equality, reciprocity},
		StartsOn:   "2024-04-01", EndsOn: "2025-09-30", Status: published, Provenance: illustrative,
		Topics: []string{"lived-experience-roles", "innovative-commissioning"}, Priorities: []int{8},
	},
	{
		Slug:  "sampleford-carers-card-roll-out",
		Title: "Sampleford carers' card roll-out",
		Summary: invented("project", "Adopts the Exampleshire carers' card design in Sampleford, "+
			"adapted with local carers."),
		Consortium: "central-exampleton-arf", Lead: "royal-borough-of-sampleford",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: engagement,
		StartsOn: "2025-04-01", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification", "scaling-innovation"}, Priorities: []int{3},
	},
	{
		Slug:  "central-exampleton-digital-carers-assessment",
		Title: "Digital carers' assessment in Central Exampleton",
		Summary: invented("project", "Plans an online carer's assessment available in several languages, "+
			"with help on the phone for anyone who prefers it."),
		Consortium: "central-exampleton-arf", Lead: "hypothetica-borough-council",
		Stage: planned, TargetGroups: []string{carers}, CoproductionLevel: consultation,
		Principles: []string{accessibility, diversity},
		StartsOn:   "2026-09-01", Status: published, Provenance: illustrative,
		Topics: []string{"digital-assessments", "accessible-information"}, Priorities: []int{2},
	},

	// Mockmoor and Dummyport
	{
		Slug:  "mockmoor-hospital-carers-liaison",
		Title: "Hospital carers' liaison in Mockmoor",
		Summary: invented("project", "A carers' liaison service on hospital wards that spots carers early, "+
			"involves them in discharge planning and follows up at home."),
		Consortium: "mockmoor-and-dummyport-arf", Lead: "mockmoor-county-council",
		Stage: inProgress, TargetGroups: []string{carers, olderPeople}, CoproductionLevel: engagement,
		StartsOn: "2024-05-13", EndsOn: "2026-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"carer-identification"}, Priorities: []int{4},
		Partners: []partner{{"mockmoor-hospitals-nhs-trust", healthPartner}},
	},
	{
		Slug:  "dummyport-rural-short-breaks",
		Title: "Rural short breaks in Dummyport",
		Summary: invented("project", "Brought short breaks to carers in villages far from services, "+
			"using village halls and a travelling team."),
		Consortium: "mockmoor-and-dummyport-arf", Lead: "dummyport-city-council",
		Stage: completed, TargetGroups: []string{carers}, CoproductionLevel: coDesign,
		StartsOn: "2024-04-01", EndsOn: "2025-03-31", Status: published, Provenance: illustrative,
		Topics: []string{"short-breaks"}, Priorities: []int{6},
	},
	{
		Slug:  "mockmoor-supported-living-technology",
		Title: "Technology in Mockmoor supported living",
		Summary: invented("project", "Tests technology that gives people with learning disabilities in supported living "+
			"more privacy at night without losing safety."),
		Consortium: "mockmoor-and-dummyport-arf", Lead: "mockmoor-county-council",
		Stage: inProgress, TargetGroups: []string{learningDisab}, CoproductionLevel: consultation,
		StartsOn: "2025-01-13", Status: published, Provenance: illustrative,
		Topics: []string{"care-technology", "supported-housing"}, Priorities: []int{7},
	},
	{
		Slug:  "mockmoor-carers-peer-support",
		Title: "Peer support for Mockmoor carers",
		Summary: invented("project", "Trained peer supporters, themselves carers of people with mental health needs, "+
			"offer one-to-one support by phone and in person."),
		Consortium: "mockmoor-and-dummyport-arf", Lead: "mockmoor-county-council",
		Stage: inProgress, TargetGroups: []string{carers, mentalHealth}, CoproductionLevel: coProduction,
		Principles: []string{reciprocity, equality},
		StartsOn:   "2024-10-07", EndsOn: "2026-10-30", Status: published, Provenance: illustrative,
		Topics: []string{"carer-wellbeing"}, Priorities: []int{5},
	},

	// Ipsum Valley
	{
		Slug:  "ipsum-valley-care-cooperative-growth",
		Title: "Growing the Ipsum Valley care cooperative",
		Summary: invented("project", "Helps a worker-owned care cooperative take on new members and "+
			"cover more of the valley."),
		Consortium: "ipsum-valley-arf", Lead: "ipsum-valley-council",
		Stage: inProgress, TargetGroups: []string{careWorkforce}, CoproductionLevel: coDesign,
		StartsOn: "2024-07-01", EndsOn: "2026-06-30", Status: published, Provenance: illustrative,
		Topics: []string{"recruitment-and-retention"}, Priorities: []int{10},
		Partners: []partner{{"ipsum-valley-care-cooperative", deliveryPartner}},
	},
	{
		Slug:  "ipsum-valley-home-adaptations-for-carers",
		Title: "Quick home adaptations for Ipsum Valley carers",
		Summary: invented("project", "Fitted small adaptations within a fortnight so that carers of people "+
			"with physical disabilities could help them safely."),
		Consortium: "ipsum-valley-arf", Lead: "ipsum-valley-council",
		Stage: completed, TargetGroups: []string{carers, physicalDisab}, CoproductionLevel: engagement,
		StartsOn: "2024-04-01", EndsOn: "2025-05-30", Status: published, Provenance: illustrative,
		Topics: []string{"home-adaptations"}, Priorities: []int{7},
	},
	{
		Slug:  "sampledale-carers-breaks-from-local-businesses",
		Title: "Breaks from local businesses for Sampledale carers",
		Summary: invented("project", "Local cafes, gyms and hotels offer free or cheaper breaks to carers "+
			"who hold a carers' card."),
		Consortium: "ipsum-valley-arf", Lead: "sampledale-metropolitan-borough-council",
		Stage: inProgress, TargetGroups: []string{carers}, CoproductionLevel: coDesign,
		StartsOn: "2025-05-01", Status: published, Provenance: illustrative,
		Topics: []string{"short-breaks", "carer-wellbeing"}, Priorities: []int{6},
	},

	// Lorem Coast
	{
		Slug:  "lorem-coast-shared-lives-for-carers",
		Title: "Shared Lives day and overnight support on Lorem Coast",
		Summary: invented("project", "Shared Lives carers offer day support and overnight stays for older people "+
			"living with dementia, so their family carers get regular breaks."),
		Consortium: "lorem-coast-arf", Lead: "lorem-coast-council",
		Stage: inProgress, TargetGroups: []string{carers, olderPeople, dementia}, CoproductionLevel: coDesign,
		Principles: []string{reciprocity},
		StartsOn:   "2024-06-03", EndsOn: "2026-05-29", Status: published, Provenance: illustrative,
		Topics: []string{"shared-lives", "short-breaks"}, Priorities: []int{1},
	},
	{
		Slug:  "sampleburn-carers-digital-inclusion",
		Title: "Digital inclusion for Sampleburn carers",
		Summary: invented("project", "Plans loan devices, data and friendly training so that carers "+
			"can use online services if they want to."),
		Consortium: "lorem-coast-arf", Lead: "sampleburn-metropolitan-borough-council",
		Stage: planned, TargetGroups: []string{carers}, CoproductionLevel: informing,
		Principles: []string{accessibility},
		StartsOn:   "2026-10-01", Status: published, Provenance: illustrative,
		Topics: []string{"digital-self-help-tools", "accessible-information"}, Priorities: []int{2},
	},
	{
		Slug:       "lorem-coast-carers-respite-review",
		Title:      "Lorem Coast carers' respite review (in review)",
		Summary:    invented("project", "A review of respite for carers that is awaiting sign-off."),
		Consortium: "lorem-coast-arf", Lead: "lorem-coast-council",
		TargetGroups: []string{carers}, Status: "IN_REVIEW", Provenance: illustrative,
		Topics: []string{"short-breaks"}, Priorities: []int{6},
	},
}
