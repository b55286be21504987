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

	"golang.org/x/time/rate"
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
}

// Memory is a Store in this process's memory. Its zero value is ready.
type Memory struct {
	mu      sync.Mutex
	buckets map[string]*rate.Limiter
	takes   int
}

// sweepEvery is how many takes pass between sweeps of the full buckets,
// which are forgotten: a full bucket is the same as a new one.
const sweepEvery = 4096

// Take implements Store.
func (m *Memory) Take(_ context.Context, key string, p Policy, cost int, now time.Time) (Result, error) {
	perSecond := rate.Limit(float64(p.Budget) / p.Window.Seconds())
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.buckets == nil {
		m.buckets = map[string]*rate.Limiter{}
	}
	if m.takes++; m.takes%sweepEvery == 0 {
		m.sweep(now)
	}
	b, ok := m.buckets[key]
	if !ok {
		b = rate.NewLimiter(perSecond, p.Budget)
		m.buckets[key] = b
	}
	res := Result{Allowed: b.AllowN(now, cost)}
	tokens := b.TokensAt(now)
	res.Remaining = max(0, int(math.Floor(tokens)))
	res.Reset = seconds(float64(p.Budget)-tokens, perSecond)
	if !res.Allowed {
		res.RetryAfter = p.Window
		if cost <= p.Budget {
			res.RetryAfter = seconds(float64(cost)-tokens, perSecond)
		}
	}
	return res, nil
}

func (m *Memory) sweep(now time.Time) {
	for key, b := range m.buckets {
		if b.TokensAt(now) >= float64(b.Burst()) {
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

// seconds is how long perSecond takes to refill need points.
func seconds(need float64, perSecond rate.Limit) time.Duration {
	if need <= 0 {
		return 0
	}
	return time.Duration(need / float64(perSecond) * float64(time.Second))
}
