// Package admission decides which requests may use the database now. The
// pool has a fixed number of connections; a request that needs some waits
// for them in one first-come-first-served queue, but only so long and only
// behind so many others. Beyond those bounds it is refused at once, so a
// server under more load than it can serve keeps finishing the requests
// it admits instead of letting every request wait until its deadline.
// Each client may also hold only its share of the connections, so one
// client's slow requests cannot take them all.
package admission

import (
	"context"
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/semaphore"
)

// Options size the gate.
type Options struct {
	// Connections is how many connections admitted requests may hold at
	// once: the pool's size.
	Connections int
	// PerClient is how many of them one client may hold at once; zero
	// means all. Trusted clients may always hold all.
	PerClient int
	// Queue is how many requests may wait at once; one more is refused.
	Queue int
	// Wait is how long a request may wait; zero refuses it at once when
	// the connections are busy.
	Wait time.Duration
}

// Reason says why a request was refused.
type Reason string

// The reasons a request is refused.
const (
	// QueueFull: the queue already held Options.Queue requests.
	QueueFull Reason = "queue_full"
	// WaitedTooLong: no connection came free within Options.Wait.
	WaitedTooLong Reason = "queue_wait"
	// ClientBusy: the client already holds its share of the connections,
	// and none of them came free within Options.Wait.
	ClientBusy Reason = "client_share"
)

// Refusal is the error Enter returns when it refuses a request.
type Refusal struct {
	Reason Reason
	// RetryAfter is when trying again is worth it.
	RetryAfter time.Duration
}

func (r *Refusal) Error() string { return "admission refused: " + string(r.Reason) }

// Gate admits requests to the database. Its methods are safe for
// concurrent use.
type Gate struct {
	opts    Options
	pool    *semaphore.Weighted
	waiting atomic.Int64
	inUse   atomic.Int64

	mu      sync.Mutex
	clients map[string]*share
}

// share is one client's slots, kept while the client has requests in the
// gate.
type share struct {
	sem     *semaphore.Weighted
	refs    int // requests in the gate, waiting or admitted
	waiting int // requests waiting for the share
}

// New returns a gate sized by opts.
func New(opts Options) *Gate {
	opts.Connections = max(opts.Connections, 1)
	if opts.PerClient <= 0 || opts.PerClient > opts.Connections {
		opts.PerClient = opts.Connections
	}
	return &Gate{opts: opts, pool: semaphore.NewWeighted(int64(opts.Connections)), clients: map[string]*share{}}
}

// Enter waits, within the gate's bounds, until the request may run
// weight statements at once on behalf of client (or as many as the
// client's share allows, if fewer: took), and returns the function that
// hands them back. It returns a *Refusal when the bounds are reached,
// or ctx's error when the request ends first.
//
// A request first takes its slots from its client's share: a client may
// have no more requests waiting for its share than the share holds, and
// one more is refused at once. Then it takes them from the pool, waiting
// in the one queue if the pool has none free or others are waiting.
func (g *Gate) Enter(ctx context.Context, client string, trusted bool, weight int) (release func(), took int, err error) {
	limit := g.opts.PerClient
	if trusted {
		limit = g.opts.Connections
	}
	w := int64(min(max(weight, 1), limit))
	waitCtx, cancel := context.WithTimeout(ctx, g.opts.Wait)
	defer cancel()

	sh, ok := g.share(client, limit)
	if !ok {
		return nil, 0, &Refusal{Reason: ClientBusy, RetryAfter: g.retryAfter()}
	}
	err = acquire(waitCtx, sh.sem, w)
	g.doneWaiting(sh)
	if err != nil {
		g.drop(client)
		return nil, 0, g.refusal(ctx, ClientBusy)
	}
	if !g.pool.TryAcquire(w) {
		// Only requests waiting for the pool count against the queue.
		if g.waiting.Add(1) > int64(g.opts.Queue) {
			g.waiting.Add(-1)
			sh.sem.Release(w)
			g.drop(client)
			return nil, 0, &Refusal{Reason: QueueFull, RetryAfter: g.retryAfter()}
		}
		err := g.pool.Acquire(waitCtx, w)
		g.waiting.Add(-1)
		if err != nil {
			sh.sem.Release(w)
			g.drop(client)
			return nil, 0, g.refusal(ctx, WaitedTooLong)
		}
	}
	g.inUse.Add(w)
	var once sync.Once
	return func() {
		once.Do(func() {
			g.inUse.Add(-w)
			g.pool.Release(w)
			sh.sem.Release(w)
			g.drop(client)
		})
	}, int(w), nil
}

// acquire takes n slots, trying at once first so that a zero wait still
// admits a request when slots are free.
func acquire(ctx context.Context, sem *semaphore.Weighted, n int64) error {
	if sem.TryAcquire(n) {
		return nil
	}
	return sem.Acquire(ctx, n)
}

// refusal is the error for a wait that ended: the request's own end, or
// the gate's bound.
func (g *Gate) refusal(ctx context.Context, reason Reason) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	return &Refusal{Reason: reason, RetryAfter: g.retryAfter()}
}

// retryAfter is a second, or the queue's wait if longer: a busy gate
// drains in about that time.
func (g *Gate) retryAfter() time.Duration { return max(time.Second, g.opts.Wait) }

// share returns client's share, counting the caller among its users and
// its waiters; false, counting nothing, when as many requests as the share
// holds already wait for it.
func (g *Gate) share(client string, limit int) (*share, bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	sh, ok := g.clients[client]
	if !ok {
		sh = &share{sem: semaphore.NewWeighted(int64(limit))}
		g.clients[client] = sh
	}
	if sh.waiting >= limit {
		return nil, false
	}
	sh.refs++
	sh.waiting++
	return sh, true
}

func (g *Gate) doneWaiting(sh *share) {
	g.mu.Lock()
	defer g.mu.Unlock()
	sh.waiting--
}

func (g *Gate) drop(client string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if sh := g.clients[client]; sh != nil {
		if sh.refs--; sh.refs == 0 {
			delete(g.clients, client)
		}
	}
}

// PerClient is how many connections one untrusted client may hold.
func (g *Gate) PerClient() int { return g.opts.PerClient }

// Waiting is how many requests are waiting for the pool now.
func (g *Gate) Waiting() int { return int(g.waiting.Load()) }

// InUse is how many connection slots admitted requests hold now.
func (g *Gate) InUse() int { return int(g.inUse.Load()) }

// IsRefusal reports whether err is a refusal, and returns it.
func IsRefusal(err error) (*Refusal, bool) {
	var r *Refusal
	ok := errors.As(err, &r)
	return r, ok
}
