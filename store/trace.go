package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"strings"

	"github.com/lib/pq"
	"go.opentelemetry.io/otel/attribute"
	"go.opentelemetry.io/otel/codes"
	"go.opentelemetry.io/otel/trace"
)

// startStatementSpan starts a span for one statement, a child of the span
// its context carries, on that span's own tracer provider; so the store
// needs no tracing configuration, and starts nothing when the context
// carries no recording span (tracing off, or not sampled). The span holds
// the statement's text, in which every value is a parameter, and never
// the parameters or the rows.
func startStatementSpan(ctx context.Context, query string) trace.Span {
	parent := trace.SpanFromContext(ctx)
	if !parent.IsRecording() {
		return nil
	}
	_, span := parent.TracerProvider().Tracer("learningapi/store").Start(ctx, statementName(query),
		trace.WithSpanKind(trace.SpanKindClient),
		trace.WithAttributes(attribute.String("db.system", "postgresql"), attribute.String("db.statement", query)))
	return span
}

// endStatementSpan ends a statement's span. A failure is marked with its
// SQLSTATE only: PostgreSQL's messages can quote the values sent.
func endStatementSpan(span trace.Span, err error) {
	if span == nil {
		return
	}
	if err != nil {
		span.SetStatus(codes.Error, "statement failed")
		var pqErr *pq.Error
		if errors.As(err, &pqErr) {
			span.SetAttributes(attribute.String("db.response.status_code", string(pqErr.Code)))
		}
	}
	span.End()
}

// tracedRows ends a query's span when its rows are closed, so that the
// span covers reading them.
type tracedRows struct {
	pqRows
	span trace.Span
}

// pqRows is the set of driver interfaces lib/pq's rows implement.
type pqRows interface {
	driver.Rows
	driver.RowsNextResultSet
	driver.RowsColumnTypeScanType
	driver.RowsColumnTypeDatabaseTypeName
	driver.RowsColumnTypeLength
	driver.RowsColumnTypePrecisionScale
}

func (r *tracedRows) Close() error {
	err := r.pqRows.Close()
	endStatementSpan(r.span, err)
	return err
}

// traceRows hands a query's rows back, ending its span when they are
// closed, or now if there are none.
func traceRows(span trace.Span, rows driver.Rows, err error) (driver.Rows, error) {
	if span == nil {
		return rows, err
	}
	if r, ok := rows.(pqRows); ok && err == nil {
		return &tracedRows{pqRows: r, span: span}, nil
	}
	endStatementSpan(span, err)
	return rows, err
}

// statementName names a statement's span by its first keyword (SELECT,
// WITH, INSERT...), past any leading comment such as /* shaped */.
func statementName(query string) string {
	q := strings.TrimSpace(query)
	for strings.HasPrefix(q, "/*") {
		_, rest, ok := strings.Cut(q, "*/")
		if !ok {
			break
		}
		q = strings.TrimSpace(rest)
	}
	end := strings.IndexFunc(q, func(r rune) bool { return r < 'A' || r > 'z' || (r > 'Z' && r < 'a') })
	if end < 0 {
		end = len(q)
	}
	if end == 0 || end > 16 {
		return "postgresql"
	}
	return strings.ToUpper(q[:end])
}
