package cache

import (
	"fmt"
	"strings"
	"testing"
)

func entry(body string, tags ...string) *Entry {
	return &Entry{Body: []byte(body), ContentType: "application/json", ETag: `"x"`, Tags: tags}
}

// watching is a cache that is serving.
func watching(max int64) *Cache {
	c := New(max)
	c.Watching()
	return c
}

func mustHit(tb testing.TB, c *Cache, key, body string) {
	tb.Helper()
	e, ok := c.Get(key)
	if !ok || string(e.Body) != body {
		tb.Fatalf("%s: want %q, got %v %v", key, body, e, ok)
	}
}

func mustMiss(tb testing.TB, c *Cache, key string) {
	tb.Helper()
	if e, ok := c.Get(key); ok {
		tb.Fatalf("%s: want a miss, got %q", key, e.Body)
	}
}

func TestEntriesAreDroppedByTheirTags(t *testing.T) {
	c := watching(1 << 20)
	c.Put("list", entry("projects", "project", "organisation"), c.Begin())
	c.Put("page12", entry("project 12", "project:12", "resource"), c.Begin())
	c.Put("page13", entry("project 13", "project:13", "resource"), c.Begin())
	c.Put("regions", entry("regions", "region"), c.Begin())

	c.Changed([]string{"project:12"})
	mustMiss(t, c, "page12")
	mustHit(t, c, "page13", "project 13")
	mustHit(t, c, "list", "projects")

	c.Changed([]string{"project"})
	mustMiss(t, c, "list")
	mustHit(t, c, "page13", "project 13")

	c.Put("page12", entry("project 12", "project:12", "resource"), c.Begin())
	c.Changed([]string{"project:*"})
	mustMiss(t, c, "page12")
	mustMiss(t, c, "page13")
	mustHit(t, c, "regions", "regions")

	c.Changed([]string{"region", "region:1"})
	mustMiss(t, c, "regions")
	if s := c.Stats(); s.Entries != 0 || s.Bytes != 0 {
		t.Fatalf("an empty cache reports %+v", s)
	}
}

func TestAnAnswerReadBeforeAChangeIsNotStored(t *testing.T) {
	c := watching(1 << 20)
	began := c.Begin()
	c.Changed([]string{"project:12"}) // a write lands while the answer is read
	c.Put("page12", entry("stale", "project:12"), began)
	mustMiss(t, c, "page12")
}

func TestTheCacheStaysWithinItsBytes(t *testing.T) {
	one := entry(strings.Repeat("x", 1000), "t")
	max := 5 * one.size()
	c := watching(max)
	for i := range 20 {
		c.Put(fmt.Sprint(i), entry(strings.Repeat("x", 1000), "t"), c.Begin())
		if s := c.Stats(); s.Bytes > max {
			t.Fatalf("after %d entries the cache holds %d bytes, over %d", i+1, s.Bytes, max)
		}
	}
	// The least recently used went first; the newest five remain.
	mustMiss(t, c, "0")
	for i := 15; i < 20; i++ {
		mustHit(t, c, fmt.Sprint(i), strings.Repeat("x", 1000))
	}
	// Using an entry keeps it: with 15 used last, 16 goes next.
	mustHit(t, c, "15", strings.Repeat("x", 1000))
	c.Put("new", entry(strings.Repeat("x", 1000), "t"), c.Begin())
	mustMiss(t, c, "16")
	mustHit(t, c, "15", strings.Repeat("x", 1000))

	// An answer bigger than the whole cache is not stored.
	c.Put("huge", entry(strings.Repeat("x", int(max)), "t"), c.Begin())
	mustMiss(t, c, "huge")
}

func TestLostChangesEmptyTheCacheUntilWatchingAgain(t *testing.T) {
	c := New(1 << 20)
	c.Put("a", entry("a"), c.Begin())
	mustMiss(t, c, "a") // not watching yet: nothing is stored
	c.Watching()
	c.Put("a", entry("a"), c.Begin())
	mustHit(t, c, "a", "a")
	began := c.Begin()
	c.Lost()
	mustMiss(t, c, "a")
	c.Put("b", entry("b"), c.Begin())
	mustMiss(t, c, "b") // not stored while changes may be missed
	c.Watching()
	c.Put("c", entry("c"), began) // read before the loss
	mustMiss(t, c, "c")
	c.Put("c", entry("c"), c.Begin())
	mustHit(t, c, "c", "c")
	if s := c.Stats(); s.Entries != 1 || !s.Watching {
		t.Fatalf("stats %+v", s)
	}
}
