// Package cache keeps the answers to public reads in memory, bounded in
// bytes, and drops them when the data they were read from changes.
//
// Each answer is tagged with what it was read from (package read's tags:
// a table's name for anything listed, "project:12" for a record read by
// identity). The database announces every write with the same tags
// (store.WatchChanges), and the cache drops the answers that carry any of
// them, so a write made anywhere (through the API, by a migration, in psql)
// reaches every replica's cache within moments. If the connection that hears
// the announcements drops, announcements may be missed, so the cache empties
// itself and serves nothing until it hears again.
package cache

import (
	"container/list"
	"strings"
	"sync"
	"sync/atomic"
)

// Entry is one cached answer.
type Entry struct {
	Body        []byte
	ContentType string
	ETag        string
	Tags        []string
	// Operation is the name of the operation answered, for the request
	// log and metrics of the requests answered from the cache.
	Operation string
}

func (e *Entry) size() int64 {
	n := len(e.Body) + len(e.ContentType) + len(e.ETag) + len(e.Operation) + 256
	for _, t := range e.Tags {
		n += len(t) + 48
	}
	return int64(n)
}

// Cache holds answers by key, least recently used first out.
type Cache struct {
	mu      sync.Mutex
	max     int64
	size    int64
	order   *list.List               // of *item, most recently used at the front
	byKey   map[string]*list.Element // key -> element
	byTag   map[string]map[*item]struct{}
	watched bool // announcements are being heard; see Lost
	// epoch counts purges, so that an answer read before a purge and
	// stored after it is refused (see Begin and Put).
	epoch atomic.Uint64

	hits, misses, purged atomic.Int64
}

type item struct {
	key   string
	entry *Entry
}

// New makes a cache of at most maxBytes. It serves nothing until told it
// is Watching.
func New(maxBytes int64) *Cache {
	return &Cache{max: maxBytes, order: list.New(), byKey: map[string]*list.Element{}, byTag: map[string]map[*item]struct{}{}}
}

// Get returns the answer stored under key, if any and if the cache is
// watching for changes.
func (c *Cache) Get(key string) (*Entry, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.byKey[key]
	if !ok || !c.watched {
		c.misses.Add(1)
		return nil, false
	}
	c.order.MoveToFront(e)
	c.hits.Add(1)
	return e.Value.(*item).entry, true
}

// Begin marks the start of reading an answer; pass what it returns to
// Put.
func (c *Cache) Begin() uint64 { return c.epoch.Load() }

// Put stores an answer, unless a purge happened since began (the answer
// may have been read before the write that caused it), the cache is not
// watching, or the answer alone would not fit.
func (c *Cache) Put(key string, e *Entry, began uint64) {
	size := e.size()
	c.mu.Lock()
	defer c.mu.Unlock()
	if !c.watched || c.epoch.Load() != began || size > c.max {
		return
	}
	if old, ok := c.byKey[key]; ok {
		c.remove(old)
	}
	it := &item{key: key, entry: e}
	c.byKey[key] = c.order.PushFront(it)
	c.size += size
	for _, tag := range e.Tags {
		set, ok := c.byTag[tag]
		if !ok {
			set = map[*item]struct{}{}
			c.byTag[tag] = set
		}
		set[it] = struct{}{}
	}
	for c.size > c.max {
		c.remove(c.order.Back())
	}
}

func (c *Cache) remove(el *list.Element) {
	it := c.order.Remove(el).(*item)
	delete(c.byKey, it.key)
	c.size -= it.entry.size()
	for _, tag := range it.entry.Tags {
		if set := c.byTag[tag]; set != nil {
			delete(set, it)
			if len(set) == 0 {
				delete(c.byTag, tag)
			}
		}
	}
}

// Changed drops every answer tagged with any of tags; "project:*" stands
// for every record of the table (a write of many rows).
func (c *Cache) Changed(tags []string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch.Add(1)
	for _, tag := range tags {
		if table, ok := strings.CutSuffix(tag, ":*"); ok {
			for t, set := range c.byTag {
				if strings.HasPrefix(t, table+":") {
					c.drop(set)
				}
			}
			continue
		}
		c.drop(c.byTag[tag])
	}
}

func (c *Cache) drop(set map[*item]struct{}) {
	for it := range set {
		if el, ok := c.byKey[it.key]; ok {
			c.remove(el)
			c.purged.Add(1)
		}
	}
}

// Lost empties the cache and stops it serving: changes may be missed.
func (c *Cache) Lost() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.epoch.Add(1)
	c.watched = false
	c.order.Init()
	c.byKey = map[string]*list.Element{}
	c.byTag = map[string]map[*item]struct{}{}
	c.size = 0
}

// Watching lets the cache serve again: changes are heard from now on.
func (c *Cache) Watching() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.watched = true
}

// Stats are the cache's counters since it started.
type Stats struct {
	Entries      int
	Bytes        int64
	Hits, Misses int64
	Purged       int64
	Watching     bool
}

// Stats reports the cache's size and counters.
func (c *Cache) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{Entries: len(c.byKey), Bytes: c.size, Hits: c.hits.Load(), Misses: c.misses.Load(),
		Purged: c.purged.Load(), Watching: c.watched}
}
