-- 0013: a member edits or deletes their own comment until the proposal is
-- decided (issue 18, point 5). edited_at is when the body was last
-- changed; deleted_at marks a comment its author deleted after others
-- had answered it: its body is emptied and its answers keep their place
-- in the thread (one nobody answered is removed). The audit log keeps the
-- old and the new text of every edit.
--
-- Once the proposal is decided (or withdrawn), the comments' own words,
-- authors and places stay as they are, whoever tries: the store, the
-- command line or plain SQL. Marking them resolved is not such a change.

ALTER TABLE comments ADD COLUMN edited_at TEXT;
ALTER TABLE comments ADD COLUMN deleted_at TEXT;

CREATE TRIGGER comments_decided_update
BEFORE UPDATE OF id, proposal_id, parent_id, author_id, body, created_at, edited_at, deleted_at ON comments
WHEN (SELECT status FROM proposals WHERE id = OLD.proposal_id) IN ('decided', 'withdrawn')
  OR (SELECT status FROM proposals WHERE id = NEW.proposal_id) IN ('decided', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[comment_locked]: the proposal is decided; its comments cannot be changed or deleted');
END;

CREATE TRIGGER comments_decided_delete BEFORE DELETE ON comments
WHEN (SELECT status FROM proposals WHERE id = OLD.proposal_id) IN ('decided', 'withdrawn')
BEGIN
    SELECT RAISE(ABORT, 'styrgrupp[comment_locked]: the proposal is decided; its comments cannot be changed or deleted');
END;
