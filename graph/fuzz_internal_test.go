package graph

// Fuzz targets for the two opaque strings the API hands out and reads
// back: global IDs (ids.go) and cursors (cursor.go). They need no
// database; their seed corpora run with every `go test`. Run one with
//
//	go test ./graph -run '^$' -fuzz '^FuzzGlobalID$' -fuzztime 60s

import (
	"encoding/base64"
	"errors"
	"math"
	"strings"
	"testing"

	"learningapi/graph/model"
	"learningapi/read"
)

// nastyStrings are inputs every decoder in the API must survive.
var nastyStrings = []string{
	"",
	"=",
	"====",
	"\x00",
	"\x00\x00\x00\x00",
	"\xff\xfe\xfd",
	"\xed\xa0\x80", // a UTF-16 surrogate written as UTF-8
	"not base64!",
	"a\nb\rc",
	"AAAA\n",
	"////",
	"++++",
	"' OR 1=1 --",
	"'; DROP TABLE project; --",
	"$1",
	"\x1f\x1f\x1f",
	strings.Repeat("A", 4096),
	strings.Repeat("\xff", 300),
	"-9223372036854775808",
	"99999999999999999999999999",
	"🙂🙂🙂",
}

// rawB64 writes s as the API writes IDs and cursors: unpadded URL-safe
// base64.
func rawB64(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }

// wantInputError fails unless err is a client error the presenter shows as
// BAD_USER_INPUT.
func wantInputError(tb testing.TB, what string, err error) {
	tb.Helper()
	var in model.InputError
	if !errors.As(err, &in) {
		tb.Fatalf("%s: error %T %q is not a model.InputError, so it would be answered INTERNAL", what, err, err)
	}
	if in == "" {
		tb.Fatalf("%s: empty error message", what)
	}
}

// FuzzGlobalID checks parseGlobalID on any text, and globalID against it:
//   - decoding never panics; what does not decode is a model.InputError
//     (BAD_USER_INPUT) and yields no type or id;
//   - what decodes has a type and a positive id, and its canonical ID
//     (globalID of the decoded parts) decodes to the same parts;
//   - any type name the schema could use (non-empty, no ':') with a
//     positive id round-trips through globalID and parseGlobalID, and a
//     zero or negative id is refused.
func FuzzGlobalID(f *testing.F) {
	for _, s := range []string{
		globalID("Project", 1), globalID("Resource", 42), globalID("Event", math.MaxInt64),
		globalID("LocalAuthority", 7), rawB64("Project:1") + "==", rawB64("Project:0"),
		rawB64("Project:-1"), rawB64("Project:+5"), rawB64("Project:005"), rawB64(":5"),
		rawB64("Project:"), rawB64("Project"), rawB64("Project:9223372036854775808"),
		rawB64("Project:1:2"), rawB64("Proj\x00ect:1"), rawB64("\xff:1"),
		rawB64("Project:1'; DROP TABLE project; --"), rawB64("Project: 1"), rawB64("Project:1e3"),
		base64.StdEncoding.EncodeToString([]byte("Project:1")), base64.URLEncoding.EncodeToString([]byte("Topic:3")),
	} {
		f.Add(s, "Project", int64(1))
	}
	for _, s := range nastyStrings {
		f.Add(s, s, int64(-1))
	}
	f.Add("", "Event", int64(math.MaxInt64))
	f.Add("", "Event", int64(math.MinInt64))
	f.Add("", "Ev\x00ent", int64(0))
	f.Add("", "\xff\xfe", int64(3))
	f.Add("", "A:B", int64(3))

	f.Fuzz(func(t *testing.T, s, typeName string, id int64) {
		// Decoding arbitrary text.
		gotType, gotID, err := parseGlobalID(s)
		if err != nil {
			wantInputError(t, "parseGlobalID", err)
			if gotType != "" || gotID != 0 {
				t.Fatalf("parseGlobalID(%q) failed (%v) but returned %q, %d", s, err, gotType, gotID)
			}
		} else {
			if gotType == "" || gotID <= 0 {
				t.Fatalf("parseGlobalID(%q) = %q, %d: an accepted ID must name a type and a positive id", s, gotType, gotID)
			}
			canonical := globalID(gotType, gotID)
			againType, againID, err := parseGlobalID(canonical)
			if err != nil || againType != gotType || againID != gotID {
				t.Fatalf("parseGlobalID(%q) = %q, %d, but its canonical ID %q decodes to %q, %d, %v",
					s, gotType, gotID, canonical, againType, againID, err)
			}
		}

		// Encoding then decoding.
		if typeName == "" || strings.Contains(typeName, ":") {
			return // not a type name: the encoder is never asked for these
		}
		encoded := globalID(typeName, id)
		backType, backID, err := parseGlobalID(encoded)
		switch {
		case id <= 0 && err == nil:
			t.Fatalf("globalID(%q, %d) = %q was accepted; ids are positive", typeName, id, encoded)
		case id <= 0:
			wantInputError(t, "parseGlobalID of a non-positive id", err)
		case err != nil || backType != typeName || backID != id:
			t.Fatalf("globalID(%q, %d) = %q decodes to %q, %d, %v", typeName, id, encoded, backType, backID, err)
		}
	})
}

