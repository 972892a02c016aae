-- 0009: the agenda item "Uppföljning av beslut" (issue 15, point 6): a
-- meeting may have it, last on its agenda, with a § of its own that runs
-- with the items' (sqlstore/sections.go); 0 when it has none. It is a
-- column of the meeting, so the lock of a signed-off meeting
-- (meetings_signed_update, 0002) covers it. What it reports is fixed at
-- the sign-off into the minutes record (minutes_records, 0005), the only
-- place it is kept.

ALTER TABLE meetings ADD COLUMN followup_section INTEGER NOT NULL DEFAULT 0 CHECK (followup_section >= 0);
