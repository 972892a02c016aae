-- Votes, quorum and attendance from § to § (issue 17).
--
-- An attendee who arrived late or left early is present from § from_section
-- to § to_section; 0 means from the start and to the end. A decision taken
-- by an open vote keeps it in vote as JSON ('null' when there was none).
-- The lock triggers of 0002 cover the new columns as they cover the rest
-- of their rows. group_rules holds the group's rules of procedure (quorum,
-- the chair's casting vote) as one row of JSON.
ALTER TABLE attendees ADD COLUMN from_section INTEGER NOT NULL DEFAULT 0 CHECK (from_section >= 0);
ALTER TABLE attendees ADD COLUMN to_section INTEGER NOT NULL DEFAULT 0 CHECK (to_section >= 0);
ALTER TABLE decisions ADD COLUMN vote TEXT NOT NULL DEFAULT 'null' CHECK (json_valid(vote));

CREATE TABLE group_rules (
    id    INTEGER PRIMARY KEY CHECK (id = 1),
    rules TEXT    NOT NULL CHECK (json_valid(rules))
);
