-- Honest sample data, enforced by the database. Two rules:
--
-- 1. When one fact-bearing record names another (a project its lead or a
--    partner, an event its speakers, a resource its related projects...),
--    both must have the same provenance. So an ILLUSTRATIVE project can
--    never name a real council, consortium or person, and a verified record
--    never points at an invented one.
-- 2. A record's provenance is fixed once written; correcting it means
--    replacing the record, so rule 1 can never be side-stepped by an update.
--
-- Both raise check_violation naming the constraint
-- honest_data_same_provenance or honest_data_provenance_fixed, so the
-- store (store.Classify) can tell them from other failures without
-- reading the message.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION enforce_same_provenance() RETURNS trigger
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

-- +goose StatementBegin
CREATE FUNCTION keep_provenance_fixed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.provenance IS DISTINCT FROM OLD.provenance THEN
        RAISE EXCEPTION 'the provenance of % % cannot change from % to %',
                TG_TABLE_NAME, OLD.id, OLD.provenance, NEW.provenance
            USING ERRCODE = 'check_violation',
                  CONSTRAINT = 'honest_data_provenance_fixed',
                  TABLE = TG_TABLE_NAME;
    END IF;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER ics_provenance_fixed BEFORE UPDATE OF provenance ON ics FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER local_authority_provenance_fixed BEFORE UPDATE OF provenance ON local_authority FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER organisation_provenance_fixed BEFORE UPDATE OF provenance ON organisation FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER person_provenance_fixed BEFORE UPDATE OF provenance ON person FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER fund_provenance_fixed BEFORE UPDATE OF provenance ON fund FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER fund_tranche_provenance_fixed BEFORE UPDATE OF provenance ON fund_tranche FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER fund_statistic_provenance_fixed BEFORE UPDATE OF provenance ON fund_statistic FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER priority_provenance_fixed BEFORE UPDATE OF provenance ON priority FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER consortium_provenance_fixed BEFORE UPDATE OF provenance ON consortium FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER allocation_provenance_fixed BEFORE UPDATE OF provenance ON allocation FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER project_provenance_fixed BEFORE UPDATE OF provenance ON project FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER resource_provenance_fixed BEFORE UPDATE OF provenance ON resource FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER event_series_provenance_fixed BEFORE UPDATE OF provenance ON event_series FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();
CREATE TRIGGER event_provenance_fixed BEFORE UPDATE OF provenance ON event FOR EACH ROW EXECUTE FUNCTION keep_provenance_fixed();

CREATE CONSTRAINT TRIGGER ics_local_authority_local_authority_honest AFTER INSERT OR UPDATE ON ics_local_authority
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('ics_id', 'ics', 'local_authority_id', 'local_authority');
CREATE CONSTRAINT TRIGGER organisation_local_authority_honest AFTER INSERT OR UPDATE ON organisation
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'organisation', 'local_authority_id', 'local_authority');
CREATE CONSTRAINT TRIGGER organisation_ics_honest AFTER INSERT OR UPDATE ON organisation
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'organisation', 'ics_id', 'ics');
CREATE CONSTRAINT TRIGGER person_organisation_honest AFTER INSERT OR UPDATE ON person
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'person', 'organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER consortium_ics_honest AFTER INSERT OR UPDATE ON consortium
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'consortium', 'ics_id', 'ics');
CREATE CONSTRAINT TRIGGER consortium_lead_organisation_honest AFTER INSERT OR UPDATE ON consortium
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'consortium', 'lead_organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER consortium_member_organisation_honest AFTER INSERT OR UPDATE ON consortium_member
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('consortium_id', 'consortium', 'organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER project_consortium_honest AFTER INSERT OR UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'project', 'consortium_id', 'consortium');
CREATE CONSTRAINT TRIGGER project_lead_organisation_honest AFTER INSERT OR UPDATE ON project
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'project', 'lead_organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER project_partner_organisation_honest AFTER INSERT OR UPDATE ON project_partner
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('project_id', 'project', 'organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER allocation_consortium_honest AFTER INSERT OR UPDATE ON allocation
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'allocation', 'consortium_id', 'consortium');
CREATE CONSTRAINT TRIGGER allocation_project_honest AFTER INSERT OR UPDATE ON allocation
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'allocation', 'project_id', 'project');
CREATE CONSTRAINT TRIGGER resource_publisher_organisation_honest AFTER INSERT OR UPDATE ON resource
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'resource', 'publisher_organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER resource_author_person_honest AFTER INSERT OR UPDATE ON resource_author
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('resource_id', 'resource', 'person_id', 'person');
CREATE CONSTRAINT TRIGGER resource_project_project_honest AFTER INSERT OR UPDATE ON resource_project
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('resource_id', 'resource', 'project_id', 'project');
CREATE CONSTRAINT TRIGGER resource_event_event_honest AFTER INSERT OR UPDATE ON resource_event
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('resource_id', 'resource', 'event_id', 'event');
CREATE CONSTRAINT TRIGGER event_series_host_organisation_honest AFTER INSERT OR UPDATE ON event_series
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'event_series', 'host_organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER event_series_honest AFTER INSERT OR UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'event', 'series_id', 'event_series');
CREATE CONSTRAINT TRIGGER event_parent_honest AFTER INSERT OR UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'event', 'parent_id', 'event');
CREATE CONSTRAINT TRIGGER event_host_organisation_honest AFTER INSERT OR UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'event', 'host_organisation_id', 'organisation');
CREATE CONSTRAINT TRIGGER event_recording_resource_honest AFTER INSERT OR UPDATE ON event
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('id', 'event', 'recording_resource_id', 'resource');
CREATE CONSTRAINT TRIGGER event_speaker_person_honest AFTER INSERT OR UPDATE ON event_speaker
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('event_id', 'event', 'person_id', 'person');
CREATE CONSTRAINT TRIGGER event_project_project_honest AFTER INSERT OR UPDATE ON event_project
    FOR EACH ROW EXECUTE FUNCTION enforce_same_provenance('event_id', 'event', 'project_id', 'project');

