-- A content record's version moves with every change, whoever makes it: an
-- edit made with SQL (or a data fix) moves it too, so an editor's update
-- based on the version read before it is refused as a conflict instead of
-- silently overwriting it. An update that moves the version itself (the
-- API's) is left as it is.

-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION bump_version() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.version = OLD.version AND NEW IS DISTINCT FROM OLD THEN
        NEW.version := OLD.version + 1;
    END IF;
    RETURN NEW;
END;
$$;
-- +goose StatementEnd
CREATE TRIGGER project_version BEFORE UPDATE ON project FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER resource_version BEFORE UPDATE ON resource FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER event_series_version BEFORE UPDATE ON event_series FOR EACH ROW EXECUTE FUNCTION bump_version();
CREATE TRIGGER event_version BEFORE UPDATE ON event FOR EACH ROW EXECUTE FUNCTION bump_version();

-- +goose Down
DROP TRIGGER event_version ON event;
DROP TRIGGER event_series_version ON event_series;
DROP TRIGGER resource_version ON resource;
DROP TRIGGER project_version ON project;
DROP FUNCTION bump_version();
