package store

import (
	"container/list"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sync"
)

// JSONRow runs a statement that returns exactly one row of n JSON (or
// otherwise textual) columns, and returns each column's bytes, nil for
// NULL. It is how the read path's planned statements reach the database.
//
// A statement is prepared once per connection and kept (see
// Options.PreparedStatements), so PostgreSQL neither parses nor, once it
// trusts a generic plan, plans it again, and each execution is one round
// trip. A request may run only a few statements at once
// (WithStatementLimit).
func (db *DB) JSONRow(ctx context.Context, n int, query string, args ...any) ([][]byte, error) {
	if db.dry != nil {
		db.dry(Statement{SQL: query, Args: args})
		return nil, errNotSent
	}
	release, err := acquireStatement(ctx)
	if err != nil {
		return nil, err
	}
	defer release()
	out := make([][]byte, n)
	dest := make([]any, n)
	for i := range out {
		dest[i] = &out[i]
	}
	if db.stmts == nil {
		err = db.QueryRowContext(ctx, query, args...).Scan(dest...)
	} else {
		err = db.stmts.queryRow(ctx, db.DB.DB, query, args, dest)
	}
	if err != nil {
		return nil, Classify(err)
	}
	return out, nil
}

// Dry returns a store that reaches no database: JSONRow hands each
// statement to sent and returns errNotSent instead of running it. Tests
// use it to write out the SQL behind a query (store/testdata/sql) without
// a database; nothing else of the returned DB may be used, Close included.
func Dry(sent func(Statement)) *DB { return &DB{dry: sent} }

// errNotSent is what a Dry store's JSONRow returns.
var errNotSent = errors.New("store: statement not sent: the store is dry")

// stmtCache keeps prepared statements by their text, least recently used
// first out. database/sql prepares a cached statement on each connection
// the first time it runs there and re-prepares it if the connection is
// replaced.
type stmtCache struct {
	mu    sync.Mutex
	max   int
	order *list.List               // of *cachedStmt, most recent at the front
	byKey map[string]*list.Element // query text -> element
}

type cachedStmt struct {
	query   string
	stmt    *sql.Stmt
	users   int  // executions in progress, guarded by stmtCache.mu
	evicted bool // closed once the last user is done
}

func newStmtCache(max int) *stmtCache {
	return &stmtCache{max: max, order: list.New(), byKey: map[string]*list.Element{}}
}

func (c *stmtCache) queryRow(ctx context.Context, db *sql.DB, query string, args []any, dest []any) error {
	cs, err := c.get(ctx, db, query)
	if err != nil {
		return err
	}
	defer c.done(cs)
	return cs.stmt.QueryRowContext(ctx, args...).Scan(dest...)
}

// get returns the statement for query, preparing it if it is new, and
// counts the caller as a user until done.
func (c *stmtCache) get(ctx context.Context, db *sql.DB, query string) (*cachedStmt, error) {
	c.mu.Lock()
	if e, ok := c.byKey[query]; ok {
		c.order.MoveToFront(e)
		cs := e.Value.(*cachedStmt)
		cs.users++
		c.mu.Unlock()
		return cs, nil
	}
	c.mu.Unlock()
	// Preparing here only parses the statement on one connection; two
	// requests racing to add the same text keep the first.
	stmt, err := db.PrepareContext(ctx, query)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.byKey[query]; ok {
		_ = stmt.Close()
		cs := e.Value.(*cachedStmt)
		cs.users++
		return cs, nil
	}
	cs := &cachedStmt{query: query, stmt: stmt, users: 1}
	c.byKey[query] = c.order.PushFront(cs)
	for c.order.Len() > c.max {
		oldest := c.order.Back()
		old := c.order.Remove(oldest).(*cachedStmt)
		delete(c.byKey, old.query)
		old.evicted = true
		if old.users == 0 {
			_ = old.stmt.Close()
		}
	}
	return cs, nil
}

func (c *stmtCache) done(cs *cachedStmt) {
	c.mu.Lock()
	defer c.mu.Unlock()
	cs.users--
	if cs.evicted && cs.users == 0 {
		_ = cs.stmt.Close()
	}
}

func (c *stmtCache) close() {
	c.mu.Lock()
	defer c.mu.Unlock()
	for e := c.order.Front(); e != nil; e = e.Next() {
		cs := e.Value.(*cachedStmt)
		cs.evicted = true
		if cs.users == 0 {
			_ = cs.stmt.Close()
		}
	}
	c.order.Init()
	c.byKey = map[string]*list.Element{}
}

// statementLimitKey holds how many statements one request may run at once.
type statementLimitKey struct{}

// WithStatementLimit lets the statements run on behalf of ctx (one API
// request) use at most n connections at once; the rest wait their turn.
// GraphQL resolves a query's top-level fields in parallel, and without a
// bound one request with many aliases could hold the whole pool.
func WithStatementLimit(ctx context.Context, n int) context.Context {
	if n <= 0 {
		return ctx
	}
	return context.WithValue(ctx, statementLimitKey{}, make(chan struct{}, n))
}

func acquireStatement(ctx context.Context) (release func(), err error) {
	sem, ok := ctx.Value(statementLimitKey{}).(chan struct{})
	if !ok {
		return func() {}, nil
	}
	select {
	case sem <- struct{}{}:
		return func() { <-sem }, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}
