-- The visibility rule, in one place: what the public API may read. Every
-- public query reads content through these views, never the base tables,
-- so a draft cannot leak through a list, a look-up, a relation or a count.
-- When the publishing workflow adds scheduling, only these views change.

-- +goose Up
CREATE VIEW published_project AS
    SELECT * FROM project WHERE status = 'PUBLISHED';
CREATE VIEW published_resource AS
    SELECT * FROM resource WHERE status = 'PUBLISHED';
CREATE VIEW published_event_series AS
    SELECT * FROM event_series WHERE status = 'PUBLISHED';
CREATE VIEW published_event AS
    SELECT * FROM event WHERE status = 'PUBLISHED';

-- Every topic paired with itself and each topic beneath it, so that a
-- filter on a theme also matches records filed under its topics.
CREATE VIEW topic_tree AS
    WITH RECURSIVE tree (ancestor_id, descendant_id) AS (
        SELECT id, id FROM topic
        UNION ALL
        SELECT tree.ancestor_id, child.id
        FROM tree JOIN topic child ON child.parent_id = tree.descendant_id
    )
    SELECT ancestor_id, descendant_id FROM tree;

-- +goose Down
DROP VIEW topic_tree;
DROP VIEW published_event;
DROP VIEW published_event_series;
DROP VIEW published_resource;
DROP VIEW published_project;
