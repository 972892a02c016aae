-- 0008: the agenda item "Uppföljning av beslut" (issue 15, point 6): a
-- meeting may have it, last on its agenda, with a § of its own that runs
-- with the items' (sqlstore/sections.go); 0 when it has none. It is a
-- column of the meeting, so the lock of a signed-off meeting
-- (meetings_signed, 0002) covers it, and the secretary writes it as any
-- other column of meetings (0004). What it reports is fixed at the
-- sign-off into the minutes record (minutes_records), the only place it
-- is kept.

ALTER TABLE meetings ADD COLUMN followup_section integer NOT NULL DEFAULT 0 CHECK (followup_section >= 0);
