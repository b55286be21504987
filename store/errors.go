package store

import (
	"context"
	"database/sql/driver"
	"errors"
	"io"
	"net"
	"syscall"

	"github.com/lib/pq"
)

// The store's sentinel errors, which Classify wraps driver errors in. The
// API's error presenter gives ErrTimeout and ErrBadValue their codes;
// ErrConflict and ErrInvalid are what writes that break a rule of the data
// come back as.
var (
	// ErrConflict means a write clashed with existing data (a taken slug,
	// a link to a record of the other provenance).
	ErrConflict = errors.New("conflict")
	// ErrInvalid means a value broke a rule of the data (a check constraint).
	ErrInvalid = errors.New("invalid")
	// ErrTimeout means the database stopped a statement that ran too long.
	ErrTimeout = errors.New("statement timeout")
	// ErrBadValue means the database could not take a value a client sent
	// (a number out of its range, a character it cannot store).
	ErrBadValue = errors.New("value the database cannot take")
	// ErrUnavailable means the database could not be reached or went away
	// (it is down, restarting or refusing connections); trying again later
	// may work.
	ErrUnavailable = errors.New("database unavailable")
)

// ConstraintError describes a database rule a write broke, in words that
// are safe to show to the client.
type ConstraintError struct {
	Constraint string
	Kind       error // ErrConflict or ErrInvalid
}

func (e *ConstraintError) Error() string { return "violates " + e.Constraint }

// Unwrap lets errors.Is match the kind.
func (e *ConstraintError) Unwrap() error { return e.Kind }

// Classify turns a driver error into one of the store's errors where it
// can, so that callers never need to look at driver types. Errors it does
// not recognise are returned unchanged.
func Classify(err error) error {
	var pqErr *pq.Error
	if !errors.As(err, &pqErr) {
		if unreachable(err) {
			return errors.Join(ErrUnavailable, err)
		}
		return err
	}
	switch pqErr.Code.Name() {
	case "unique_violation", "foreign_key_violation", "exclusion_violation":
		return &ConstraintError{Constraint: pqErr.Constraint, Kind: ErrConflict}
	case "check_violation", "not_null_violation":
		if pqErr.Constraint == "honest_data_same_provenance" {
			return &ConstraintError{Constraint: pqErr.Constraint, Kind: ErrConflict}
		}
		return &ConstraintError{Constraint: pqErr.Constraint, Kind: ErrInvalid}
	case "query_canceled":
		return errors.Join(ErrTimeout, err)
	}
	switch pqErr.Code.Class() {
	case "22": // data exception
		return errors.Join(ErrBadValue, err)
	case "08", "57": // connection exception; the server shutting down or starting
		if pqErr.Code.Name() != "query_canceled" {
			return errors.Join(ErrUnavailable, err)
		}
	}
	return err
}

// unreachable reports whether err is a failure to reach the server or a
// connection lost on the way: refused, reset, closed, or a network error.
func unreachable(err error) bool {
	var netErr net.Error
	var opErr *net.OpError
	return errors.Is(err, driver.ErrBadConn) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.ECONNRESET) ||
		errors.As(err, &opErr) || (errors.As(err, &netErr) && !errors.Is(err, context.DeadlineExceeded))
}
