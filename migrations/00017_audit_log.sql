-- Every write through the API leaves a row here, in the same transaction:
-- which key made it, what it did to which record, when, and the record's
-- values before and after. The API never changes or deletes these rows
-- (`seed -reload`, which empties the whole database, does).
--
-- A create sent with an idempotency key is remembered with the record it
-- made, so the same create sent again (a retry after a timeout) answers
-- with that record instead of making a second.

-- +goose Up
CREATE TABLE audit_log (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          timestamptz NOT NULL DEFAULT now(),
    api_key_id  bigint NOT NULL REFERENCES api_key (id),
    key_name    text NOT NULL,
    action      text NOT NULL CONSTRAINT audit_log_action_known CHECK (action IN ('create', 'update')),
    record_type text NOT NULL,
    record_id   bigint NOT NULL,
    before      jsonb,
    after       jsonb NOT NULL
);
CREATE INDEX audit_log_record_idx ON audit_log (record_type, record_id, id);
CREATE INDEX audit_log_key_idx ON audit_log (api_key_id, id);

CREATE TABLE idempotent_create (
    api_key_id      bigint NOT NULL REFERENCES api_key (id),
    idempotency_key text NOT NULL CONSTRAINT idempotent_create_key_length CHECK (length(idempotency_key) BETWEEN 1 AND 200),
    record_type     text NOT NULL,
    record_id       bigint NOT NULL,
    created_at      timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (api_key_id, idempotency_key)
);

-- +goose Down
DROP TABLE idempotent_create;
DROP TABLE audit_log;
