-- A key's name is unique among live keys only, so a key can be replaced by
-- a new one of the same name once it is revoked (rotating the website's
-- key, say); revoked keys keep their rows for the audit log.

-- +goose Up
ALTER TABLE api_key DROP CONSTRAINT api_key_name_unique;
CREATE UNIQUE INDEX api_key_live_name_unique ON api_key (name) WHERE revoked_at IS NULL;

-- +goose Down
DROP INDEX api_key_live_name_unique;
ALTER TABLE api_key ADD CONSTRAINT api_key_name_unique UNIQUE (name);
