-- 0002: what is signed off stays as it was signed off (DESIGN.md §3), and
-- the audit log only grows. These triggers refuse the change whoever makes
-- it: the store, the command line or plain SQL. They look at the meeting's
-- signed_off_at as it is before the statement, so the store's own sign-off
-- can set it as its last write.

CREATE TRIGGER meetings_signed_update BEFORE UPDATE ON meetings
WHEN OLD.signed_off_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER meetings_signed_delete BEFORE DELETE ON meetings
WHEN OLD.signed_off_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER attendees_signed_insert BEFORE INSERT ON attendees
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER attendees_signed_update BEFORE UPDATE ON attendees
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER attendees_signed_delete BEFORE DELETE ON attendees
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER items_signed_insert BEFORE INSERT ON items
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER items_signed_update BEFORE UPDATE ON items
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER items_signed_delete BEFORE DELETE ON items
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER sign_offs_signed_insert BEFORE INSERT ON sign_offs
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER sign_offs_signed_update BEFORE UPDATE ON sign_offs
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER sign_offs_signed_delete BEFORE DELETE ON sign_offs
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER decisions_signed_insert BEFORE INSERT ON decisions
WHEN (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = NEW.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER decisions_signed_update BEFORE UPDATE ON decisions
WHEN (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = OLD.item_id) IS NOT NULL
  OR (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = NEW.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER decisions_signed_delete BEFORE DELETE ON decisions
WHEN (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = OLD.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

-- A revision is history: it is never rewritten. One that a signed-off
-- decision names is not deleted either.
CREATE TRIGGER revisions_update BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: a revision cannot be changed');
END;

CREATE TRIGGER revisions_signed_delete BEFORE DELETE ON revisions
WHEN EXISTS (SELECT 1 FROM decisions d
             JOIN items i ON i.id = d.item_id
             JOIN meetings m ON m.id = i.meeting_id
             WHERE d.proposal_id = OLD.proposal_id AND d.revision = OLD.number
               AND m.signed_off_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER audit_log_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp: the audit log cannot be changed');
END;
