-- Change notifications: every write to a table the API reads sends a
-- NOTIFY on the channel learning_api_changes naming what changed, so that
-- every API process can drop the cached responses built from it, however
-- the write was made (the API, a migration, psql).
--
-- The payload is a space-separated list of tags, the same tags the API puts
-- on cached responses (and in their Surrogate-Key header):
--   project            the table changed: any list of projects may change;
--   project:12         this record changed (one tag per row, up to 50);
--   project:*          more than 50 rows changed: every record may have.
-- Link tables (project_topic...) send only their own name.
--
-- Triggers fire once per statement, so a bulk load sends one notification
-- per statement, not one per row.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION notify_changed_records() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    changed bigint;
    ids     text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT count(*), string_agg(TG_TABLE_NAME || ':' || id, ' ') INTO changed, ids
        FROM (SELECT id FROM new_rows LIMIT 51) r;
    ELSIF TG_OP = 'UPDATE' THEN
        SELECT count(*), string_agg(TG_TABLE_NAME || ':' || id, ' ') INTO changed, ids
        FROM (SELECT id FROM new_rows UNION SELECT id FROM old_rows LIMIT 51) r;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT count(*), string_agg(TG_TABLE_NAME || ':' || id, ' ') INTO changed, ids
        FROM (SELECT id FROM old_rows LIMIT 51) r;
    ELSE -- TRUNCATE
        changed := 51;
    END IF;
    IF changed = 0 THEN
        RETURN NULL;
    END IF;
    IF changed > 50 THEN
        ids := TG_TABLE_NAME || ':*';
    END IF;
    PERFORM pg_notify('learning_api_changes', TG_TABLE_NAME || ' ' || ids);
    RETURN NULL;
END;
$$;

CREATE FUNCTION notify_changed_table() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('learning_api_changes', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['source', 'region', 'nhs_region', 'ics', 'local_authority', 'organisation', 'person',
        'topic', 'fund', 'fund_tranche', 'fund_statistic', 'priority', 'consortium', 'allocation', 'project',
        'resource', 'event_series', 'event']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_records()', t || '_notify_insert', t);
        EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
            FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_records()', t || '_notify_update', t);
        EXECUTE format('CREATE TRIGGER %I AFTER DELETE ON %I REFERENCING OLD TABLE AS old_rows
            FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_records()', t || '_notify_delete', t);
        EXECUTE format('CREATE TRIGGER %I AFTER TRUNCATE ON %I
            FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_records()', t || '_notify_truncate', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['ics_local_authority', 'consortium_member', 'project_partner', 'project_topic',
        'project_priority', 'resource_topic', 'resource_project', 'resource_author', 'event_speaker', 'event_topic',
        'event_project', 'resource_event', 'topic_closure']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
            FOR EACH STATEMENT EXECUTE FUNCTION notify_changed_table()', t || '_notify', t);
    END LOOP;
END;
$$;
-- +goose StatementEnd

-- +goose Down
-- +goose StatementBegin
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['source', 'region', 'nhs_region', 'ics', 'local_authority', 'organisation', 'person',
        'topic', 'fund', 'fund_tranche', 'fund_statistic', 'priority', 'consortium', 'allocation', 'project',
        'resource', 'event_series', 'event']
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_notify_insert', t);
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_notify_update', t);
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_notify_delete', t);
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_notify_truncate', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['ics_local_authority', 'consortium_member', 'project_partner', 'project_topic',
        'project_priority', 'resource_topic', 'resource_project', 'resource_author', 'event_speaker', 'event_topic',
        'event_project', 'resource_event', 'topic_closure']
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %I', t || '_notify', t);
    END LOOP;
END;
$$;
-- +goose StatementEnd
DROP FUNCTION notify_changed_table();
DROP FUNCTION notify_changed_records();
