// Package model holds the Go types behind the schema that the store does
// not provide: scalars, money, connections and the generated input types.
package model

import (
	"fmt"
	"io"
	"strconv"
	"time"
	_ "time/tzdata" // Europe/London must resolve on machines without zoneinfo.

	"github.com/99designs/gqlgen/graphql"
)

// London is the time zone every moment is shown in.
var London = mustLoad("Europe/London")

func mustLoad(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

const dateLayout = "2006-01-02"

// dateTimeLayout is RFC 3339 with the offset always written as numbers,
// +00:00 in winter rather than Z, so UK times read alike all year.
const dateTimeLayout = "2006-01-02T15:04:05-07:00"

// MarshalDateTime writes a moment as RFC 3339 in UK time.
func MarshalDateTime(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.In(London).Format(dateTimeLayout)))
	})
}

// UnmarshalDateTime reads an RFC 3339 moment; the offset is required.
func UnmarshalDateTime(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, InputError("a DateTime must be a string such as \"2025-07-01T10:00:00+01:00\"")
	}
	t, err := time.Parse(time.RFC3339Nano, s)
	if err != nil {
		return time.Time{}, InputError(fmt.Sprintf("%q is not an RFC 3339 date-time with an offset, such as \"2025-07-01T10:00:00+01:00\"", s))
	}
	// In UTC, so that any offset RFC 3339 allows reaches the database as
	// one it accepts.
	return t.UTC(), nil
}

// MarshalDate writes a calendar day as YYYY-MM-DD.
func MarshalDate(t time.Time) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) {
		_, _ = io.WriteString(w, strconv.Quote(t.Format(dateLayout)))
	})
}

// UnmarshalDate reads a calendar day written YYYY-MM-DD.
func UnmarshalDate(v any) (time.Time, error) {
	s, ok := v.(string)
	if !ok {
		return time.Time{}, InputError("a Date must be a string such as \"2025-06-30\"")
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, InputError(fmt.Sprintf("%q is not a date written YYYY-MM-DD, such as \"2025-06-30\"", s))
	}
	return t, nil
}

// Node is any record with a global ID.
type Node interface{}

// InputError is a problem with a value the client sent, in a sentence
// written for the client. The error presenter shows it with the code
// BAD_USER_INPUT.
type InputError string

func (e InputError) Error() string { return string(e) }
