-- Which version of the sample data a database holds. The sample data is
-- corrected from time to time (wrong facts fixed, invented rows moved under
-- the fictional fund); migrations change the schema, not the rows, so a
-- database loaded by an older build keeps the older data until it is
-- reloaded. The seed writes its version here, and the server compares it
-- with its own (see seed.Version and `seed -reload`). A database that holds
-- no sample data has no row.

-- +goose Up
CREATE TABLE sample_data (
    version   integer NOT NULL CONSTRAINT sample_data_version_positive CHECK (version > 0),
    loaded_at timestamptz NOT NULL DEFAULT now(),
    one_row   boolean NOT NULL DEFAULT true CONSTRAINT sample_data_one_row UNIQUE CHECK (one_row)
);

-- +goose Down
DROP TABLE sample_data;
