package ratelimit

import (
	"context"
	"strconv"
	"testing"
	"time"
)

// take spends cost at now and returns the result.
func take(tb testing.TB, m *Memory, key string, p Policy, cost int, now time.Time) Result {
	tb.Helper()
	res, err := m.Take(context.Background(), key, p, cost, now)
	if err != nil {
		tb.Fatal(err)
	}
	return res
}

func TestBudgetIsSpentAndRefills(t *testing.T) {
	var m Memory
	p := Policy{Name: "anonymous", Budget: 600, Window: time.Minute} // 10 a second
	t0 := time.Date(2026, 11, 30, 9, 0, 0, 0, time.UTC)
	if r := take(t, &m, "ip:a", p, 500, t0); !r.Allowed || r.Remaining != 100 || r.Reset != 50*time.Second {
		t.Errorf("first take: %+v, want allowed, 100 left, full again in 50s", r)
	}
	r := take(t, &m, "ip:a", p, 150, t0)
	if r.Allowed || r.Remaining != 100 || r.RetryAfter != 5*time.Second {
		t.Errorf("over budget: %+v, want refused with 100 left (nothing taken), retry in 5s", r)
	}
	// Another client has its own budget.
	if r := take(t, &m, "ip:b", p, 600, t0); !r.Allowed || r.Remaining != 0 {
		t.Errorf("another client: %+v, want allowed with 0 left", r)
	}
	// Five seconds refill 50 points.
	if r := take(t, &m, "ip:a", p, 150, t0.Add(5*time.Second)); !r.Allowed || r.Remaining != 0 {
		t.Errorf("after the refill: %+v, want allowed with 0 left", r)
	}
}

func TestCostLargerThanTheBudgetWaitsAWindow(t *testing.T) {
	var m Memory
	p := Policy{Name: "anonymous", Budget: 100, Window: time.Minute}
	r := take(t, &m, "ip:a", p, 101, time.Unix(0, 0))
	if r.Allowed || r.RetryAfter != time.Minute || r.Remaining != 100 {
		t.Errorf("cost above the budget: %+v, want refused, 100 left, retry after the window", r)
	}
}

func TestFullBucketsAreForgotten(t *testing.T) {
	var m Memory
	p := Policy{Name: "anonymous", Budget: 100, Window: time.Second}
	t0 := time.Unix(0, 0)
	for i := range sweepEvery - 1 {
		take(t, &m, "ip:"+string(rune('a'+i%26))+string(rune('a'+i/26%26))+string(rune('a'+i/676)), p, 1, t0)
	}
	if m.Len() < 600 {
		t.Fatalf("%d buckets before the sweep, want hundreds", m.Len())
	}
	// A second later every bucket is full again; the next sweep drops them.
	take(t, &m, "ip:last", p, 1, t0.Add(time.Second))
	if m.Len() != 1 {
		t.Errorf("%d buckets after the sweep, want only the one just used", m.Len())
	}
}

func TestRefundGivesBackUpToTheBudget(t *testing.T) {
	var m Memory
	p := Policy{Name: "anonymous", Budget: 100, Window: time.Minute}
	t0 := time.Unix(0, 0)
	take(t, &m, "ip:a", p, 80, t0)
	if err := m.Refund(context.Background(), "ip:a", p, 80, t0); err != nil {
		t.Fatal(err)
	}
	if r := take(t, &m, "ip:a", p, 100, t0); !r.Allowed {
		t.Errorf("after the refund the whole budget should be there: %+v", r)
	}
	if err := m.Refund(context.Background(), "ip:a", p, 1_000, t0); err != nil {
		t.Fatal(err)
	}
	if r := take(t, &m, "ip:a", p, 101, t0); r.Allowed || r.Remaining != 100 {
		t.Errorf("a refund beyond the budget: %+v, want the budget of 100 and no more", r)
	}
}

func TestEachBucketKeepsItsOwnPolicy(t *testing.T) {
	var m Memory
	small := Policy{Name: "anonymous", Budget: 10, Window: time.Minute}
	large := Policy{Name: "trusted", Budget: 10_000, Window: time.Minute}
	t0 := time.Unix(0, 0)
	take(t, &m, "ip:website", large, 5_000, t0)
	// Sweeps run during other clients' takes; the website's half-spent
	// bucket must come through them as it was, not cut to their budget.
	for i := range sweepEvery {
		take(t, &m, "ip:small"+strconv.Itoa(i), small, 1, t0)
	}
	if r := take(t, &m, "ip:website", large, 4_000, t0); !r.Allowed || r.Remaining != 1_000 {
		t.Errorf("the trusted bucket after sweeps: %+v, want 1,000 left", r)
	}
}
