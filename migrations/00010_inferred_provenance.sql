-- How sure: a third provenance, and the honest-data rule over every link.
--
-- 1. INFERRED sits between VERIFIED_PUBLIC and ILLUSTRATIVE: the fact is
--    reasoned from the public source the record cites, which does not
--    state it outright. Like a verified record, an inferred one must cite
--    its source (the <table>_verified_has_source checks already ask every
--    record that is not ILLUSTRATIVE for one); unlike it, it must say what
--    it was inferred from, in provenance_note (<table>_inferred_has_note).
--    Every fact-bearing table gets the note, so the API reads it the same
--    way everywhere; regions and NHS regions stay verified only.
--
-- 2. Links join records of the same world. Real records (VERIFIED_PUBLIC
--    and INFERRED) link only real records, and ILLUSTRATIVE records only
--    ILLUSTRATIVE ones; an inferred record may name a verified one. The
--    rule now covers every foreign key between two fact-bearing tables,
--    including those 00004 left out (a fund's funder, its tranches,
--    statistics, priorities and consortia, an allocation's tranche and a
--    project's priorities), so no invented row can hang under, and add to
--    the totals of, a real record. Regions and NHS regions are reference
--    data shared by both worlds (every fictional council sits in a real
--    region), so links to them are exempt; lists over them take a
--    provenance filter instead.
--
-- 3. The published_* views list the columns their tables had when they
--    were made (SELECT * is expanded once), so they are made again to
--    show provenance_note.

-- +goose Up
-- +goose StatementBegin
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['region', 'nhs_region', 'ics', 'local_authority', 'organisation', 'person', 'fund',
        'fund_tranche', 'fund_statistic', 'priority', 'consortium', 'allocation', 'project', 'resource',
        'event_series', 'event']
    LOOP
        EXECUTE format('ALTER TABLE %I ADD COLUMN provenance_note text', t);
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (provenance <> %L OR btrim(coalesce(provenance_note, %L)) <> %L)',
            t, t || '_inferred_has_note', 'INFERRED', '', '');
        EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (provenance_note IS NULL OR btrim(provenance_note) <> %L)',
            t, t || '_provenance_note_present', '');
        IF t NOT IN ('region', 'nhs_region') THEN
            EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_provenance_valid');
            EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (provenance IN (%L, %L, %L))',
                t, t || '_provenance_valid', 'VERIFIED_PUBLIC', 'INFERRED', 'ILLUSTRATIVE');
        END IF;
    END LOOP;
END;
$$;
-- +goose StatementEnd

-- Real codes for every real system and council, inferred or verified.
ALTER TABLE ics DROP CONSTRAINT ics_code_matches_provenance;
ALTER TABLE ics ADD CONSTRAINT ics_code_matches_provenance CHECK (
    (provenance IN ('VERIFIED_PUBLIC', 'INFERRED') AND code ~ '^E54[0-9]{6}$')
    OR (provenance = 'ILLUSTRATIVE' AND code ~ '^X[0-9A-Z]+$'));
ALTER TABLE local_authority DROP CONSTRAINT local_authority_code_matches_provenance;
ALTER TABLE local_authority ADD CONSTRAINT local_authority_code_matches_provenance CHECK (
    (provenance IN ('VERIFIED_PUBLIC', 'INFERRED') AND code ~ '^E(06|08|09|10)[0-9]{6}$')
    OR (provenance = 'ILLUSTRATIVE' AND code ~ '^X[0-9A-Z]+$'));

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION enforce_same_provenance() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_data       jsonb := to_jsonb(NEW);
    subject_table  text := TG_ARGV[1];
    object_table   text := TG_ARGV[3];
    subject_id     bigint := (row_data ->> TG_ARGV[0])::bigint;
    object_id      bigint := (row_data ->> TG_ARGV[2])::bigint;
    subject_kind   text;
    object_kind    text;
BEGIN
    IF subject_id IS NULL OR object_id IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT provenance FROM %I WHERE id = $1', subject_table) INTO subject_kind USING subject_id;
    EXECUTE format('SELECT provenance FROM %I WHERE id = $1', object_table) INTO object_kind USING object_id;
    -- The two worlds: invented records, and real ones however sure.
    IF (subject_kind = 'ILLUSTRATIVE') IS DISTINCT FROM (object_kind = 'ILLUSTRATIVE') THEN
        RAISE EXCEPTION 'a % % (id %) may not name a % % (id %)',
                lower(subject_kind), subject_table, subject_id, lower(object_kind), object_table, object_id
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'honest_data_same_provenance',
                  TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE CONSTRAINT TRIGGER fund_funder_organisation_honest AFTER INSERT OR UPDATE ON fund
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'fund', 'funder_organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER fund_tranche_fund_honest AFTER INSERT OR UPDATE ON fund_tranche
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'fund_tranche', 'fund_id', 'fund');
CREATE CONSTRAINT TRIGGER fund_statistic_fund_honest AFTER INSERT OR UPDATE ON fund_statistic
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'fund_statistic', 'fund_id', 'fund');
CREATE CONSTRAINT TRIGGER priority_fund_honest AFTER INSERT OR UPDATE ON priority
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'priority', 'fund_id', 'fund');
CREATE CONSTRAINT TRIGGER consortium_fund_honest AFTER INSERT OR UPDATE ON consortium
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'consortium', 'fund_id', 'fund');
CREATE CONSTRAINT TRIGGER allocation_fund_tranche_honest AFTER INSERT OR UPDATE ON allocation
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'allocation', 'fund_tranche_id', 'fund_tranche');
CREATE CONSTRAINT TRIGGER project_priority_priority_honest AFTER INSERT OR UPDATE ON project_priority
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('project_id', 'project', 'priority_id', 'priority');

