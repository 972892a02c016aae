-- 0011: the justering round (issue 16, point 5). The secretary sends the
-- draft minutes to the chair and the adjuster (justering_rounds, one row a
-- meeting); each leaves notes on a § (justering_notes) that the secretary
-- closes with a reply. Once the minutes are signed off nothing here
-- changes, and a closed note never changes again.

CREATE TABLE justering_rounds (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id),
    sent_at    TEXT    NOT NULL,
    sent_by    INTEGER NOT NULL REFERENCES members (id)
);

CREATE TABLE justering_notes (
    id         INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES justering_rounds (meeting_id),
    section    INTEGER NOT NULL,
    author_id  INTEGER NOT NULL REFERENCES members (id),
    text       TEXT    NOT NULL,
    created_at TEXT    NOT NULL,
    closed     INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
    reply      TEXT    NOT NULL DEFAULT '',
    closed_by  INTEGER REFERENCES members (id),
    closed_at  TEXT
);
CREATE INDEX justering_notes_meeting ON justering_notes (meeting_id);

CREATE TRIGGER justering_rounds_signed_insert BEFORE INSERT ON justering_rounds
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER justering_rounds_signed_update BEFORE UPDATE ON justering_rounds
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER justering_rounds_signed_delete BEFORE DELETE ON justering_rounds
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER justering_notes_signed_insert BEFORE INSERT ON justering_notes
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER justering_notes_signed_update BEFORE UPDATE ON justering_notes
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER justering_notes_closed_update BEFORE UPDATE ON justering_notes
WHEN OLD.closed = 1
  OR NEW.id IS NOT OLD.id OR NEW.meeting_id IS NOT OLD.meeting_id OR NEW.section IS NOT OLD.section
  OR NEW.author_id IS NOT OLD.author_id OR NEW.text IS NOT OLD.text OR NEW.created_at IS NOT OLD.created_at
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[justering_note_locked]: an answered note cannot be changed, nor a note''s own words');
END;

CREATE TRIGGER justering_notes_delete BEFORE DELETE ON justering_notes
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[justering_note_locked]: a note on the draft minutes is never removed');
END;
