-- 0005: the minutes as they were signed off (DESIGN.md §3). At the second
-- sign-off the store freezes the meeting into one canonical record
-- (model.FrozenMinutes), whose SHA-256 is the minutes fingerprint; the
-- same fingerprint is in the meeting.signed_off audit row, and audit_seq
-- and audit_hash are that row's, so that rows cut off the log after it
-- are found by Check. A sign-off also records the full SHA-256 of the
-- certificate it was made with ('' when none, or made before this).

ALTER TABLE sign_offs ADD COLUMN cert_sha256 TEXT NOT NULL DEFAULT '';

CREATE TABLE minutes_records (
    meeting_id  INTEGER PRIMARY KEY REFERENCES meetings (id),
    record      TEXT    NOT NULL CHECK (json_valid(record)),
    fingerprint TEXT    NOT NULL CHECK (length(fingerprint) = 64),
    audit_seq   INTEGER NOT NULL CHECK (audit_seq >= 1),
    audit_hash  TEXT    NOT NULL CHECK (length(audit_hash) = 64)
);

-- The record is written once, just before the meeting's signed_off_at,
-- and never changed or removed.
CREATE TRIGGER minutes_records_insert BEFORE INSERT ON minutes_records
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER minutes_records_update BEFORE UPDATE ON minutes_records
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER minutes_records_delete BEFORE DELETE ON minutes_records
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;
