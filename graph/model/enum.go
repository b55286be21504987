package model

import (
	"fmt"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/99designs/gqlgen/graphql"
)

// Every enum in the schema is carried in Go as a plain string, the value
// the database holds. gqlparser checks that a value sent in variables
// names one of the enum's values but ignores case, so UnmarshalEnum
// insists on the exact spelling: the schema's values are all capitals.

// MarshalEnum writes an enum value.
func MarshalEnum(v string) graphql.Marshaler { return graphql.MarshalString(v) }

// UnmarshalEnum reads an enum value, refusing any spelling but the
// schema's own.
func UnmarshalEnum(v any) (string, error) {
	s, ok := v.(string)
	if !ok || s == "" {
		return "", InputError(fmt.Sprintf("%v is not an enum value: give one of the names the schema lists, such as TITLE", v))
	}
	if s != strings.ToUpper(s) {
		return "", InputError(fmt.Sprintf("not an enum value: names are written exactly as the schema lists them, in capitals (%s)", strings.ToUpper(s)))
	}
	return s, nil
}

// MarshalInt writes an Int.
func MarshalInt(i int) graphql.Marshaler {
	return graphql.WriterFunc(func(w io.Writer) { _, _ = io.WriteString(w, strconv.Itoa(i)) })
}

// UnmarshalInt reads an Int, which GraphQL defines as 32-bit: larger
// numbers are refused here rather than reaching the database.
func UnmarshalInt(v any) (int, error) {
	n, err := graphql.UnmarshalInt64(v)
	if err != nil {
		return 0, InputError(fmt.Sprintf("%v is not a whole number", v))
	}
	if n < math.MinInt32 || n > math.MaxInt32 {
		return 0, InputError(fmt.Sprintf("%d is out of range: an Int is between %d and %d", n, math.MinInt32, math.MaxInt32))
	}
	return int(n), nil
}
