-- 0002: what is signed off stays as it was signed off (DESIGN.md §3), and
-- the audit log only grows. These triggers refuse the change whoever makes
-- it: the store, the command line or plain SQL. They look at the meeting's
-- signed_off_at as it is before the statement, so the store's own sign-off
-- can set it as its last write.
--
-- Each message begins with styrgrupp[KEY], KEY being the message key the
-- store reports the refusal with (meeting_locked, revision_locked,
-- proposal_locked, audit_locked). Messages are plain literals: an
-- expression in RAISE needs SQLite 3.48, and an older sqlite3 shell could
-- then not read the schema at all.

CREATE TRIGGER meetings_signed_update BEFORE UPDATE ON meetings
WHEN OLD.signed_off_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER meetings_signed_delete BEFORE DELETE ON meetings
WHEN OLD.signed_off_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER attendees_signed_insert BEFORE INSERT ON attendees
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER attendees_signed_update BEFORE UPDATE ON attendees
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER attendees_signed_delete BEFORE DELETE ON attendees
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER items_signed_insert BEFORE INSERT ON items
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER items_signed_update BEFORE UPDATE ON items
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER items_signed_delete BEFORE DELETE ON items
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER sign_offs_signed_insert BEFORE INSERT ON sign_offs
WHEN (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER sign_offs_signed_update BEFORE UPDATE ON sign_offs
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
  OR (SELECT signed_off_at FROM meetings WHERE id = NEW.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER sign_offs_signed_delete BEFORE DELETE ON sign_offs
WHEN (SELECT signed_off_at FROM meetings WHERE id = OLD.meeting_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER decisions_signed_insert BEFORE INSERT ON decisions
WHEN (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = NEW.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER decisions_signed_update BEFORE UPDATE ON decisions
WHEN (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = OLD.item_id) IS NOT NULL
  OR (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = NEW.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

CREATE TRIGGER decisions_signed_delete BEFORE DELETE ON decisions
WHEN (SELECT m.signed_off_at FROM items i JOIN meetings m ON m.id = i.meeting_id
      WHERE i.id = OLD.item_id) IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[meeting_locked]: the minutes are signed off and cannot be changed');
END;

-- A revision is history: it is never rewritten. One that a signed-off
-- decision names is not deleted either.
CREATE TRIGGER revisions_update BEFORE UPDATE ON revisions
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[revision_locked]: a revision cannot be changed');
END;

CREATE TRIGGER revisions_signed_delete BEFORE DELETE ON revisions
WHEN EXISTS (SELECT 1 FROM decisions d
             JOIN items i ON i.id = d.item_id
             JOIN meetings m ON m.id = i.meeting_id
             WHERE d.proposal_id = OLD.proposal_id AND d.revision = OLD.number
               AND m.signed_off_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[revision_locked]: a revision that signed-off minutes name cannot be changed');
END;

CREATE TRIGGER audit_log_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[audit_locked]: the audit log cannot be changed');
END;

CREATE TRIGGER audit_log_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[audit_locked]: the audit log cannot be changed');
END;

CREATE TRIGGER audit_head_delete BEFORE DELETE ON audit_head
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[audit_locked]: the audit log cannot be changed');
END;

-- The head only moves forward, to a row that is there.
CREATE TRIGGER audit_head_update BEFORE UPDATE ON audit_head
WHEN NEW.seq <= OLD.seq
  OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash)
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[audit_locked]: the audit log cannot be changed');
END;

-- A proposal whose latest decision (in the order of the meetings, then of
-- the decisions) is final and signed off is locked: its content, its ref
-- and kind, the revision that is current and the row itself stay as they
-- are. The store only ever changes status, outcome, returned_at and the
-- updated_* stamps of such a proposal, which stay open.
CREATE TRIGGER proposals_locked_update
BEFORE UPDATE OF ref, kind, title, summary, description, rationale, evidence, risk_factors,
    protective_factors, problem_areas, prevention_level, target_group, responsible, partners,
    start_date, end_date, cost_ore, funding, revision ON proposals
WHEN (SELECT CASE WHEN m.signed_off_at IS NULL THEN '' ELSE d.outcome END
      FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = OLD.id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1)
     IN ('approved', 'approved_with_conditions', 'rejected', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[proposal_locked]: the proposal has a signed-off decision and cannot be changed');
END;

CREATE TRIGGER proposals_locked_delete BEFORE DELETE ON proposals
WHEN (SELECT CASE WHEN m.signed_off_at IS NULL THEN '' ELSE d.outcome END
      FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = OLD.id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1)
     IN ('approved', 'approved_with_conditions', 'rejected', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[proposal_locked]: the proposal has a signed-off decision and cannot be changed');
END;
