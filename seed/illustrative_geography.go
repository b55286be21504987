package seed

// Invented geography. Every name is made up and every code starts with X,
// which ONS and the NHS never issue, so no fictional system or council can
// be mistaken for a real one. The fictional systems sit in the real NHS
// regions, and their councils in the real regions, so that filters by
// region work on illustrative records too: every one of the nine regions
// has fictional councils, and Fictonbury and Dummydale spans two regions.

// fakeICS builds an illustrative integrated care system.
func fakeICS(slug, code, ods, name, nhsRegion string) ics {
	return ics{slug, code, ods, name, nhsRegion, illustrative, ""}
}

// fakeLA builds an illustrative council area on one or more fictional
// footprints.
func fakeLA(slug, code, name, kind, region string, icss ...string) localAuthority {
	return localAuthority{slug, code, name, kind, region, icss, illustrative, ""}
}

// illustrativeICSs are the fictional integrated care systems.
var illustrativeICSs = []ics{
	fakeICS("exampleshire", "X54000001", "XQ01", "Exampleshire", "south-east"),
	fakeICS("fictonbury-and-dummydale", "X54000002", "XQ02", "Fictonbury and Dummydale", "north-east-and-yorkshire"),
	fakeICS("placeholder-vale-and-testwick", "X54000003", "XQ03", "Placeholder Vale and Testwick", "north-west"),
	fakeICS("mockshire", "X54000004", "XQ04", "Mockshire", "midlands"),
	fakeICS("demoton-and-exemplar-heath", "X54000005", "XQ05", "Demoton and Exemplar Heath", "midlands"),
	fakeICS("imaginaria", "X54000006", "XQ06", "Imaginaria", "east-of-england"),
	fakeICS("central-exampleton", "X54000007", "XQ07", "Central Exampleton", "london"),
	fakeICS("mockmoor-and-dummyport", "X54000008", "XQ08", "Mockmoor and Dummyport", "south-west"),
	fakeICS("ipsum-valley", "X54000009", "XQ09", "Ipsum Valley", "north-east-and-yorkshire"),
	fakeICS("lorem-coast", "X54000010", "XQ10", "Lorem Coast", "north-east-and-yorkshire"),
}

// illustrativeLocalAuthorities are the fictional council areas.
var illustrativeLocalAuthorities = []localAuthority{
	fakeLA("exampleshire", "X10000001", "Exampleshire", "COUNTY", "south-east", "exampleshire"),
	fakeLA("sampleton", "X06000001", "Sampleton", "UNITARY", "south-east", "exampleshire"),
	fakeLA("mockford", "X06000002", "Mockford", "UNITARY", "south-east", "exampleshire"),

	fakeLA("fictonbury", "X08000001", "Fictonbury", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "fictonbury-and-dummydale"),
	fakeLA("dummydale", "X06000003", "Dummydale", "UNITARY", "north-east", "fictonbury-and-dummydale"),

	fakeLA("placeholder-vale", "X06000004", "Placeholder Vale", "UNITARY", "north-west", "placeholder-vale-and-testwick"),
	fakeLA("testwick", "X08000002", "Testwick", "METROPOLITAN_DISTRICT", "north-west", "placeholder-vale-and-testwick"),
	fakeLA("testbridge", "X08000003", "Testbridge", "METROPOLITAN_DISTRICT", "north-west", "placeholder-vale-and-testwick"),

	fakeLA("mockshire", "X10000002", "Mockshire", "COUNTY", "east-midlands", "mockshire"),
	fakeLA("samplingham", "X06000005", "Samplingham", "UNITARY", "east-midlands", "mockshire"),

	fakeLA("demoton", "X08000004", "Demoton", "METROPOLITAN_DISTRICT", "west-midlands", "demoton-and-exemplar-heath"),
	fakeLA("exemplar-heath", "X10000003", "Exemplar Heath", "COUNTY", "west-midlands", "demoton-and-exemplar-heath"),
	fakeLA("notreal-forest", "X06000006", "Notreal Forest", "UNITARY", "west-midlands", "demoton-and-exemplar-heath"),

	fakeLA("imaginaria", "X10000004", "Imaginaria", "COUNTY", "east-of-england", "imaginaria"),
	fakeLA("specimen-city", "X06000007", "Specimen City", "UNITARY", "east-of-england", "imaginaria"),

	fakeLA("hypothetica", "X09000001", "Hypothetica", "LONDON_BOROUGH", "london", "central-exampleton"),
	fakeLA("mockwell", "X09000002", "Mockwell", "LONDON_BOROUGH", "london", "central-exampleton"),
	fakeLA("sampleford", "X09000003", "Sampleford", "LONDON_BOROUGH", "london", "central-exampleton"),

	fakeLA("mockmoor", "X10000005", "Mockmoor", "COUNTY", "south-west", "mockmoor-and-dummyport"),
	fakeLA("dummyport", "X06000008", "Dummyport", "UNITARY", "south-west", "mockmoor-and-dummyport"),

	fakeLA("ipsum-valley", "X06000009", "Ipsum Valley", "UNITARY", "yorkshire-and-the-humber", "ipsum-valley"),
	fakeLA("sampledale", "X08000005", "Sampledale", "METROPOLITAN_DISTRICT", "yorkshire-and-the-humber", "ipsum-valley"),

	fakeLA("lorem-coast", "X06000010", "Lorem Coast", "UNITARY", "north-east", "lorem-coast"),
	fakeLA("sampleburn", "X08000006", "Sampleburn", "METROPOLITAN_DISTRICT", "north-east", "lorem-coast"),
}