-- +goose Down
DROP TRIGGER ics_local_authority_local_authority_honest ON ics_local_authority;
DROP TRIGGER organisation_local_authority_honest ON organisation;
DROP TRIGGER organisation_ics_honest ON organisation;
DROP TRIGGER person_organisation_honest ON person;
DROP TRIGGER consortium_ics_honest ON consortium;
DROP TRIGGER consortium_lead_organisation_honest ON consortium;
DROP TRIGGER consortium_member_organisation_honest ON consortium_member;
DROP TRIGGER project_consortium_honest ON project;
DROP TRIGGER project_lead_organisation_honest ON project;
DROP TRIGGER project_partner_organisation_honest ON project_partner;
DROP TRIGGER allocation_consortium_honest ON allocation;
DROP TRIGGER allocation_project_honest ON allocation;
DROP TRIGGER resource_publisher_organisation_honest ON resource;
DROP TRIGGER resource_author_person_honest ON resource_author;
DROP TRIGGER resource_project_project_honest ON resource_project;
DROP TRIGGER resource_event_event_honest ON resource_event;
DROP TRIGGER event_series_host_organisation_honest ON event_series;
DROP TRIGGER event_series_honest ON event;
DROP TRIGGER event_parent_honest ON event;
DROP TRIGGER event_host_organisation_honest ON event;
DROP TRIGGER event_recording_resource_honest ON event;
DROP TRIGGER event_speaker_person_honest ON event_speaker;
DROP TRIGGER event_project_project_honest ON event_project;
DROP TRIGGER ics_provenance_fixed ON ics;
DROP TRIGGER local_authority_provenance_fixed ON local_authority;
DROP TRIGGER organisation_provenance_fixed ON organisation;
DROP TRIGGER person_provenance_fixed ON person;
DROP TRIGGER fund_provenance_fixed ON fund;
DROP TRIGGER fund_tranche_provenance_fixed ON fund_tranche;
DROP TRIGGER fund_statistic_provenance_fixed ON fund_statistic;
DROP TRIGGER priority_provenance_fixed ON priority;
DROP TRIGGER consortium_provenance_fixed ON consortium;
DROP TRIGGER allocation_provenance_fixed ON allocation;
DROP TRIGGER project_provenance_fixed ON project;
DROP TRIGGER resource_provenance_fixed ON resource;
DROP TRIGGER event_series_provenance_fixed ON event_series;
DROP TRIGGER event_provenance_fixed ON event;
DROP FUNCTION keep_provenance_fixed();
DROP FUNCTION enforce_same_provenance();