CREATE OR REPLACE VIEW published_project AS
    SELECT * FROM project WHERE status = 'PUBLISHED';
CREATE OR REPLACE VIEW published_resource AS
    SELECT * FROM resource WHERE status = 'PUBLISHED';
CREATE OR REPLACE VIEW published_event_series AS
    SELECT * FROM event_series WHERE status = 'PUBLISHED';
CREATE OR REPLACE VIEW published_event AS
    SELECT * FROM event WHERE status = 'PUBLISHED';
CREATE OR REPLACE VIEW published_allocation AS
    SELECT a.* FROM allocation a
    WHERE a.project_id IS NULL
       OR EXISTS (SELECT 1 FROM published_project p WHERE p.id = a.project_id);

-- +goose Down
-- Rolling back fails while any record is INFERRED (the provenance checks
-- below refuse it): such records must be replaced or removed first, since
-- the older schema has no way to say how sure they are.
DROP VIEW published_allocation;
DROP VIEW published_event;
DROP VIEW published_event_series;
DROP VIEW published_resource;
DROP VIEW published_project;

DROP TRIGGER project_priority_priority_honest ON project_priority;
DROP TRIGGER allocation_fund_tranche_honest ON allocation;
DROP TRIGGER consortium_fund_honest ON consortium;
DROP TRIGGER priority_fund_honest ON priority;
DROP TRIGGER fund_statistic_fund_honest ON fund_statistic;
DROP TRIGGER fund_tranche_fund_honest ON fund_tranche;
DROP TRIGGER fund_funder_organisation_honest ON fund;

-- +goose StatementBegin
CREATE OR REPLACE FUNCTION enforce_same_provenance() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    row_data       jsonb := to_jsonb(NEW);
    subject_table  text := TG_ARGV[1];
    object_table   text := TG_ARGV[3];
    subject_id     bigint := (row_data ->> TG_ARGV[0])::bigint;
    object_id      bigint := (row_data ->> TG_ARGV[2])::bigint;
    subject_kind   text;
    object_kind    text;
BEGIN
    IF subject_id IS NULL OR object_id IS NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('SELECT provenance FROM %I WHERE id = $1', subject_table) INTO subject_kind USING subject_id;
    EXECUTE format('SELECT provenance FROM %I WHERE id = $1', object_table) INTO object_kind USING object_id;
    IF subject_kind IS DISTINCT FROM object_kind THEN
        RAISE EXCEPTION 'a % % (id %) may not name a % % (id %)',
                lower(subject_kind), subject_table, subject_id, lower(object_kind), object_table, object_id
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'honest_data_same_provenance',
                  TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

ALTER TABLE ics DROP CONSTRAINT ics_code_matches_provenance;
ALTER TABLE ics ADD CONSTRAINT ics_code_matches_provenance CHECK (
    (provenance = 'VERIFIED_PUBLIC' AND code ~ '^E54[0-9]{6}$')
    OR (provenance = 'ILLUSTRATIVE' AND code ~ '^X[0-9A-Z]+$'));
ALTER TABLE local_authority DROP CONSTRAINT local_authority_code_matches_provenance;
ALTER TABLE local_authority ADD CONSTRAINT local_authority_code_matches_provenance CHECK (
    (provenance = 'VERIFIED_PUBLIC' AND code ~ '^E(06|08|09|10)[0-9]{6}$')
    OR (provenance = 'ILLUSTRATIVE' AND code ~ '^X[0-9A-Z]+$'));

-- +goose StatementBegin
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['region', 'nhs_region', 'ics', 'local_authority', 'organisation', 'person', 'fund',
        'fund_tranche', 'fund_statistic', 'priority', 'consortium', 'allocation', 'project', 'resource',
        'event_series', 'event']
    LOOP
        IF t NOT IN ('region', 'nhs_region') THEN
            EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_provenance_valid');
            EXECUTE format('ALTER TABLE %I ADD CONSTRAINT %I CHECK (provenance IN (%L, %L))',
                t, t || '_provenance_valid', 'VERIFIED_PUBLIC', 'ILLUSTRATIVE');
        END IF;
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_provenance_note_present');
        EXECUTE format('ALTER TABLE %I DROP CONSTRAINT %I', t, t || '_inferred_has_note');
        EXECUTE format('ALTER TABLE %I DROP COLUMN provenance_note', t);
    END LOOP;
END;
$$;
-- +goose StatementEnd

CREATE VIEW published_project AS
    SELECT * FROM project WHERE status = 'PUBLISHED';
CREATE VIEW published_resource AS
    SELECT * FROM resource WHERE status = 'PUBLISHED';
CREATE VIEW published_event_series AS
    SELECT * FROM event_series WHERE status = 'PUBLISHED';
CREATE VIEW published_event AS
    SELECT * FROM event WHERE status = 'PUBLISHED';
CREATE VIEW published_allocation AS
    SELECT a.* FROM allocation a
    WHERE a.project_id IS NULL
       OR EXISTS (SELECT 1 FROM published_project p WHERE p.id = a.project_id);
