-- The topic tree as a closure table: one row for every topic paired with
-- itself and with each topic beneath it, at any depth. A filter on a theme
-- ("projects filed under unpaid carers") becomes a join on an indexed
-- table instead of a recursive query, so its plan does not depend on which
-- theme is asked for.
--
-- The table is derived: a statement-level trigger rebuilds it whenever
-- topics are added, moved or removed (the taxonomy is a few dozen rows and
-- changes rarely). The rebuild also refuses a topic filed beneath itself,
-- which would make the tree a loop.

-- +goose Up
CREATE TABLE topic_closure (
    ancestor_id   bigint NOT NULL CONSTRAINT topic_closure_ancestor_fkey REFERENCES topic (id) ON DELETE CASCADE,
    descendant_id bigint NOT NULL CONSTRAINT topic_closure_descendant_fkey REFERENCES topic (id) ON DELETE CASCADE,
    depth         integer NOT NULL,
    CONSTRAINT topic_closure_pkey PRIMARY KEY (ancestor_id, descendant_id)
);
CREATE INDEX topic_closure_descendant_idx ON topic_closure (descendant_id, ancestor_id);

-- +goose StatementBegin
CREATE FUNCTION rebuild_topic_closure() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        WITH RECURSIVE up (id, parent_id, start_id, steps) AS (
            SELECT id, parent_id, id, 0 FROM topic
            UNION ALL
            SELECT t.id, t.parent_id, up.start_id, up.steps + 1
            FROM up JOIN topic t ON t.id = up.parent_id
            WHERE up.steps < 1000 AND t.id <> up.start_id
        )
        SELECT 1 FROM up JOIN topic t ON t.id = up.parent_id WHERE t.id = up.start_id
    ) THEN
        RAISE EXCEPTION 'a topic cannot be filed beneath itself'
            USING ERRCODE = 'check_violation', CONSTRAINT = 'topic_tree_acyclic', TABLE = 'topic';
    END IF;
    DELETE FROM topic_closure;
    INSERT INTO topic_closure (ancestor_id, descendant_id, depth)
    WITH RECURSIVE tree (ancestor_id, descendant_id, depth) AS (
        SELECT id, id, 0 FROM topic
        UNION ALL
        SELECT tree.ancestor_id, child.id, tree.depth + 1
        FROM tree JOIN topic child ON child.parent_id = tree.descendant_id
    )
    SELECT ancestor_id, descendant_id, depth FROM tree;
    RETURN NULL;
END;
$$;
-- +goose StatementEnd

CREATE TRIGGER topic_closure_rebuild
    AFTER INSERT OR DELETE OR UPDATE OF id, parent_id OR TRUNCATE ON topic
    FOR EACH STATEMENT EXECUTE FUNCTION rebuild_topic_closure();

INSERT INTO topic_closure (ancestor_id, descendant_id, depth)
WITH RECURSIVE tree (ancestor_id, descendant_id, depth) AS (
    SELECT id, id, 0 FROM topic
    UNION ALL
    SELECT tree.ancestor_id, child.id, tree.depth + 1
    FROM tree JOIN topic child ON child.parent_id = tree.descendant_id
)
SELECT ancestor_id, descendant_id, depth FROM tree;

DROP VIEW topic_tree;

-- +goose Down
CREATE VIEW topic_tree AS
    WITH RECURSIVE tree (ancestor_id, descendant_id) AS (
        SELECT id, id FROM topic
        UNION ALL
        SELECT tree.ancestor_id, child.id
        FROM tree JOIN topic child ON child.parent_id = tree.descendant_id
    )
    SELECT ancestor_id, descendant_id FROM tree;
DROP TRIGGER topic_closure_rebuild ON topic;
DROP FUNCTION rebuild_topic_closure();
DROP TABLE topic_closure;
