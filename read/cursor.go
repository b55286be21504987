package read

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
)

// A cursor is a row's position in a list, sealed so that an altered one is
// refused rather than misread: base64url(payload || mac), where payload is
// the list's name, the row's sort key as text and its key, separated by
// the unit separator (0x1F), and mac is the first 8 bytes of
// HMAC-SHA256(cursorSecret, payload). Go seals cursors the resolvers hand
// out; PostgreSQL seals those of answers it builds whole (cursorSQL), the
// same way.

// cursorSecret seals cursors. Cursors are positions, not secrets, so a
// fixed key is enough to detect tampering and keeps cursors valid across
// restarts and replicas.
var cursorSecret = []byte("scie-learning-api cursor v2")

const (
	macLen     = 8
	cursorSep  = "\x1f"
	hmacBlock  = 64
	innerPadXo = 0x36
	outerPadXo = 0x5c
)

// Cursor errors, for the API to explain.
var (
	// ErrBadCursor means the text is not a cursor this API issued, or it
	// was altered.
	ErrBadCursor = errors.New("not a cursor issued by this API")
	// ErrForeignCursor means the cursor is sound but belongs to another
	// list or order.
	ErrForeignCursor = errors.New("cursor of another list")
)

// Seal makes the cursor of a position in the list named list.
func Seal(list string, c Cursor) string {
	payload := []byte(list + cursorSep + c.Key + cursorSep + strconv.FormatInt(c.ID, 10))
	return base64.RawURLEncoding.EncodeToString(append(payload, mac(payload)...))
}

// Open checks that s is a cursor of the list named list and returns the
// position it holds. A cursor of another list returns ErrForeignCursor
// together with that list's name.
func Open(s, list string) (Cursor, string, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(raw) <= macLen {
		return Cursor{}, "", ErrBadCursor
	}
	payload, sum := raw[:len(raw)-macLen], raw[len(raw)-macLen:]
	if !hmac.Equal(sum, mac(payload)) {
		return Cursor{}, "", ErrBadCursor
	}
	// A list's name never holds the separator and an id is digits, so the
	// sort key is all that lies between the first separator and the last:
	// a key may hold the separator itself (a title can).
	issuedFor, rest, ok := strings.Cut(string(payload), cursorSep)
	last := strings.LastIndex(rest, cursorSep)
	if !ok || last < 0 {
		return Cursor{}, "", ErrBadCursor
	}
	key, num := rest[:last], rest[last+len(cursorSep):]
	id, err := strconv.ParseInt(num, 10, 64)
	if err != nil {
		return Cursor{}, "", ErrBadCursor
	}
	if issuedFor != list {
		return Cursor{}, issuedFor, ErrForeignCursor
	}
	return Cursor{Key: key, ID: id}, issuedFor, nil
}

func mac(payload []byte) []byte {
	m := hmac.New(sha256.New, cursorSecret)
	m.Write(payload)
	return bytes.Clone(m.Sum(nil)[:macLen])
}

// padded is the HMAC key block XORed with pad, as a bytea literal.
func padded(pad byte) string {
	block := make([]byte, hmacBlock)
	copy(block, cursorSecret)
	for i := range block {
		block[i] ^= pad
	}
	return `'\x` + hex.EncodeToString(block) + `'::bytea`
}

var innerPad, outerPad = padded(innerPadXo), padded(outerPadXo)

// cursorSQL seals, in SQL, the position of a row of the list named list:
// sortText is its sort key as text and key its key.
func cursorSQL(list, sortText, key string) string {
	payload := "convert_to(" + quote(list) + " || chr(31) || " + sortText + " || chr(31) || (" + key + ")::text, 'UTF8')"
	return "(SELECT translate(encode(c.p || substring(sha256(" + outerPad + " || sha256(" + innerPad +
		" || c.p)) FROM 1 FOR " + strconv.Itoa(macLen) + "), 'base64'), E'+/=\\n', '-_') FROM (SELECT " + payload + " AS p) c)"
}
