// Package ratelimit keeps each client's budget of query cost. A budget
// refills steadily over its window (a token bucket): a client may spend
// the whole budget at once and then what the window gives back, so short
// bursts are fine and a sustained flood is not.
//
// Buckets live in a Store. Memory keeps them in this process, which is
// right for one replica; several replicas would share one Store backed by
// a shared database such as Redis, behind the same interface.
package ratelimit

import (
	"context"
	"math"
	"sync"
	"time"
)

// Policy is one budget: Budget cost points per Window.
type Policy struct {
	// Name names the policy in the RateLimit headers ("anonymous",
	// "trusted").
	Name   string
	Budget int
	Window time.Duration
}

// Result is the outcome of one Take.
type Result struct {
	// Allowed is false when the budget could not pay the cost; nothing was
	// taken then.
	Allowed bool
	// Remaining is what is left after the take.
	Remaining int
	// Reset is how long until the budget is full again.
	Reset time.Duration
	// RetryAfter, for a refusal, is how long until the budget can pay the
	// cost; for a cost larger than the whole budget, the window.
	RetryAfter time.Duration
}

// Store keeps the buckets.
type Store interface {
	// Take spends cost from key's bucket under p, if it holds enough.
	Take(ctx context.Context, key string, p Policy, cost int, now time.Time) (Result, error)
	// Refund gives back cost taken for a request that then did not run
	// (the server was too busy), up to the full budget.
	Refund(ctx context.Context, key string, p Policy, cost int, now time.Time) error
}

// Memory is a Store in this process's memory. Its zero value is ready.
type Memory struct {
	mu      sync.Mutex
	buckets map[string]*bucket
	takes   int
}

// bucket is one client's budget: the points it held at a moment, under
// its policy.
type bucket struct {
	tokens float64
	at     time.Time
	p      Policy
}

// fill brings b up to now: the points the time since gave back, up to the
// budget.
func (b *bucket) fill(now time.Time) {
	if elapsed := now.Sub(b.at); elapsed > 0 {
		b.tokens = min(float64(b.p.Budget), b.tokens+elapsed.Seconds()*perSecond(b.p))
		b.at = now
	}
}

func perSecond(p Policy) float64 { return float64(p.Budget) / p.Window.Seconds() }

// sweepEvery is how many takes pass between sweeps of the full buckets,
// which are forgotten: a full bucket is the same as a new one.
const sweepEvery = 4096

// Take implements Store.
func (m *Memory) Take(_ context.Context, key string, p Policy, cost int, now time.Time) (Result, error) {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.takes++; m.takes%sweepEvery == 0 {
		m.sweep(now)
	}
	b := m.bucket(key, p, now)
	res := Result{Allowed: b.tokens >= float64(cost)}
	if res.Allowed {
		b.tokens -= float64(cost)
	} else {
		res.RetryAfter = p.Window
		if cost <= p.Budget {
			res.RetryAfter = seconds(float64(cost)-b.tokens, p)
		}
	}
	res.Remaining = max(0, int(math.Floor(b.tokens)))
	res.Reset = seconds(float64(p.Budget)-b.tokens, p)
	return res, nil
}

// Refund implements Store.
func (m *Memory) Refund(_ context.Context, key string, p Policy, cost int, now time.Time) error {
	m.mu.Lock()
	defer m.mu.Unlock()
	b := m.bucket(key, p, now)
	b.tokens = min(float64(p.Budget), b.tokens+float64(cost))
	return nil
}

// bucket returns key's bucket under p, filled up to now; a new one is
// full.
func (m *Memory) bucket(key string, p Policy, now time.Time) *bucket {
	if m.buckets == nil {
		m.buckets = map[string]*bucket{}
	}
	b, ok := m.buckets[key]
	if !ok {
		b = &bucket{tokens: float64(p.Budget), at: now}
		m.buckets[key] = b
	}
	b.p = p
	b.fill(now)
	return b
}

// sweep forgets the buckets that are full again.
func (m *Memory) sweep(now time.Time) {
	for key, b := range m.buckets {
		if b.fill(now); b.tokens >= float64(b.p.Budget) {
			delete(m.buckets, key)
		}
	}
}

// Len is how many buckets are kept (full ones may be forgotten).
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return len(m.buckets)
}

// seconds is how long p takes to refill need points.
func seconds(need float64, p Policy) time.Duration {
	if need <= 0 {
		return 0
	}
	return time.Duration(need / perSecond(p) * float64(time.Second))
}
