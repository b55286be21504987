package store_test

import (
	"context"
	"strings"
	"testing"

	"learningapi/dbtest"
	"learningapi/store"
)

func TestAPIKeyStore(t *testing.T) {
	ctx := context.Background()
	db := dbtest.NewEmpty(t)
	key, k, err := db.CreateAPIKey(ctx, "Website", store.RoleEditor)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(key, "scie_") || len(key) != 48 || !strings.HasPrefix(key, k.Prefix) || k.Role != store.RoleEditor {
		t.Errorf("key %q (%d characters), stored %+v", key, len(key), k)
	}
	var stored int
	if err := db.Get(&stored, `SELECT count(*) FROM api_key WHERE position($1::bytea in hash) > 0 OR prefix = $2`, []byte(key), key); err != nil || stored != 0 {
		t.Errorf("the key itself is stored (%d rows, %v)", stored, err)
	}
	if _, _, err := db.CreateAPIKey(ctx, "Website", store.RoleAdmin); err == nil {
		t.Error("a second key with the same name was made")
	}
	for _, bad := range []string{"", " leading space", strings.Repeat("n", 81), "semi;colon", "new\nline"} {
		if _, _, err := db.CreateAPIKey(ctx, bad, store.RoleEditor); err == nil {
			t.Errorf("a key named %q was made", bad)
		}
	}
	if _, _, err := db.CreateAPIKey(ctx, "Admin", store.Role("owner")); err == nil {
		t.Error("a key with an unknown role was made")
	}
	if _, err := store.ParseRole("superuser"); err == nil {
		t.Error("ParseRole accepted superuser")
	}
	if got, err := db.Authenticate(ctx, key); err != nil || got == nil || got.Name != "Website" {
		t.Fatalf("Authenticate: %+v, %v", got, err)
	}
	if _, err := db.RevokeAPIKey(ctx, "Website"); err != nil {
		t.Fatal(err)
	}
	if got, err := db.Authenticate(ctx, key); err != nil || got != nil {
		t.Errorf("a revoked key authenticated: %+v, %v", got, err)
	}
	if _, err := db.RevokeAPIKey(ctx, "Website"); err != store.ErrNoSuchKey {
		t.Errorf("revoking a revoked key again: %v, want ErrNoSuchKey", err)
	}
	if _, _, err := db.CreateAPIKey(ctx, "Website", store.RoleAdmin); err != nil {
		t.Errorf("a new key under a revoked key's name: %v", err)
	}
	if _, err := db.RevokeAPIKey(ctx, "Nobody"); err != store.ErrNoSuchKey {
		t.Errorf("revoking a key that does not exist: %v", err)
	}
}
