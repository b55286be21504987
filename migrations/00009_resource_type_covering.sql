-- Resources by type, answered from the index alone.
--
-- The website lists resources by type (case studies, learning notes,
-- toolkits) for an audience, newest first, with a total. That needs every
-- matching resource's id, publication date, status and audiences; with
-- those in the type index, PostgreSQL counts and orders the matches
-- without visiting the table (an index-only scan, once VACUUM has marked
-- the pages visible; the seed runs it, autovacuum keeps it so).
--
-- The GIN index on audiences goes: there are eight audiences and each is
-- on a large share of resources, so the index never narrows much, and a
-- kept generic plan, which assumes an array condition matches 1% of rows,
-- chose it and then visited the table page of every match. Audiences are
-- checked from the type index instead, or, for a list with no type, from
-- a scan of resources that are mostly matches anyway.

-- +goose Up
DROP INDEX resource_type_idx;
DROP INDEX resource_audiences_idx;
CREATE INDEX resource_type_covering_idx ON resource (type) INCLUDE (id, published_on, status, audiences);

-- +goose Down
DROP INDEX resource_type_covering_idx;
CREATE INDEX resource_audiences_idx ON resource USING gin (audiences);
CREATE INDEX resource_type_idx ON resource (type);
