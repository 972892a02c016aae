-- 0012: a member edits or deletes their own comment until the proposal is
-- decided (issue 18, point 5). edited_at is when the body was last
-- changed; deleted_at marks a comment its author deleted after others
-- had answered it: its body is emptied and its answers keep their place
-- in the thread (one nobody answered is removed). The audit log keeps the
-- old and the new text of every edit.
--
-- Once the proposal is decided (or withdrawn), the comments' own words,
-- authors and places stay as they are, whoever tries (comment_locked).
-- Until then a member edits (body, edited_at, deleted_at) and deletes
-- only their own comments, the secretary too (RLS, the column grants in
-- styrgrupp_grant, and the trigger, since a column grant cannot say
-- whose row); resolving stays everyone's, in their own name.

ALTER TABLE comments ADD COLUMN edited_at text, ADD COLUMN deleted_at text;

CREATE FUNCTION styrgrupp_comments_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND (NEW.id, NEW.proposal_id, NEW.parent_id, NEW.author_id, NEW.body, NEW.created_at, NEW.edited_at, NEW.deleted_at)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.proposal_id, OLD.parent_id, OLD.author_id, OLD.body, OLD.created_at, OLD.edited_at, OLD.deleted_at) THEN
        -- Resolved or opened again: its own policy says by whom.
        IF styrgrupp_me() IS NOT NULL
           AND NOT ((NEW.resolved AND NEW.resolved_by = styrgrupp_me())
                    OR (NOT NEW.resolved AND NEW.resolved_by IS NULL AND NEW.resolved_at IS NULL)) THEN
            PERFORM styrgrupp_deny('denied_comment', 'a comment is resolved in the signed-in member''s own name');
        END IF;
        RETURN NEW;
    END IF;
    IF styrgrupp_me() IS NOT NULL AND OLD.author_id IS DISTINCT FROM styrgrupp_me() THEN
        PERFORM styrgrupp_deny('denied_comment', 'a member edits and deletes only their own comments');
    END IF;
    IF (SELECT status FROM proposals WHERE id = OLD.proposal_id) IN ('decided', 'withdrawn')
       OR (TG_OP = 'UPDATE' AND (SELECT status FROM proposals WHERE id = NEW.proposal_id) IN ('decided', 'withdrawn')) THEN
        PERFORM styrgrupp_refuse('comment_locked', 'the proposal is decided; its comments cannot be changed or deleted');
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER comments_change BEFORE UPDATE OR DELETE ON comments
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_comments_change();

-- The author edits and deletes their own comment; its search row goes
-- with it. The trigger keeps an edit to the author's own words and a
-- resolution to the resolver's name. A deletion sees every row, so that
-- the trigger refuses another's comment aloud (denied_comment) rather
-- than the deletion finding nothing to delete.
CREATE POLICY comments_edit ON comments FOR UPDATE USING (author_id = styrgrupp_me())
    WITH CHECK (author_id = styrgrupp_me());
CREATE POLICY comments_delete ON comments FOR DELETE USING (true);
CREATE POLICY comment_search_delete ON comment_search FOR DELETE
    USING (EXISTS (SELECT 1 FROM comments c WHERE c.id = comment_id AND c.author_id = styrgrupp_me()));

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
    EXECUTE format('GRANT INSERT ON comments, comment_search, sign_offs, minutes_records, protocols, audit_log, audit_head, followup_notes, justering_notes TO %I', member);
    EXECUTE format('GRANT UPDATE (resolved, resolved_by, resolved_at) ON comments TO %I', member);
    EXECUTE format('GRANT UPDATE (body, edited_at, deleted_at) ON comments TO %I', member);
    EXECUTE format('GRANT DELETE ON comments, comment_search TO %I', member);
    EXECUTE format('GRANT UPDATE (signed_off_at) ON meetings TO %I', member);
    EXECUTE format('GRANT UPDATE (seq, hash) ON audit_head TO %I', member);
    EXECUTE format('GRANT UPDATE (pdf, sha256, updated_at) ON protocols TO %I', member);
    EXECUTE format('REVOKE UPDATE, DELETE ON followup_notes FROM %I', secretary);
    EXECUTE format('REVOKE UPDATE, DELETE ON justering_notes FROM %I', secretary);
    EXECUTE format('GRANT UPDATE (closed, reply, closed_by, closed_at) ON justering_notes TO %I', secretary);

    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
             AND tablename <> ALL (styrgrupp_member_tables()) LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, secretary);
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', secretary);
END;
$$;

SELECT styrgrupp_grant();
