-- 0007: the follow-up of an approved intervention in the window (issue 15,
-- point 2): who is responsible, when the group reviews it, which of the
-- approval's conditions are met, and notes from any member.
--
-- A note is a record: it belongs to the proposal (members add notes to a
-- follow-up the secretary has not yet opened), any member adds one as
-- themselves, and none is ever changed or removed.
--
-- Every follow-up row is written only while the proposal's latest
-- decision approves it: a later decision that does not (a correction at a
-- later meeting) locks the follow-up as it stands (followup_locked).

ALTER TABLE followups ADD COLUMN responsible text NOT NULL DEFAULT '';
ALTER TABLE followups ADD COLUMN review_date text NOT NULL DEFAULT '';

-- The conditions met, by their position (1, 2, …) in the approving
-- decision's conditions (model.SplitConditions); a condition not met has
-- no row.
CREATE TABLE followup_conditions (
    proposal_id bigint  NOT NULL REFERENCES proposals (id),
    position    integer NOT NULL CHECK (position >= 1),
    met_on      text    NOT NULL,
    met_by      bigint  NOT NULL REFERENCES members (id),
    PRIMARY KEY (proposal_id, position)
);

ALTER TABLE followup_notes DROP CONSTRAINT followup_notes_proposal_id_fkey;
ALTER TABLE followup_notes ADD FOREIGN KEY (proposal_id) REFERENCES proposals (id);

-- styrgrupp_latest_outcome is the outcome of the proposal's latest
-- decision, '' when it has none.
CREATE FUNCTION styrgrupp_latest_outcome(proposal bigint) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT d.outcome FROM decisions d JOIN items i ON i.id = d.item_id
                     JOIN meetings m ON m.id = i.meeting_id WHERE d.proposal_id = proposal
                     ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
$$;

CREATE FUNCTION styrgrupp_followup_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    proposal bigint;
    allowed  text[] := ARRAY['approved', 'approved_with_conditions'];
BEGIN
    IF TG_TABLE_NAME = 'followup_notes' AND TG_OP <> 'INSERT' THEN
        PERFORM styrgrupp_refuse('followup_note_locked', 'a saved note cannot be changed or removed');
    END IF;
    IF TG_TABLE_NAME = 'followups' AND TG_OP = 'DELETE' THEN
        PERFORM styrgrupp_refuse('followup_locked', 'a follow-up is kept once it is written');
    END IF;
    IF TG_TABLE_NAME = 'followup_conditions' THEN
        allowed := ARRAY['approved_with_conditions'];
    END IF;
    IF TG_OP = 'DELETE' THEN
        proposal := OLD.proposal_id;
    ELSE
        proposal := NEW.proposal_id;
    END IF;
    IF styrgrupp_latest_outcome(proposal) <> ALL (allowed)
       OR (TG_OP = 'UPDATE' AND styrgrupp_latest_outcome(OLD.proposal_id) <> ALL (allowed)) THEN
        PERFORM styrgrupp_refuse('followup_locked',
                                 'a later decision holds for the proposal: the follow-up cannot be changed');
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER followups_locked BEFORE INSERT OR UPDATE OR DELETE ON followups
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_followup_lock();
CREATE TRIGGER followup_conditions_locked BEFORE INSERT OR UPDATE OR DELETE ON followup_conditions
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_followup_lock();
CREATE TRIGGER followup_notes_locked BEFORE INSERT OR UPDATE OR DELETE ON followup_notes
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_followup_lock();

-- Notes: everyone reads them; a member adds them as themselves.
ALTER TABLE followup_notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY followup_notes_read ON followup_notes FOR SELECT USING (true);
CREATE POLICY followup_notes_add ON followup_notes FOR INSERT WITH CHECK (author_id = styrgrupp_me());

CREATE OR REPLACE FUNCTION styrgrupp_member_tables() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['comments', 'comment_search', 'sign_offs', 'minutes_records', 'protocols',
                 'audit_log', 'audit_head', 'logins', 'schema_migrations', 'followup_notes']
$$;

CREATE OR REPLACE FUNCTION styrgrupp_grant() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    member    text := styrgrupp_group('member');
    secretary text := styrgrupp_group('secretary');
    t         text;
BEGIN
    IF (SELECT count(*) FROM pg_roles WHERE rolname IN (member, secretary)) < 2 THEN
        RETURN;
    END IF;
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO %I', current_database(), member);
    REVOKE ALL ON SCHEMA public FROM PUBLIC;
    EXECUTE format('GRANT USAGE ON SCHEMA public TO %I', member);
    EXECUTE format('GRANT %I TO %I', member, secretary);

    EXECUTE format('GRANT SELECT ON ALL TABLES IN SCHEMA public TO %I', member);
    EXECUTE format('GRANT INSERT ON comments, comment_search, sign_offs, minutes_records, protocols, audit_log, audit_head, followup_notes TO %I', member);
    EXECUTE format('GRANT UPDATE (resolved, resolved_by, resolved_at) ON comments TO %I', member);
    EXECUTE format('GRANT UPDATE (signed_off_at) ON meetings TO %I', member);
    EXECUTE format('GRANT UPDATE (seq, hash) ON audit_head TO %I', member);
    EXECUTE format('GRANT UPDATE (pdf, sha256, updated_at) ON protocols TO %I', member);
    EXECUTE format('REVOKE UPDATE, DELETE ON followup_notes FROM %I', secretary);

    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
             AND tablename <> ALL (styrgrupp_member_tables()) LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, secretary);
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', secretary);
END;
$$;

SELECT styrgrupp_grant();
