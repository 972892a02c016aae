-- 0006: the meeting's signed protocol (issue 12, point 2). One PDF per
-- signed-off meeting: the minutes as the frozen record renders them, with
-- the chair's and the adjuster's signatures added in turn, each as an
-- incremental update. A new version only extends the stored bytes (they
-- are its first bytes); the row is never replaced or removed. sha256 is
-- the blob's, which Check compares.

CREATE TABLE protocols (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings (id),
    pdf        BLOB    NOT NULL CHECK (length(pdf) > 0),
    sha256     TEXT    NOT NULL CHECK (length(sha256) = 64),
    updated_at TEXT    NOT NULL
);

CREATE TRIGGER protocols_insert BEFORE INSERT ON protocols
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[protocol_not_signed_off]: only a signed-off meeting has a protocol');
END;

CREATE TRIGGER protocols_update BEFORE UPDATE ON protocols
WHEN NEW.meeting_id IS NOT OLD.meeting_id
  OR typeof(NEW.pdf) IS NOT 'blob'
  OR length(NEW.pdf) <= length(OLD.pdf)
  OR substr(NEW.pdf, 1, length(OLD.pdf)) IS NOT OLD.pdf
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[protocol_not_extension]: the protocol can only be extended by a signature');
END;

CREATE TRIGGER protocols_delete BEFORE DELETE ON protocols
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[protocol_not_extension]: the protocol can only be extended by a signature');
END;