// FuzzCursor checks decodeCursor on any text, and encodeCursor against it:
//   - decoding never panics; what is refused is a model.InputError
//     (BAD_USER_INPUT) and yields no position;
//   - what is accepted re-seals to a cursor that opens to the same
//     position;
//   - any position (any sort key text, any id) of any list round-trips;
//   - a cursor is refused on another list, after any one byte of it is
//     changed, and when cut short.
func FuzzCursor(f *testing.F) {
	const list = "resources by PUBLISHED_ON DESC"
	sealed := encodeCursor(list, read.Cursor{Key: "2025-07-01", ID: 12})
	f.Add(sealed, list, "2025-07-01", int64(12), uint16(0), byte(1))
	f.Add(encodeCursor("projects by TITLE ASC", read.Cursor{Key: "Exampleshire Carers Card", ID: 3}),
		"projects by TITLE ASC", "Exampleshire Carers Card", int64(3), uint16(5), byte(0x80))
	f.Add(encodeCursor("events by STARTS_AT ASC", read.Cursor{Key: "2025-06-30 09:00:00+00", ID: 1}),
		"events by STARTS_AT ASC", "2025-06-30 09:00:00+00", int64(1), uint16(40), byte(0xff))
	f.Add(sealed+"A", list, "", int64(0), uint16(65535), byte(0))
	f.Add(sealed[:len(sealed)-1], "other list", "", int64(-1), uint16(1), byte(2))
	f.Add(rawB64("resources by PUBLISHED_ON DESC\x1f2025-07-01\x1f12"+"12345678"), list, "a\x1fb", int64(7), uint16(9), byte(4))
	f.Add(rawB64(strings.Repeat("\x00", 9)), list, "\x00", int64(math.MinInt64), uint16(3), byte(8))
	f.Add(sealed, "", "Title with \x1f inside", int64(math.MaxInt64), uint16(2), byte(16))
	for _, s := range nastyStrings {
		f.Add(s, list, s, int64(5), uint16(len(s)), byte(0x55))
	}

	f.Fuzz(func(t *testing.T, s, list, key string, id int64, pos uint16, flip byte) {
		// List names are the API's own ("resources by TITLE ASC") and never
		// hold the separator.
		list = strings.ReplaceAll(list, "\x1f", " ")

		// Decoding arbitrary text.
		c, err := decodeCursor(s, list, "after")
		if err != nil {
			wantInputError(t, "decodeCursor", err)
			if c != nil {
				t.Fatalf("decodeCursor(%q) failed (%v) but returned a position %+v", s, err, *c)
			}
		} else {
			if c == nil {
				t.Fatalf("decodeCursor(%q) returned neither a position nor an error", s)
			}
			again, err := decodeCursor(encodeCursor(list, *c), list, "after")
			if err != nil || *again != *c {
				t.Fatalf("decodeCursor(%q) = %+v, but re-sealed it opens to %+v, %v", s, *c, again, err)
			}
		}

		// Sealing then opening.
		want := read.Cursor{Key: key, ID: id}
		cur := encodeCursor(list, want)
		got, err := decodeCursor(cur, list, "after")
		if err != nil {
			t.Fatalf("a cursor sealed for %q at %+v is refused: %v", list, want, err)
		}
		if *got != want {
			t.Fatalf("a cursor sealed for %q at %+v opens to %+v", list, want, *got)
		}

		// Another list.
		other := list + " DESC"
		if _, err := decodeCursor(cur, other, "after"); err == nil {
			t.Fatalf("a cursor of %q is accepted on %q", list, other)
		} else {
			wantInputError(t, "decodeCursor on another list", err)
		}

		// One byte changed.
		raw, err := base64.RawURLEncoding.DecodeString(cur)
		if err != nil {
			t.Fatalf("encodeCursor wrote %q, which is not unpadded URL-safe base64: %v", cur, err)
		}
		if flip != 0 {
			raw[int(pos)%len(raw)] ^= flip
			tampered := base64.RawURLEncoding.EncodeToString(raw)
			if c, err := decodeCursor(tampered, list, "after"); err == nil {
				t.Fatalf("cursor %q altered at byte %d (xor %#x) is accepted as %+v", cur, int(pos)%len(raw), flip, *c)
			} else {
				wantInputError(t, "decodeCursor of an altered cursor", err)
			}
		}

		// Cut short.
		if cut := int(pos) % len(cur); cut > 0 {
			if c, err := decodeCursor(cur[:cut], list, "after"); err == nil {
				t.Fatalf("cursor %q cut to %d characters is accepted as %+v", cur, cut, *c)
			}
		}
	})
}
