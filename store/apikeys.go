package store

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"database/sql"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Role is what an API key may do.
type Role string

// The roles a key can have. Requests without a key are anonymous: public
// reads only.
const (
	// RoleEditor creates, corrects, links and publishes content.
	RoleEditor Role = "editor"
	// RoleAdmin may also manage keys and read the audit log.
	RoleAdmin Role = "admin"
)

// ParseRole reads a role's name.
func ParseRole(s string) (Role, error) {
	switch r := Role(s); r {
	case RoleEditor, RoleAdmin:
		return r, nil
	}
	return "", fmt.Errorf("a role is editor or admin (got %q)", s)
}

// APIKey is a key as stored: never the key itself.
type APIKey struct {
	ID         int64      `db:"id"`
	Name       string     `db:"name"`
	Role       Role       `db:"role"`
	Prefix     string     `db:"prefix"`
	CreatedAt  time.Time  `db:"created_at"`
	LastUsedAt *time.Time `db:"last_used_at"`
	RevokedAt  *time.Time `db:"revoked_at"`
}

// keyPrefix starts every key, so that a key is recognisable in a secret
// scanner and a string that lacks it is refused without a database look-up.
const keyPrefix = "scie_"

// keyLength is the length of a key: the prefix and 32 random bytes in
// unpadded base64url.
var keyLength = len(keyPrefix) + base64.RawURLEncoding.EncodedLen(32)

// ErrNoSuchKey means no live key has that name.
var ErrNoSuchKey = errors.New("no live API key has that name")

func hashKey(key string) []byte {
	sum := sha256.Sum256([]byte(key))
	return sum[:]
}

// CreateAPIKey makes a key named name with role, and returns the key,
// which is not stored and cannot be shown again.
func (db *DB) CreateAPIKey(ctx context.Context, name string, role Role) (string, *APIKey, error) {
	var random [32]byte
	if _, err := rand.Read(random[:]); err != nil {
		return "", nil, err
	}
	key := keyPrefix + base64.RawURLEncoding.EncodeToString(random[:])
	var k APIKey
	err := db.GetContext(ctx, &k, `
		INSERT INTO api_key (name, role, hash, prefix) VALUES ($1, $2, $3, $4)
		RETURNING id, name, role, prefix, created_at, last_used_at, revoked_at`,
		name, role, hashKey(key), key[:len(keyPrefix)+4])
	if err != nil {
		return "", nil, Classify(err)
	}
	return key, &k, nil
}

// APIKeys lists every key, revoked ones included, oldest first.
func (db *DB) APIKeys(ctx context.Context) ([]APIKey, error) {
	var keys []APIKey
	err := db.SelectContext(ctx, &keys, `
		SELECT id, name, role, prefix, created_at, last_used_at, revoked_at FROM api_key ORDER BY id`)
	return keys, err
}

// RevokeAPIKey stops the live key named name from working; its name may
// then be given to a new key.
func (db *DB) RevokeAPIKey(ctx context.Context, name string) (*APIKey, error) {
	var k APIKey
	err := db.GetContext(ctx, &k, `
		UPDATE api_key SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL
		RETURNING id, name, role, prefix, created_at, last_used_at, revoked_at`, name)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNoSuchKey
	}
	return &k, err
}

// Authenticate returns the live key that key is, or nil if it is not one
// (malformed, unknown or revoked), and notes that it was used: its
// last-used time moves at most once a minute, and a request that finds the
// row being noted by another skips it rather than waiting, so a busy key
// neither writes on every request nor queues its requests behind one
// another. One statement.
func (db *DB) Authenticate(ctx context.Context, key string) (*APIKey, error) {
	if len(key) != keyLength || !strings.HasPrefix(key, keyPrefix) {
		return nil, nil
	}
	var k APIKey
	err := db.GetContext(ctx, &k, `
		WITH k AS (
			SELECT id, name, role, prefix, created_at, last_used_at, revoked_at
			FROM api_key WHERE hash = $1 AND revoked_at IS NULL
		), due AS (
			SELECT a.id FROM api_key a JOIN k ON k.id = a.id
			WHERE a.last_used_at IS NULL OR a.last_used_at < now() - interval '1 minute'
			FOR UPDATE OF a SKIP LOCKED
		), used AS (
			UPDATE api_key SET last_used_at = now() FROM due WHERE api_key.id = due.id
		)
		SELECT * FROM k`, hashKey(key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, Classify(err)
	}
	return &k, nil
}
