package graph

import (
	"context"
	"encoding/json"
	"errors"
	"sync"
	"time"

	"github.com/vikstrous/dataloadgen"

	"learningapi/store"
)

// Loaders batch the reads of one request: every relation resolver asks a
// loader, and the loader answers all the rows asked for in the same tick
// with one SQL statement (see DefaultBatchWait). A fresh set is made per request, so nothing is
// cached between requests.
type Loaders struct {
	db      *store.DB
	wait    time.Duration
	mu      sync.Mutex
	loaders map[string]any
}

// DefaultBatchWait is how long a loader waits, after the first key of a
// batch, for more keys before it runs its statement. gqlgen resolves the
// items of a list concurrently, so their keys arrive within a few
// milliseconds; a loaded machine needs longer, and a key that misses the
// window costs one more statement (never one per item). The library's
// default, 16 ms, kept 100-item pages to one statement per relation even
// with both cores busy; 8 ms did not.
const DefaultBatchWait = 16 * time.Millisecond

// NewLoaders makes an empty set of loaders for one request; each waits up
// to wait to gather a batch.
func NewLoaders(db *store.DB, wait time.Duration) *Loaders {
	return &Loaders{db: db, wait: wait, loaders: map[string]any{}}
}

type loadersKey struct{}

// WithLoaders returns a context carrying the request's loaders.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

func loadersFrom(ctx context.Context) *Loaders {
	l, ok := ctx.Value(loadersKey{}).(*Loaders)
	if !ok {
		panic("graph: no loaders in context; the handler's middleware makes them")
	}
	return l
}

// loader returns the request's loader of that name, making it with fetch
// on first use.
func loader[K comparable, V any](ctx context.Context, name string, fetch func(ctx context.Context, db *store.DB, keys []K) (map[K]V, error)) *dataloadgen.Loader[K, V] {
	ls := loadersFrom(ctx)
	ls.mu.Lock()
	defer ls.mu.Unlock()
	if l, ok := ls.loaders[name]; ok {
		return l.(*dataloadgen.Loader[K, V])
	}
	l := dataloadgen.NewMappedLoader(func(ctx context.Context, keys []K) (map[K]V, error) {
		return fetch(ctx, ls.db, keys)
	}, dataloadgen.WithWait(ls.wait))
	ls.loaders[name] = l
	return l
}

// loadByID loads one visible record of a list by id, or nil if there is
// none (a draft, say).
func loadByID[T store.Record, F any](ctx context.Context, list store.List[T, F], id *int64) (*T, error) {
	if id == nil {
		return nil, nil
	}
	l := loader(ctx, list.Name()+"#id", func(ctx context.Context, db *store.DB, ids []int64) (map[int64]T, error) {
		return list.ByIDs(ctx, db, ids)
	})
	v, err := l.Load(ctx, *id)
	if errors.Is(err, dataloadgen.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	return &v, nil
}

// loadAllUnder loads every visible record of a small relation, such as a
// project's themes, in the named order.
func loadAllUnder[T store.Record, F any](ctx context.Context, list store.List[T, F], rel store.Relation, o order, parent int64) ([]*T, error) {
	s, err := list.Sort(o.Field, o.Desc)
	if err != nil {
		return nil, err
	}
	l := loader(ctx, listID(list.Name(), rel, o), func(ctx context.Context, db *store.DB, parents []int64) (map[int64][]T, error) {
		rows, err := list.AllUnder(ctx, db, rel, parents, s)
		if err != nil {
			return nil, err
		}
		for _, p := range parents {
			if _, ok := rows[p]; !ok {
				rows[p] = nil
			}
		}
		return rows, nil
	})
	rows, err := l.Load(ctx, parent)
	if err != nil {
		return nil, err
	}
	return pointers(rows), nil
}

// pageKey asks for one page under one parent. Args is the JSON of the
// filter, sort and page, so that keys with the same arguments batch
// together and the key stays comparable.
type pageKey struct {
	Parent int64
	Args   string
}

type pageArgsJSON[F any] struct {
	Filter F
	Sort   store.Sort
	Page   store.Page
}

type pageResult[T any] struct {
	Rows []T
	Info store.PageInfo
}

// loadPageUnder loads one page of a list under a parent, batched with the
// same page under every other parent in the request.
func loadPageUnder[T store.Record, F any](ctx context.Context, list store.List[T, F], rel store.Relation, parent int64, f F, s store.Sort, p store.Page) (pageResult[T], error) {
	args, err := json.Marshal(pageArgsJSON[F]{Filter: f, Sort: s, Page: p})
	if err != nil {
		return pageResult[T]{}, err
	}
	l := loader(ctx, list.Name()+"@"+string(rel)+"/page", func(ctx context.Context, db *store.DB, keys []pageKey) (map[pageKey]pageResult[T], error) {
		return byArgs(keys, func(a pageArgsJSON[F], parents []int64) (map[int64]pageResult[T], error) {
			rows, infos, err := list.PagesUnder(ctx, db, rel, parents, a.Filter, a.Sort, a.Page)
			out := make(map[int64]pageResult[T], len(parents))
			for _, p := range parents {
				out[p] = pageResult[T]{Rows: rows[p], Info: infos[p]}
			}
			return out, err
		})
	})
	return l.Load(ctx, pageKey{parent, string(args)})
}

// loadCountUnder counts a list under a parent, batched like loadPageUnder.
func loadCountUnder[T store.Record, F any](ctx context.Context, list store.List[T, F], rel store.Relation, parent int64, f F) (int, error) {
	args, err := json.Marshal(f)
	if err != nil {
		return 0, err
	}
	l := loader(ctx, list.Name()+"@"+string(rel)+"/count", func(ctx context.Context, db *store.DB, keys []pageKey) (map[pageKey]int, error) {
		return byArgs(keys, func(f F, parents []int64) (map[int64]int, error) {
			return list.CountsUnder(ctx, db, rel, parents, f)
		})
	})
	return l.Load(ctx, pageKey{parent, string(args)})
}

// byArgs answers keys that carry their arguments as JSON: one fetch per
// distinct set of arguments, for all the parents that share it. A group
// that fails (a cursor whose key the database cannot read, say) fails only
// its own keys.
func byArgs[A any, V any](keys []pageKey, fetch func(args A, parents []int64) (map[int64]V, error)) (map[pageKey]V, error) {
	groups := map[string][]int64{}
	for _, k := range keys {
		groups[k.Args] = append(groups[k.Args], k.Parent)
	}
	out := make(map[pageKey]V, len(keys))
	failed := dataloadgen.MappedFetchError[pageKey]{}
	for args, parents := range groups {
		var a A
		err := json.Unmarshal([]byte(args), &a)
		var values map[int64]V
		if err == nil {
			values, err = fetch(a, parents)
		}
		for _, p := range parents {
			if err != nil {
				failed[pageKey{p, args}] = err
			} else {
				out[pageKey{p, args}] = values[p]
			}
		}
	}
	if len(failed) > 0 {
		return out, failed
	}
	return out, nil
}

func pointers[T any](rows []T) []*T {
	out := make([]*T, len(rows))
	for i := range rows {
		out[i] = &rows[i]
	}
	return out
}
