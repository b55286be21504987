-- Allocations made for one project are as visible as that project: an
-- allocation to a draft project would otherwise reveal the project (its
-- note, its money) before it is published. Allocations to a consortium as
-- a whole are always visible.

-- +goose Up
CREATE VIEW published_allocation AS
    SELECT a.* FROM allocation a
    WHERE a.project_id IS NULL
       OR EXISTS (SELECT 1 FROM published_project p WHERE p.id = a.project_id);

-- +goose Down
DROP VIEW published_allocation;
