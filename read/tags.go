package read

import (
	"context"
	"sort"
	"sync"
)

// Tags collects what one response was read from, so that a cache can
// throw the response away when any of it changes. A tag is a table's name
// ("project": any change to the table may change the answer, as for a
// list) or a record's ("project:12": only a change to that record can, as
// for a look-up by slug). Change notifications from the database name the
// same tags (see migrations/00008_change_notifications.sql).
type Tags struct {
	mu  sync.Mutex
	set map[string]struct{}
}

type tagsKey struct{}

// WithTags returns a context in which reads record their tags into a new
// Tags, and that Tags.
func WithTags(ctx context.Context) (context.Context, *Tags) {
	t := &Tags{set: map[string]struct{}{}}
	return context.WithValue(ctx, tagsKey{}, t), t
}

func tagsFrom(ctx context.Context) *Tags {
	t, _ := ctx.Value(tagsKey{}).(*Tags)
	return t
}

// add records tags; a nil Tags records nothing.
func (t *Tags) add(tags ...string) {
	if t == nil {
		return
	}
	t.mu.Lock()
	for _, tag := range tags {
		t.set[tag] = struct{}{}
	}
	t.mu.Unlock()
}

// List returns the tags recorded, sorted.
func (t *Tags) List() []string {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]string, 0, len(t.set))
	for tag := range t.set {
		out = append(out, tag)
	}
	sort.Strings(out)
	return out
}
