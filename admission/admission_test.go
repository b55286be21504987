package admission

import (
	"context"
	"errors"
	"testing"
	"time"
)

// enter admits a request that the test expects to be let in at once.
func enter(tb testing.TB, g *Gate, client string, trusted bool, weight int) func() {
	tb.Helper()
	release, _, err := g.Enter(context.Background(), client, trusted, weight)
	if err != nil {
		tb.Fatalf("%s (weight %d) refused: %v", client, weight, err)
	}
	return release
}

// wantRefusal checks that err refuses for reason.
func wantRefusal(tb testing.TB, err error, reason Reason) {
	tb.Helper()
	r, ok := IsRefusal(err)
	if !ok {
		tb.Fatalf("got %v, want a refusal for %s", err, reason)
	}
	if r.Reason != reason || r.RetryAfter < time.Second {
		tb.Errorf("refusal %+v, want reason %s and a Retry-After of a second or more", *r, reason)
	}
}

func TestFullGateRefusesAtOnceWithoutAWait(t *testing.T) {
	g := New(Options{Connections: 2, Queue: 10})
	first := enter(t, g, "ip:a", false, 1)
	second := enter(t, g, "ip:b", false, 1)
	if g.InUse() != 2 {
		t.Errorf("in use %d, want 2", g.InUse())
	}
	_, _, err := g.Enter(context.Background(), "ip:c", false, 1)
	wantRefusal(t, err, WaitedTooLong)
	first()
	first() // a second release hands nothing back twice
	if g.InUse() != 1 {
		t.Errorf("in use %d after one release, want 1", g.InUse())
	}
	enter(t, g, "ip:c", false, 1)()
	second()
	if g.InUse() != 0 || g.Waiting() != 0 {
		t.Errorf("in use %d, waiting %d after every release; want 0 and 0", g.InUse(), g.Waiting())
	}
}

func TestWaiterIsAdmittedWhenAConnectionFrees(t *testing.T) {
	g := New(Options{Connections: 1, Queue: 10, Wait: time.Minute})
	held := enter(t, g, "ip:a", false, 1)
	admitted := make(chan error, 1)
	go func() {
		release, _, err := g.Enter(context.Background(), "ip:b", false, 1)
		if err == nil {
			release()
		}
		admitted <- err
	}()
	for g.Waiting() == 0 {
		time.Sleep(time.Millisecond) // until the waiter is queued
	}
	held()
	if err := <-admitted; err != nil {
		t.Fatalf("the waiter was refused when the connection came free: %v", err)
	}
}

func TestQueueBoundRefusesWithoutWaiting(t *testing.T) {
	g := New(Options{Connections: 1, Queue: 1, Wait: time.Minute})
	held := enter(t, g, "ip:a", false, 1)
	defer held()
	ctx, cancel := context.WithCancel(context.Background())
	waiter := make(chan error, 1)
	go func() {
		_, _, err := g.Enter(ctx, "ip:b", false, 1)
		waiter <- err
	}()
	for g.Waiting() == 0 {
		time.Sleep(time.Millisecond)
	}
	// The queue holds one waiter already: the next is refused at once,
	// long before the minute's wait would end.
	_, _, err := g.Enter(context.Background(), "ip:c", false, 1)
	wantRefusal(t, err, QueueFull)
	cancel()
	if err := <-waiter; !errors.Is(err, context.Canceled) {
		t.Errorf("a waiter whose request ended got %v, want its context's error", err)
	}
}

func TestOneClientHoldsOnlyItsShare(t *testing.T) {
	g := New(Options{Connections: 4, PerClient: 1, Queue: 10})
	held := enter(t, g, "ip:greedy", false, 1)
	_, _, err := g.Enter(context.Background(), "ip:greedy", false, 1)
	wantRefusal(t, err, ClientBusy)
	// Others still get in, and a heavy request is cut to the share.
	enter(t, g, "ip:other", false, 3)()
	held()
	release, took, err := g.Enter(context.Background(), "ip:greedy", false, 4)
	if err != nil || took != 1 || g.InUse() != 1 {
		t.Errorf("a weight-4 request of a client with a share of 1: took %d, holds %d slots (err %v); want 1", took, g.InUse(), err)
	}
	release()
	// A trusted client may use every connection.
	var releases []func()
	for range 4 {
		releases = append(releases, enter(t, g, "ip:website", true, 1))
	}
	for _, r := range releases {
		r()
	}
	if g.InUse() != 0 || len(g.clients) != 0 {
		t.Errorf("after every release: %d in use, %d clients kept; want none", g.InUse(), len(g.clients))
	}
}

func TestNoQueueMeansNoWait(t *testing.T) {
	g := New(Options{Connections: 1, Queue: 0, Wait: time.Hour})
	held := enter(t, g, "ip:a", false, 1)
	defer held()
	// With no queue, a busy pool refuses at once, however long the wait.
	_, _, err := g.Enter(context.Background(), "ip:b", false, 1)
	wantRefusal(t, err, QueueFull)
}

func TestAClientsWaitersDoNotFillTheQueue(t *testing.T) {
	g := New(Options{Connections: 4, PerClient: 1, Queue: 1, Wait: time.Hour})
	held := enter(t, g, "ip:greedy", false, 1)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	// The greedy client may have one request waiting for its share...
	waiter := make(chan error, 1)
	go func() {
		release, _, err := g.Enter(ctx, "ip:greedy", false, 1)
		if err == nil {
			release()
		}
		waiter <- err
	}()
	for {
		g.mu.Lock()
		waiting := g.clients["ip:greedy"].waiting
		g.mu.Unlock()
		if waiting == 1 {
			break
		}
		time.Sleep(time.Millisecond)
	}
	// ...and the next is refused at once rather than piling up.
	_, _, err := g.Enter(context.Background(), "ip:greedy", false, 1)
	wantRefusal(t, err, ClientBusy)
	// Waiting for its own share, it is not in the pool's queue: another
	// client still gets a connection at once.
	if g.Waiting() != 0 {
		t.Errorf("%d requests counted in the pool's queue, want 0", g.Waiting())
	}
	enter(t, g, "ip:victim", false, 1)()
	held()
	if err := <-waiter; err != nil {
		t.Errorf("the greedy client's waiter, once its share freed: %v", err)
	}
}
