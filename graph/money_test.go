package graph_test

// Money is exact to the penny and survives amounts far beyond 32 bits:
// pence as a decimal string, pounds with two decimals, a readable
// formatted amount, and GBP.

import (
	"fmt"
	"testing"
)

type moneyOut struct {
	Pence, Pounds, Formatted, Currency string
}

const moneyFields = `{ pence pounds formatted currency }`

func wantMoney(t *testing.T, what string, got moneyOut, pence, pounds, formatted string) {
	t.Helper()
	want := moneyOut{pence, pounds, formatted, "GBP"}
	if got != want {
		t.Errorf("%s = %+v, want %+v", what, got, want)
	}
}

// moneySQL formats a pence column in SQL, independently of the API:
// pence, pounds with two decimals, and £ with thousands separators and
// pence only when there are some.
const moneySQL = `SELECT m::text AS pence,
	(m / 100)::text || '.' || lpad((m %% 100)::text, 2, '0') AS pounds,
	'£' || trim(to_char(m / 100, 'FM999,999,999,999,999,990')) || CASE WHEN m %% 100 = 0 THEN '' ELSE '.' || lpad((m %% 100)::text, 2, '0') END AS formatted,
	'GBP' AS currency
	FROM (SELECT k, m0::bigint AS m FROM (%s) y(k, m0)) x WHERE k = $1`

func moneyOf(t testing.TB, a *api, from, key string) moneyOut {
	t.Helper()
	var m moneyOut
	if err := a.db.Get(&m, fmt.Sprintf(moneySQL, from), key); err != nil {
		t.Fatalf("money ground truth for %s: %v", key, err)
	}
	return m
}

func TestFundMoney(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	var out struct {
		Fund struct {
			TotalAmount  moneyOut
			TrancheTotal moneyOut
			Tranches     []struct {
				FinancialYear      string
				GrantDetermination string
				Amount             moneyOut
			}
			Statistics []struct{ Measure, Value, Qualifier string }
		}
		Consortium struct {
			AllocatedTotal moneyOut
			Allocations    []struct {
				Amount  moneyOut
				Project *slugNode
				Tranche struct{ FinancialYear string }
			}
		}
		Project struct{ FundingTotal moneyOut }
	}
	a.query(t, `{
		fund(slug: "accelerating-reform-fund") { totalAmount `+moneyFields+` trancheTotal `+moneyFields+`
			tranches { financialYear grantDetermination amount `+moneyFields+` } statistics { measure value qualifier } }
		consortium(slug: "north-west-london-arf") { allocatedTotal `+moneyFields+` allocations { amount `+moneyFields+` project { slug } tranche { financialYear } } }
		project(slug: "north-west-london-carers-card") { fundingTotal `+moneyFields+` }
	}`, nil, &out)
	f := out.Fund
	wantMoney(t, "fund.totalAmount", f.TotalAmount, "4260000000", "42600000.00", "£42,600,000")
	wantMoney(t, "fund.trancheTotal", f.TrancheTotal, "4260000000", "42600000.00", "£42,600,000")
	if len(f.Tranches) != 2 {
		t.Fatalf("%d tranches, want 2", len(f.Tranches))
	}
	wantMoney(t, "tranche 2023-24", f.Tranches[0].Amount, "2000000000", "20000000.00", "£20,000,000")
	wantMoney(t, "tranche 2024-25", f.Tranches[1].Amount, "2260000000", "22600000.00", "£22,600,000")
	if f.Tranches[0].FinancialYear != "2023-24" || f.Tranches[0].GrantDetermination != "31/7084" ||
		f.Tranches[1].FinancialYear != "2024-25" || f.Tranches[1].GrantDetermination != "31/7516" {
		t.Errorf("tranches = %+v", f.Tranches)
	}
	var stats []string
	for _, s := range f.Statistics {
		stats = append(stats, s.Measure+"="+s.Value+"/"+s.Qualifier)
	}
	sameSet(t, "fund statistics", stats, a.sqlStrings(t, `SELECT measure || '=' || value::text || '/' || qualifier FROM fund_statistic`))

	wantMoney(t, "north-west-london-arf.allocatedTotal", out.Consortium.AllocatedTotal, "47781100", "477811.00", "£477,811")
	if len(out.Consortium.Allocations) != 1 {
		t.Fatalf("north-west-london-arf has %d allocations, want 1", len(out.Consortium.Allocations))
	}
	al := out.Consortium.Allocations[0]
	wantMoney(t, "north-west-london-arf allocation", al.Amount, "47781100", "477811.00", "£477,811")
	if al.Project != nil || al.Tranche.FinancialYear != "2023-24" {
		t.Errorf("the NWL allocation is recorded against the consortium in 2023-24, got project %v tranche %s", al.Project, al.Tranche.FinancialYear)
	}
	wantMoney(t, "a project without allocations: fundingTotal", out.Project.FundingTotal, "0", "0.00", "£0")
}

