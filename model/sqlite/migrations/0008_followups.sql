-- 0008: the follow-up of an approved intervention in the window (issue 15,
-- point 2): who is responsible, when the group reviews it, which of the
-- approval's conditions are met, and notes from any member.
--
-- A note is a record: it belongs to the proposal (members add notes to a
-- follow-up the secretary has not yet opened) and is never changed or
-- removed. followup_notes is made again for its new reference; its rows
-- are kept.
--
-- Every follow-up row is written only while the proposal's latest
-- decision approves it: a later decision that does not (a correction at a
-- later meeting) locks the follow-up as it stands (followup_locked).

ALTER TABLE followups ADD COLUMN responsible TEXT NOT NULL DEFAULT '';
ALTER TABLE followups ADD COLUMN review_date TEXT NOT NULL DEFAULT '';

-- The conditions met, by their position (1, 2, …) in the approving
-- decision's conditions (model.SplitConditions); a condition not met has
-- no row.
CREATE TABLE followup_conditions (
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    position    INTEGER NOT NULL CHECK (position >= 1),
    met_on      TEXT    NOT NULL,
    met_by      INTEGER NOT NULL REFERENCES members (id),
    PRIMARY KEY (proposal_id, position)
);

CREATE TABLE followup_notes_new (
    id          INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals (id),
    date        TEXT    NOT NULL,
    author_id   INTEGER REFERENCES members (id),
    text        TEXT    NOT NULL
);
INSERT INTO followup_notes_new (id, proposal_id, date, author_id, text)
    SELECT id, proposal_id, date, author_id, text FROM followup_notes;
DROP TABLE followup_notes;
ALTER TABLE followup_notes_new RENAME TO followup_notes;
CREATE INDEX followup_notes_proposal ON followup_notes (proposal_id);

CREATE TRIGGER followup_notes_update BEFORE UPDATE ON followup_notes
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_note_locked]: a saved note cannot be changed or removed');
END;

CREATE TRIGGER followup_notes_delete BEFORE DELETE ON followup_notes
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_note_locked]: a saved note cannot be changed or removed');
END;

CREATE TRIGGER followup_notes_locked BEFORE INSERT ON followup_notes
WHEN coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = NEW.proposal_id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
     NOT IN ('approved', 'approved_with_conditions')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a later decision holds for the proposal: the follow-up cannot be changed');
END;

CREATE TRIGGER followups_locked_insert BEFORE INSERT ON followups
WHEN coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = NEW.proposal_id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
     NOT IN ('approved', 'approved_with_conditions')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a later decision holds for the proposal: the follow-up cannot be changed');
END;

CREATE TRIGGER followups_locked_update BEFORE UPDATE ON followups
WHEN coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = OLD.proposal_id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
     NOT IN ('approved', 'approved_with_conditions')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a later decision holds for the proposal: the follow-up cannot be changed');
END;

CREATE TRIGGER followups_locked_delete BEFORE DELETE ON followups
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a follow-up is kept once it is written');
END;

CREATE TRIGGER followup_conditions_locked_insert BEFORE INSERT ON followup_conditions
WHEN coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = NEW.proposal_id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
     NOT IN ('approved_with_conditions')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a later decision holds for the proposal: the follow-up cannot be changed');
END;

CREATE TRIGGER followup_conditions_locked_delete BEFORE DELETE ON followup_conditions
WHEN coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = OLD.proposal_id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
     NOT IN ('approved_with_conditions')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a later decision holds for the proposal: the follow-up cannot be changed');
END;

CREATE TRIGGER followup_conditions_locked_update BEFORE UPDATE ON followup_conditions
WHEN coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
      WHERE d.proposal_id = OLD.proposal_id ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
     NOT IN ('approved_with_conditions')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[followup_locked]: a later decision holds for the proposal: the follow-up cannot be changed');
END;
