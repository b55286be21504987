package store

import (
	"context"
	"database/sql/driver"
	"sync"
	"sync/atomic"
)

// Counter counts the SQL statements run on behalf of one context, such as
// one API request, and the statements it had to prepare first. The request
// log reports them, and tests use them to prove that a query costs a fixed
// number of statements however many rows it returns.
type Counter struct{ n, prepared atomic.Int64 }

// Count is the number of statements counted so far.
func (c *Counter) Count() int64 { return c.n.Load() }

// Prepared is the number of statements prepared on a connection before
// they first ran there (each costs one extra round trip).
func (c *Counter) Prepared() int64 { return c.prepared.Load() }

type counterKey struct{}

// WithCounter returns a context whose statements are counted into c.
func WithCounter(ctx context.Context, c *Counter) context.Context {
	return context.WithValue(ctx, counterKey{}, c)
}

// CounterOf returns the Counter ctx's statements are counted into, or nil.
func CounterOf(ctx context.Context) *Counter {
	c, _ := ctx.Value(counterKey{}).(*Counter)
	return c
}

func countStatement(ctx context.Context, query string, args []driver.NamedValue) {
	if c, ok := ctx.Value(counterKey{}).(*Counter); ok {
		c.n.Add(1)
	}
	if s, ok := ctx.Value(statementsKey{}).(*Statements); ok {
		values := make([]any, len(args))
		for i, a := range args {
			values[i] = a.Value
		}
		s.mu.Lock()
		s.list = append(s.list, Statement{SQL: query, Args: values})
		s.mu.Unlock()
	}
}

// Statement is one statement run, with the parameters it was sent with.
type Statement struct {
	SQL  string
	Args []any
}

// Statements records the statements run on behalf of a context, for tests
// that look at the SQL behind a request (EXPLAIN, golden files).
type Statements struct {
	mu   sync.Mutex
	list []Statement
}

type statementsKey struct{}

// WithStatements returns a context whose statements are recorded into s.
func WithStatements(ctx context.Context, s *Statements) context.Context {
	return context.WithValue(ctx, statementsKey{}, s)
}

// List returns the statements recorded so far, in the order run.
func (s *Statements) List() []Statement {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Statement(nil), s.list...)
}

func countPrepare(ctx context.Context) {
	if c, ok := ctx.Value(counterKey{}).(*Counter); ok {
		c.prepared.Add(1)
	}
}

// countingConnector wraps the driver's connector so that every query and
// exec is counted, prepared or not, and traced as a child of its context's
// span, if any (trace.go). Everything else passes straight through.
type countingConnector struct{ driver.Connector }

func (c countingConnector) Connect(ctx context.Context) (driver.Conn, error) {
	conn, err := c.Connector.Connect(ctx)
	if err != nil {
		return nil, err
	}
	return &countingConn{conn.(pqConn)}, nil
}

// pqConn is the set of driver interfaces lib/pq's connection implements.
type pqConn interface {
	driver.Conn
	driver.ConnBeginTx
	driver.ConnPrepareContext
	driver.QueryerContext
	driver.ExecerContext
	driver.Pinger
	driver.SessionResetter
	driver.Validator
	driver.NamedValueChecker
}

type countingConn struct{ pqConn }

func (c *countingConn) QueryContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Rows, error) {
	countStatement(ctx, query, args)
	span := startStatementSpan(ctx, query)
	rows, err := c.pqConn.QueryContext(ctx, query, args)
	return traceRows(span, rows, err)
}

func (c *countingConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	countStatement(ctx, query, args)
	span := startStatementSpan(ctx, query)
	res, err := c.pqConn.ExecContext(ctx, query, args)
	endStatementSpan(span, err)
	return res, err
}

func (c *countingConn) PrepareContext(ctx context.Context, query string) (driver.Stmt, error) {
	countPrepare(ctx)
	st, err := c.pqConn.PrepareContext(ctx, query)
	if err != nil {
		return nil, err
	}
	return &countingStmt{pqStmt: st.(pqStmt), query: query}, nil
}

// pqStmt is the set of driver interfaces lib/pq's statements implement.
type pqStmt interface {
	driver.Stmt
	driver.StmtQueryContext
	driver.StmtExecContext
}

type countingStmt struct {
	pqStmt
	query string
}

func (s *countingStmt) QueryContext(ctx context.Context, args []driver.NamedValue) (driver.Rows, error) {
	countStatement(ctx, s.query, args)
	span := startStatementSpan(ctx, s.query)
	rows, err := s.pqStmt.QueryContext(ctx, args)
	return traceRows(span, rows, err)
}

func (s *countingStmt) ExecContext(ctx context.Context, args []driver.NamedValue) (driver.Result, error) {
	countStatement(ctx, s.query, args)
	span := startStatementSpan(ctx, s.query)
	res, err := s.pqStmt.ExecContext(ctx, args)
	endStatementSpan(span, err)
	return res, err
}
