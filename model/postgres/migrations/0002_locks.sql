-- 0002: what is signed off stays as it was signed off, and the audit log
-- only grows: the rules of model/sqlite/migrations/0002, 0005 and 0006 as
-- PL/pgSQL triggers, so that plain SQL from psql is refused too. A
-- BEFORE row trigger sees the meeting as it is before the statement, so
-- the store's own sign-off can set signed_off_at as its last write.
--
-- Each message begins with styrgrupp[KEY], KEY being the message key the
-- store reports the refusal with (store.go, triggerKey).

CREATE FUNCTION styrgrupp_refuse(key text, what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'styrgrupp[%]: %', key, what USING ERRCODE = 'SG001';
END;
$$;

CREATE FUNCTION styrgrupp_meeting_signed(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT signed_off_at IS NOT NULL FROM meetings WHERE id = meeting), false)
$$;

CREATE FUNCTION styrgrupp_minutes_locked() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM styrgrupp_refuse('meeting_locked', 'the minutes are signed off and cannot be changed');
END;
$$;

-- meetings: a signed-off meeting is neither changed nor removed.
CREATE FUNCTION styrgrupp_meetings_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.signed_off_at IS NOT NULL THEN
        PERFORM styrgrupp_minutes_locked();
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER meetings_signed BEFORE UPDATE OR DELETE ON meetings
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_meetings_lock();

-- attendees, items and sign_offs: no row of a signed-off meeting is
-- added, changed or removed, nor moved to or from one.
CREATE FUNCTION styrgrupp_meeting_rows_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND styrgrupp_meeting_signed(OLD.meeting_id))
       OR (TG_OP <> 'DELETE' AND styrgrupp_meeting_signed(NEW.meeting_id)) THEN
        PERFORM styrgrupp_minutes_locked();
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER attendees_signed BEFORE INSERT OR UPDATE OR DELETE ON attendees
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_meeting_rows_lock();
CREATE TRIGGER items_signed BEFORE INSERT OR UPDATE OR DELETE ON items
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_meeting_rows_lock();
CREATE TRIGGER sign_offs_signed BEFORE INSERT OR UPDATE OR DELETE ON sign_offs
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_meeting_rows_lock();

-- decisions: through their item's meeting.
CREATE FUNCTION styrgrupp_item_signed(item bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT m.signed_off_at IS NOT NULL FROM items i JOIN meetings m ON m.id = i.meeting_id
                     WHERE i.id = item), false)
$$;

CREATE FUNCTION styrgrupp_decisions_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF (TG_OP <> 'INSERT' AND styrgrupp_item_signed(OLD.item_id))
       OR (TG_OP <> 'DELETE' AND styrgrupp_item_signed(NEW.item_id)) THEN
        PERFORM styrgrupp_minutes_locked();
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER decisions_signed BEFORE INSERT OR UPDATE OR DELETE ON decisions
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_decisions_lock();

-- revisions: never rewritten; one a signed-off decision names is kept.
CREATE FUNCTION styrgrupp_revisions_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' THEN
        PERFORM styrgrupp_refuse('revision_locked', 'a revision cannot be changed');
    END IF;
    IF EXISTS (SELECT 1 FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
               WHERE d.proposal_id = OLD.proposal_id AND d.revision = OLD.number AND m.signed_off_at IS NOT NULL) THEN
        PERFORM styrgrupp_refuse('revision_locked', 'a revision that signed-off minutes name cannot be changed');
    END IF;
    RETURN OLD;
END;
$$;
CREATE TRIGGER revisions_lock BEFORE UPDATE OR DELETE ON revisions
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_revisions_lock();

-- The audit log only grows; its head only moves forward, to a row that is
-- there.
CREATE FUNCTION styrgrupp_audit_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM styrgrupp_refuse('audit_locked', 'the audit log cannot be changed');
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_log_lock BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_audit_lock();
CREATE TRIGGER audit_head_delete BEFORE DELETE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_audit_lock();

