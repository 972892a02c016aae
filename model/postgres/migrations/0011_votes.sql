-- 0011: votes, quorum and attendance from § to § (issue 17).
--
-- An attendee who arrived late or left early is present from § from_section
-- to § to_section; 0 means from the start and to the end. A decision taken
-- by an open vote keeps it in vote ('null' when there was none). The lock
-- triggers of 0002 cover the new columns as they cover the rest of their
-- rows. group_rules holds the group's rules of procedure (quorum, the
-- chair's casting vote) as one row; like the meetings, only the secretary
-- writes it (styrgrupp_grant gives every table outside the member tables
-- to the secretary).
ALTER TABLE attendees ADD COLUMN from_section integer NOT NULL DEFAULT 0 CHECK (from_section >= 0);
ALTER TABLE attendees ADD COLUMN to_section integer NOT NULL DEFAULT 0 CHECK (to_section >= 0);
ALTER TABLE decisions ADD COLUMN vote jsonb NOT NULL DEFAULT 'null';

CREATE TABLE group_rules (
    id    integer PRIMARY KEY CHECK (id = 1),
    rules jsonb   NOT NULL
);

SELECT styrgrupp_grant();
