package graph

import (
	"errors"

	"learningapi/read"
)

// encodeCursor seals a position of the list named list (see read.Seal).
func encodeCursor(list string, c read.Cursor) string { return read.Seal(list, c) }

// decodeCursor checks that s was issued by this API for the list named
// list, and returns the position it holds; arg names the argument for the
// message.
func decodeCursor(s, list, arg string) (*read.Cursor, error) {
	c, issuedFor, err := read.Open(s, list)
	switch {
	case errors.Is(err, read.ErrForeignCursor):
		return nil, badInput("%s: the cursor belongs to another list or order (%s), not this one (%s); cursors only work on the list and order that issued them", arg, issuedFor, list)
	case err != nil:
		return nil, badInput("%s: %q is not a cursor issued by this API, or it was altered", arg, s)
	}
	return &c, nil
}