// TestEveryTotalMatchesTheDatabase compares every consortium's
// allocatedTotal and every project's fundingTotal with the sums in SQL,
// formatted in SQL.
func TestEveryTotalMatchesTheDatabase(t *testing.T) {
	t.Parallel()
	a := roomyAPI(t)
	var out struct {
		Consortia struct {
			Nodes []struct {
				Slug           string
				AllocatedTotal moneyOut
			}
		}
		Projects struct {
			Nodes []struct {
				Slug         string
				FundingTotal moneyOut
			}
		}
	}
	a.query(t, `{ consortia(first: 100) { nodes { slug allocatedTotal `+moneyFields+` } }
		projects(first: 100) { nodes { slug fundingTotal `+moneyFields+` } } }`, nil, &out)
	consortia, projects := int(a.sqlInt(t, `SELECT count(*) FROM consortium`)), a.published(t, "project")
	if len(out.Consortia.Nodes) != consortia || len(out.Projects.Nodes) != projects {
		t.Fatalf("%d consortia and %d projects, want %d and %d", len(out.Consortia.Nodes), len(out.Projects.Nodes), consortia, projects)
	}
	const consSums = `SELECT c.slug, coalesce(sum(al.amount_pence), 0) FROM consortium c LEFT JOIN allocation al ON al.consortium_id = c.id GROUP BY c.slug`
	const projSums = `SELECT p.slug, coalesce(sum(al.amount_pence), 0) FROM published_project p LEFT JOIN allocation al ON al.project_id = p.id GROUP BY p.slug`
	nonZero := 0
	for _, c := range out.Consortia.Nodes {
		want := moneyOf(t, a, consSums, c.Slug)
		if c.AllocatedTotal != want {
			t.Errorf("%s.allocatedTotal = %+v, want %+v", c.Slug, c.AllocatedTotal, want)
		}
		if want.Pence != "0" {
			nonZero++
		}
	}
	for _, p := range out.Projects.Nodes {
		want := moneyOf(t, a, projSums, p.Slug)
		if p.FundingTotal != want {
			t.Errorf("%s.fundingTotal = %+v, want %+v", p.Slug, p.FundingTotal, want)
		}
	}
	if nonZero < 5 {
		t.Errorf("only %d consortia have allocations; the check is weak", nonZero)
	}
}

// TestMoneyWithPenceAndHugeAmounts adds illustrative allocations with
// odd pence and amounts far beyond 2^31 (and beyond 2^53, where a float
// would round) to the test's own database.
func TestMoneyWithPenceAndHugeAmounts(t *testing.T) {
	t.Parallel()
	a := sampleAPI(t)
	tranche := a.sqlInt(t, `SELECT ft.id FROM fund_tranche ft WHERE ft.financial_year = '2024-25' AND ft.provenance = 'ILLUSTRATIVE'`)
	cons := a.sqlInt(t, `SELECT id FROM consortium WHERE slug = 'placeholder-vale-and-testwick-arf'`)
	proj := a.sqlInt(t, `SELECT id FROM project WHERE slug = 'placeholder-vale-young-adult-carers'`)
	cases := []struct {
		pence                     int64
		project                   bool
		wantPounds, wantFormatted string
	}{
		{47781150, false, "477811.50", "£477,811.50"},
		{5, false, "0.05", "£0.05"},
		{100, true, "1.00", "£1"},
		{123456789, true, "1234567.89", "£1,234,567.89"},
		{2147483648, false, "21474836.48", "£21,474,836.48"},                     // 2^31
		{9007199254740993, false, "90071992547409.93", "£90,071,992,547,409.93"}, // 2^53 + 1
	}
	ids := make([]int64, len(cases))
	for i, c := range cases {
		var project any
		if c.project {
			project = proj
		}
		if err := a.db.Get(&ids[i], `INSERT INTO allocation (fund_tranche_id, consortium_id, project_id, amount_pence, note, provenance)
			VALUES ($1, $2, $3, $4, 'test amount', 'ILLUSTRATIVE') RETURNING id`, tranche, cons, project, c.pence); err != nil {
			t.Fatal(err)
		}
	}
	for i, c := range cases {
		var out struct {
			Node struct{ Amount moneyOut }
		}
		a.query(t, `query($id: ID!) { node(id: $id) { ... on Allocation { amount `+moneyFields+` } } }`, map[string]any{"id": gid("Allocation", ids[i])}, &out)
		wantMoney(t, fmt.Sprintf("allocation of %d pence", c.pence), out.Node.Amount, fmt.Sprint(c.pence), c.wantPounds, c.wantFormatted)
	}

	var out struct {
		Consortium struct{ AllocatedTotal moneyOut }
		Project    struct{ FundingTotal moneyOut }
		Tranche    struct {
			Allocations []struct {
				ID     string
				Amount moneyOut
			}
		}
	}
	a.query(t, fmt.Sprintf(`{
		consortium(slug: "placeholder-vale-and-testwick-arf") { allocatedTotal %s }
		project(slug: "placeholder-vale-young-adult-carers") { fundingTotal %s }
		tranche: node(id: %q) { ... on FundTranche { allocations { id amount %s } } }
	}`, moneyFields, moneyFields, gid("FundTranche", tranche), moneyFields), nil, &out)
	consSums := `SELECT c.slug, coalesce(sum(al.amount_pence), 0) FROM consortium c LEFT JOIN allocation al ON al.consortium_id = c.id GROUP BY c.slug`
	want := moneyOf(t, a, consSums, "placeholder-vale-and-testwick-arf")
	if out.Consortium.AllocatedTotal != want {
		t.Errorf("allocatedTotal with huge amounts = %+v, want %+v", out.Consortium.AllocatedTotal, want)
	}
	wantMoney(t, "project fundingTotal", out.Project.FundingTotal, "123456889", "1234568.89", "£1,234,568.89")
	found := 0
	for _, al := range out.Tranche.Allocations {
		if al.Amount.Pence == "9007199254740993" {
			found++
		}
	}
	if found != 1 {
		t.Errorf("tranche.allocations lists the 2^53+1 pence allocation %d times, want once", found)
	}
}