CREATE FUNCTION styrgrupp_audit_head_move() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.seq <= OLD.seq OR NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash) THEN
        PERFORM styrgrupp_refuse('audit_locked', 'the audit log cannot be changed');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_update BEFORE UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_audit_head_move();

-- A proposal whose latest decision (in the order of the meetings, then of
-- the decisions) is final and signed off keeps its content, ref, kind
-- and current revision, and is not removed.
CREATE FUNCTION styrgrupp_proposal_locked(proposal bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT coalesce((SELECT CASE WHEN m.signed_off_at IS NULL THEN '' ELSE d.outcome END
                     FROM decisions d JOIN items i ON i.id = d.item_id JOIN meetings m ON m.id = i.meeting_id
                     WHERE d.proposal_id = proposal ORDER BY m.starts_at DESC, m.id DESC, d.id DESC LIMIT 1), '')
           IN ('approved', 'approved_with_conditions', 'rejected', 'withdrawn')
$$;

CREATE FUNCTION styrgrupp_proposals_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF styrgrupp_proposal_locked(OLD.id) THEN
        PERFORM styrgrupp_refuse('proposal_locked', 'the proposal has a signed-off decision and cannot be changed');
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$;
CREATE TRIGGER proposals_locked_update
    BEFORE UPDATE OF id, ref, kind, title, summary, description, rationale, evidence, risk_factors,
        protective_factors, problem_areas, prevention_level, target_group, responsible, partners,
        start_date, end_date, cost_ore, funding, revision ON proposals
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_proposals_lock();
CREATE TRIGGER proposals_locked_delete BEFORE DELETE ON proposals
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_proposals_lock();

-- The frozen minutes are written once, just before signed_off_at, and
-- never changed or removed.
CREATE FUNCTION styrgrupp_minutes_records_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'INSERT' OR styrgrupp_meeting_signed(NEW.meeting_id) THEN
        PERFORM styrgrupp_minutes_locked();
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER minutes_records_lock BEFORE INSERT OR UPDATE OR DELETE ON minutes_records
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_minutes_records_lock();

-- A protocol belongs to a signed-off meeting and is only extended.
CREATE FUNCTION styrgrupp_protocols_lock() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NOT styrgrupp_meeting_signed(NEW.meeting_id) THEN
            PERFORM styrgrupp_refuse('protocol_not_signed_off', 'only a signed-off meeting has a protocol');
        END IF;
        RETURN NEW;
    END IF;
    IF TG_OP = 'DELETE' OR NEW.meeting_id IS DISTINCT FROM OLD.meeting_id
       OR length(NEW.pdf) <= length(OLD.pdf)
       OR substring(NEW.pdf FROM 1 FOR length(OLD.pdf)) IS DISTINCT FROM OLD.pdf THEN
        PERFORM styrgrupp_refuse('protocol_not_extension', 'the protocol can only be extended by a signature');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER protocols_lock BEFORE INSERT OR UPDATE OR DELETE ON protocols
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_protocols_lock();

-- TRUNCATE passes row triggers by: the tables whose rows the triggers
-- above guard refuse it, as a DELETE of every row would be refused once
-- anything in them is signed off.
CREATE FUNCTION styrgrupp_no_truncate() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM styrgrupp_refuse(CASE WHEN TG_TABLE_NAME LIKE 'audit%' THEN 'audit_locked'
                                  WHEN TG_TABLE_NAME = 'revisions' THEN 'revision_locked'
                                  WHEN TG_TABLE_NAME = 'proposals' THEN 'proposal_locked'
                                  ELSE 'meeting_locked' END,
        'the history cannot be emptied');
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['meetings', 'attendees', 'items', 'sign_offs', 'decisions', 'revisions', 'proposals',
                             'audit_log', 'audit_head', 'minutes_records', 'protocols'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION styrgrupp_no_truncate()',
                       t || '_truncate', t);
    END LOOP;
END;
$$;
