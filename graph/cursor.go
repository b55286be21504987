package graph

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"

	"learningapi/store"
)

// Cursors carry the position of a row (its sort key and id) and the list
// and order they were issued for, sealed with a MAC so that an altered
// cursor is refused rather than silently misread.

// cursorKey seals cursors. Cursors are positions, not secrets, so a fixed
// key is enough to detect tampering and keeps cursors valid across
// restarts and replicas.
var cursorKey = []byte("scie-learning-api cursor v1")

const macLen = 8

type cursorPayload struct {
	List string `json:"l"`
	Key  string `json:"k"`
	ID   int64  `json:"i"`
}

func encodeCursor(list string, c store.Cursor) string {
	data, _ := json.Marshal(cursorPayload{List: list, Key: c.Key, ID: c.ID})
	return base64.RawURLEncoding.EncodeToString(append(data, seal(data)...))
}

// decodeCursor checks that s was issued by this API for the list named
// list, and returns the position it holds.
func decodeCursor(s, list, arg string) (*store.Cursor, error) {
	raw, err := base64.RawURLEncoding.DecodeString(s)
	if err != nil || len(raw) <= macLen {
		return nil, badInput("%s: %q is not a cursor issued by this API", arg, s)
	}
	data, mac := raw[:len(raw)-macLen], raw[len(raw)-macLen:]
	var p cursorPayload
	if !hmac.Equal(mac, seal(data)) || json.Unmarshal(data, &p) != nil {
		return nil, badInput("%s: %q is not a cursor issued by this API, or it was altered", arg, s)
	}
	if p.List != list {
		return nil, badInput("%s: the cursor belongs to another list or order (%s), not this one (%s); cursors only work on the list and order that issued them", arg, p.List, list)
	}
	return &store.Cursor{Key: p.Key, ID: p.ID}, nil
}

func seal(data []byte) []byte {
	m := hmac.New(sha256.New, cursorKey)
	m.Write(data)
	return bytes.Clone(m.Sum(nil)[:macLen])
}
