-- API keys: who may write through the API, and with which role. A key is
-- shown once, when it is made; only its SHA-256 hash is kept, so a copy of
-- the database gives no one a working key. Keys are long random strings,
-- so a fast hash is enough (nothing to guess from). A revoked key stays,
-- for the audit log, and no longer works.

-- +goose Up
CREATE TABLE api_key (
    id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name         text NOT NULL
        CONSTRAINT api_key_name_unique UNIQUE
        CONSTRAINT api_key_name_format CHECK (name ~ '^[A-Za-z0-9][A-Za-z0-9 ._@-]{0,79}$'),
    role         text NOT NULL CONSTRAINT api_key_role_known CHECK (role IN ('editor', 'admin')),
    hash         bytea NOT NULL
        CONSTRAINT api_key_hash_unique UNIQUE
        CONSTRAINT api_key_hash_sha256 CHECK (octet_length(hash) = 32),
    -- The key's first characters, to tell keys apart in lists and logs.
    prefix       text NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

-- +goose Down
DROP TABLE api_key;
