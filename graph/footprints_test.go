package graph_test

// ICS footprints that cross: North Yorkshire's council area lies mostly in
// Humber and North Yorkshire's ICS, and partly (the former Craven district)
// in West Yorkshire's. Its ARF consortium is still Humber and North
// Yorkshire's.

import "testing"

// TestNorthYorkshireInTwoICSs checks North Yorkshire from both sides of
// the ICS link, the queries the second link changes (a filter by the
// council, West Yorkshire's councils) and those it must not (regions,
// consortia), each against SQL.
func TestNorthYorkshireInTwoICSs(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		LocalAuthority struct {
			IntegratedCareSystems []struct {
				Slug       string
				Consortium struct{ Slug string }
			}
		}
		WestYorkshire struct {
			LocalAuthorities []struct{ Slug string }
			Regions          []struct{ Slug string }
			Consortium       struct {
				Slug     string
				Projects struct{ Nodes []struct{ Slug string } }
			}
		}
		SharedLives, ShortBreaks struct{ Consortium struct{ Slug string } }
	}
	a.query(t, `{
		localAuthority(slug: "north-yorkshire") { integratedCareSystems { slug consortium { slug } } }
		westYorkshire: integratedCareSystem(slug: "west-yorkshire") {
			localAuthorities { slug } regions { slug } consortium { slug projects { nodes { slug } } } }
		sharedLives: project(slug: "humber-and-north-yorkshire-shared-lives") { consortium { slug } }
		shortBreaks: project(slug: "humber-and-north-yorkshire-short-breaks-for-carers") { consortium { slug } } }`, nil, &out)

	var icss, consortia []string
	for _, i := range out.LocalAuthority.IntegratedCareSystems {
		icss = append(icss, i.Slug)
		consortia = append(consortia, i.Slug+"|"+i.Consortium.Slug)
	}
	sameList(t, "North Yorkshire's ICSs", icss, []string{"humber-and-north-yorkshire", "west-yorkshire"})
	sameList(t, "North Yorkshire's ICSs (SQL)", icss, a.sqlStrings(t, `SELECT i.slug FROM ics i
		JOIN ics_local_authority il ON il.ics_id = i.id JOIN local_authority la ON la.id = il.local_authority_id
		WHERE la.slug = 'north-yorkshire' ORDER BY i.name, i.id`))
	// Each footprint keeps its own consortium; the council's projects are
	// Humber and North Yorkshire's.
	sameSet(t, "consortia on North Yorkshire's footprints", consortia, a.sqlPairs(t, `SELECT i.slug AS a, c.slug AS b
		FROM ics i JOIN consortium c ON c.ics_id = i.id WHERE i.slug IN ('humber-and-north-yorkshire', 'west-yorkshire')`))
	for name, p := range map[string]string{"Shared Lives": out.SharedLives.Consortium.Slug, "short breaks": out.ShortBreaks.Consortium.Slug} {
		if p != "humber-and-north-yorkshire-arf" {
			t.Errorf("North Yorkshire's %s project is in consortium %q, want humber-and-north-yorkshire-arf", name, p)
		}
	}

	var councils, regions, projects []string
	for _, la := range out.WestYorkshire.LocalAuthorities {
		councils = append(councils, la.Slug)
	}
	for _, r := range out.WestYorkshire.Regions {
		regions = append(regions, r.Slug)
	}
	for _, p := range out.WestYorkshire.Consortium.Projects.Nodes {
		projects = append(projects, p.Slug)
	}
	if !contains(councils, "north-yorkshire") {
		t.Errorf("West Yorkshire's councils %v lack North Yorkshire", councils)
	}
	sameList(t, "West Yorkshire's councils", councils, a.sqlStrings(t, `SELECT la.slug FROM local_authority la
		JOIN ics_local_authority il ON il.local_authority_id = la.id JOIN ics i ON i.id = il.ics_id
		WHERE i.slug = 'west-yorkshire' ORDER BY la.name, la.id`))
	sameList(t, "West Yorkshire's regions", regions, []string{"yorkshire-and-the-humber"})
	sameList(t, "West Yorkshire's consortium's projects", projects, a.sqlStrings(t, `SELECT p.slug FROM published_project p
		JOIN consortium c ON c.id = p.consortium_id WHERE c.slug = 'west-yorkshire-arf' ORDER BY p.title, p.id`))
	if contains(projects, "humber-and-north-yorkshire-shared-lives") {
		t.Error("West Yorkshire's consortium lists North Yorkshire's Shared Lives project")
	}

	// A filter by the council now finds the projects of both footprints.
	got, total := a.slugsOf(t, `query($after: String) { projects(first: 100, after: $after, filter: {localAuthorities: ["north-yorkshire"]}) { `+pageInfoFields+` nodes { slug } } }`,
		nil, "projects", "slug")
	want := a.sqlStrings(t, `SELECT DISTINCT p.slug FROM published_project p JOIN consortium c ON c.id = p.consortium_id
		JOIN ics_local_authority il ON il.ics_id = c.ics_id JOIN local_authority la ON la.id = il.local_authority_id
		WHERE la.slug = 'north-yorkshire'`)
	sameSet(t, "projects on North Yorkshire's footprints", got, want)
	if total != len(want) || !contains(got, "west-yorkshire-carers-breaks-from-businesses") {
		t.Errorf("projects by North Yorkshire: %v (total %d), want %v with West Yorkshire's", got, total, want)
	}
}
