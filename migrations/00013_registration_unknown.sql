-- An event's registration status may be unknown: NULL, where the source
-- does not say whether or how people signed up. SCIE's page for
-- Co-production Week 2025 gives the sessions' times and themes but says
-- nothing about sign-up, so "closed" would be our reasoning, not its words.

-- +goose Up
ALTER TABLE event ALTER COLUMN registration_status DROP NOT NULL;

-- +goose Down
-- Going back needs a status on every row: it fails while one is unknown,
-- rather than make one up.
ALTER TABLE event ALTER COLUMN registration_status SET NOT NULL;
