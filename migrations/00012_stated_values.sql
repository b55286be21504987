-- Store what the sources state, and no more.
--
-- 1. A day known only to a range. SCIE's report "Embracing change" was
--    launched during Co-production Week 2025 (30 June to 4 July); the day
--    itself was not made public. A resource's publication is therefore
--    two days, the earliest and the latest it can have been: equal when
--    the day is known. published_on becomes published_earliest (so the
--    indexes on it follow, including the covering type index of 00009,
--    which lists, counts and orders resources without visiting the table)
--    and published_latest is added. Lists order and filter by the
--    earliest possible day.
-- 2. An event's delivery mode may be unknown: NULL, where the source does
--    not say how people attend.
-- 3. An event may carry what its source says of its sessions without
--    naming them: how many workshops it had and the themes they explored.
--    SCIE's page for the 2025 conference counts six workshops exploring
--    four themes, and names no workshop.
--
-- The published views select every column of their table, so they are made
-- again to show the new and renamed ones.

-- +goose Up
DROP VIEW published_resource;
ALTER TABLE resource RENAME COLUMN published_on TO published_earliest;
ALTER INDEX resource_published_on_idx RENAME TO resource_published_earliest_idx;
ALTER TABLE resource ADD COLUMN published_latest date;
-- Filling the new column is not an edit of the resources: keep their
-- updated_at as it was.
ALTER TABLE resource DISABLE TRIGGER resource_updated_at;
UPDATE resource SET published_latest = published_earliest WHERE published_earliest IS NOT NULL;
ALTER TABLE resource ENABLE TRIGGER resource_updated_at;
ALTER TABLE resource
    ADD CONSTRAINT resource_published_range_complete CHECK ((published_earliest IS NULL) = (published_latest IS NULL)),
    ADD CONSTRAINT resource_published_range_ordered CHECK (published_latest >= published_earliest);
CREATE VIEW published_resource AS
    SELECT * FROM resource WHERE status = 'PUBLISHED';

ALTER TABLE event ALTER COLUMN delivery_mode DROP NOT NULL;
ALTER TABLE event
    ADD COLUMN workshop_count integer CONSTRAINT event_workshop_count_positive CHECK (workshop_count > 0),
    ADD COLUMN themes text[] NOT NULL DEFAULT '{}'
        CONSTRAINT event_themes_present CHECK (array_position(themes, NULL) IS NULL AND NOT ('' = ANY (themes)));
CREATE OR REPLACE VIEW published_event AS
    SELECT * FROM event WHERE status = 'PUBLISHED';

-- +goose Down
-- Going back needs a day and a delivery mode on every row: it fails while
-- a published resource is dated only to a range or an event's delivery
-- mode is unknown, rather than make either up.
DROP VIEW published_event;
ALTER TABLE event DROP COLUMN themes, DROP COLUMN workshop_count;
ALTER TABLE event ALTER COLUMN delivery_mode SET NOT NULL;
CREATE VIEW published_event AS
    SELECT * FROM event WHERE status = 'PUBLISHED';

DROP VIEW published_resource;
ALTER TABLE resource ADD CONSTRAINT resource_published_day_known CHECK (published_latest = published_earliest);
ALTER TABLE resource DROP CONSTRAINT resource_published_day_known,
    DROP CONSTRAINT resource_published_range_ordered,
    DROP CONSTRAINT resource_published_range_complete,
    DROP COLUMN published_latest;
ALTER INDEX resource_published_earliest_idx RENAME TO resource_published_on_idx;
ALTER TABLE resource RENAME COLUMN published_earliest TO published_on;
CREATE VIEW published_resource AS
    SELECT * FROM resource WHERE status = 'PUBLISHED';
