-- 0004: who is who is the server's word. Each member logs in as their own
-- PostgreSQL role; logins maps the login to the member, and the server
-- itself, not the program, refuses what that member may not do:
--
--   every member reads everything, comments and resolves comments as
--   themselves, and signs off only for themselves in the role the meeting
--   names them for (chair_id, adjuster_id); the second sign-off also
--   writes the minutes record, the meeting's signed_off_at and the
--   protocol;
--   only the secretary writes proposals, revisions, meetings, attendees,
--   items, decisions, members and follow-ups (and so runs imports);
--   nobody changes or removes a row of the audit log, and a mapped login
--   appends to it only in its own name; every name that says who wrote a
--   row (decided_by, created_by, updated_by, actor) is the signed-in
--   member's.
--
-- The rights go to two group roles of this database, <database>_member
-- and <database>_secretary (a secretary is a member too): role names are
-- the cluster's, so each database has its own. This migration creates no
-- role and grants nothing, since it runs as the owner on every database,
-- shared or not: `styrgrupp server init` creates the roles
-- (styrgrupp_init_roles) and grants (styrgrupp_grant). A later migration
-- that adds a table ends with SELECT styrgrupp_grant(), which grants
-- what the roles have on every table once the roles exist.
--
-- The owner of the database is mapped to no member: RLS does not bind the
-- tables' owner, the triggers below let an unmapped session through, and
-- the owner keeps every right (copy, server init, imports by IT).
--
-- A refusal is SQLSTATE 42501 (insufficient_privilege), as the server's
-- own are, with the message styrgrupp[KEY]: …; the store reports KEY's
-- words (roles.go).

CREATE TABLE logins (
    login     text   PRIMARY KEY,
    member_id bigint NOT NULL UNIQUE REFERENCES members (id)
);

-- styrgrupp_me is the member session_user is mapped to, NULL when it is
-- mapped to none. session_user, not current_user: SET ROLE does not
-- change who one is, and inside a SECURITY DEFINER function current_user
-- is the function's owner.
CREATE FUNCTION styrgrupp_me() RETURNS bigint
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT member_id FROM logins WHERE login = session_user
$$;

-- styrgrupp_me_name is that member's name, NULL when unmapped.
CREATE FUNCTION styrgrupp_me_name() RETURNS text
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT m.name FROM logins l JOIN members m ON m.id = l.member_id WHERE l.login = session_user
$$;

-- styrgrupp_group is the name of this database's group role of a kind
-- ('member' or 'secretary').
CREATE FUNCTION styrgrupp_group(kind text) RETURNS text
LANGUAGE sql STABLE AS $$
    SELECT current_database() || '_' || kind
$$;

-- styrgrupp_is_secretary tells whether session_user has the secretary's
-- group role.
CREATE FUNCTION styrgrupp_is_secretary() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public AS $$
    SELECT coalesce((SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles
                     WHERE rolname = styrgrupp_group('secretary')), false)
$$;

CREATE FUNCTION styrgrupp_deny(key text, what text) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'styrgrupp[%]: %', key, what USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Who wrote a row, by name (TG_ARGV[0] names the column), is the
-- signed-in member; an update may keep the name the row had (TG_ARGV[1]
-- names the key that pairs the old rows with the new). The check runs
-- once a statement, over its transition table, not once a row: an
-- import sends thousands of rows in one COPY.
CREATE FUNCTION styrgrupp_authors_are_me() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    me      text := styrgrupp_me_name();
    col     text := TG_ARGV[0];
    other   boolean;
    written text;
BEGIN
    IF me IS NULL THEN
        RETURN NULL;
    END IF;
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT true, %1$I FROM new_rows WHERE %1$I IS DISTINCT FROM $1 LIMIT 1', col)
            INTO other, written USING me;
    ELSE
        EXECUTE format('SELECT true, n.%1$I FROM new_rows n JOIN old_rows o ON o.%2$I = n.%2$I
                        WHERE n.%1$I IS DISTINCT FROM $1 AND n.%1$I IS DISTINCT FROM o.%1$I LIMIT 1', col, TG_ARGV[1])
            INTO other, written USING me;
    END IF;
    IF other THEN
        PERFORM styrgrupp_deny('denied_author', format('%s.%s must be the signed-in member, %s, not %s',
                                                       TG_TABLE_NAME, col, me, written));
    END IF;
    RETURN NULL;
END;
$$;

DO $$
DECLARE
    t text[];
BEGIN
    FOREACH t SLICE 1 IN ARRAY ARRAY[['decisions', 'decided_by', 'id'], ['revisions', 'created_by', ''],
                                     ['proposals', 'updated_by', 'id'], ['audit_log', 'actor', '']] LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT ON %I REFERENCING NEW TABLE AS new_rows
                        FOR EACH STATEMENT EXECUTE FUNCTION styrgrupp_authors_are_me(%L)', t[1] || '_author', t[1], t[2]);
        IF t[3] <> '' THEN
            EXECUTE format('CREATE TRIGGER %I AFTER UPDATE ON %I REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
                            FOR EACH STATEMENT EXECUTE FUNCTION styrgrupp_authors_are_me(%L, %L)',
                           t[1] || '_author_update', t[1], t[2], t[3]);
        END IF;
    END LOOP;
END;
$$;

-- A mapped login puts the audit log's head only on a row the log has.
CREATE FUNCTION styrgrupp_audit_head_insert() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF styrgrupp_me() IS NOT NULL
       AND NOT EXISTS (SELECT 1 FROM audit_log WHERE seq = NEW.seq AND hash = NEW.hash) THEN
        PERFORM styrgrupp_refuse('audit_locked', 'the audit log cannot be changed');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER audit_head_insert BEFORE INSERT ON audit_head
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_audit_head_insert();

-- Comments: everyone reads them; a member adds them as themselves and
-- resolves them as themselves (or opens them again). Their search rows
-- follow the comment's author.
ALTER TABLE comments ENABLE ROW LEVEL SECURITY;
CREATE POLICY comments_read ON comments FOR SELECT USING (true);
CREATE POLICY comments_add ON comments FOR INSERT WITH CHECK (author_id = styrgrupp_me());
CREATE POLICY comments_resolve ON comments FOR UPDATE USING (true)
    WITH CHECK ((resolved AND resolved_by = styrgrupp_me())
                OR (NOT resolved AND resolved_by IS NULL AND resolved_at IS NULL));

ALTER TABLE comment_search ENABLE ROW LEVEL SECURITY;
CREATE POLICY comment_search_read ON comment_search FOR SELECT USING (true);
CREATE POLICY comment_search_add ON comment_search FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM comments c WHERE c.id = comment_id AND c.author_id = styrgrupp_me()));

-- Sign-offs: for oneself, in the role the meeting names one for.
ALTER TABLE sign_offs ENABLE ROW LEVEL SECURITY;
CREATE POLICY sign_offs_read ON sign_offs FOR SELECT USING (true);
CREATE POLICY sign_offs_own ON sign_offs FOR INSERT WITH CHECK (
    member_id = styrgrupp_me()
    AND EXISTS (SELECT 1 FROM meetings m WHERE m.id = meeting_id
                AND CASE role WHEN 'chair' THEN m.chair_id WHEN 'adjuster' THEN m.adjuster_id END = member_id));

-- styrgrupp_completes_sign_off tells whether the session's member makes
-- the second sign-off of meeting: both are there and one is theirs.
CREATE FUNCTION styrgrupp_completes_sign_off(meeting bigint) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT (SELECT count(*) FROM sign_offs WHERE meeting_id = meeting) = 2
       AND EXISTS (SELECT 1 FROM sign_offs WHERE meeting_id = meeting AND member_id = styrgrupp_me())
$$;

-- The minutes record and signed_off_at are written by a mapped login only
-- as the second sign-off writes them.
CREATE FUNCTION styrgrupp_minutes_records_signer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF styrgrupp_me() IS NOT NULL AND NOT styrgrupp_completes_sign_off(NEW.meeting_id) THEN
        PERFORM styrgrupp_deny('denied_sign_off', 'the minutes are frozen only by the second of the two sign-offs');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER minutes_records_signer BEFORE INSERT ON minutes_records
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_minutes_records_signer();

CREATE FUNCTION styrgrupp_meetings_signer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF styrgrupp_me() IS NOT NULL AND NEW.signed_off_at IS DISTINCT FROM OLD.signed_off_at
       AND NOT (styrgrupp_completes_sign_off(NEW.id)
                AND EXISTS (SELECT 1 FROM minutes_records WHERE meeting_id = NEW.id)) THEN
        PERFORM styrgrupp_deny('denied_sign_off', 'a meeting is signed off only by the second of the two sign-offs');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER meetings_signer BEFORE UPDATE ON meetings
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_meetings_signer();

-- The signed protocol is saved by the secretary or by one who signs the
-- minutes.
CREATE FUNCTION styrgrupp_protocols_signer() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF styrgrupp_me() IS NOT NULL AND NOT styrgrupp_is_secretary()
       AND NOT EXISTS (SELECT 1 FROM meetings WHERE id = NEW.meeting_id
                       AND styrgrupp_me() IN (chair_id, adjuster_id)) THEN
        PERFORM styrgrupp_deny('denied_protocol', 'the protocol is saved by the secretary, the chair or the adjuster');
    END IF;
    RETURN NEW;
END;
$$;
CREATE TRIGGER protocols_signer BEFORE INSERT OR UPDATE ON protocols
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_protocols_signer();

-- styrgrupp_member_tables are the tables a member writes (with the
-- checks above) and the secretary writes no more than a member: the
-- secretary writes every other table.
CREATE FUNCTION styrgrupp_member_tables() RETURNS text[]
LANGUAGE sql IMMUTABLE AS $$
    SELECT ARRAY['comments', 'comment_search', 'sign_offs', 'minutes_records', 'protocols',
                 'audit_log', 'audit_head', 'logins', 'schema_migrations']
$$;

-- styrgrupp_grant gives the group roles their rights, when both exist,
-- and takes every right from PUBLIC, so that a login with neither role
-- gets nothing: not even a connection. It may run any number of times.
CREATE FUNCTION styrgrupp_grant() RETURNS void
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
    EXECUTE format('GRANT INSERT ON comments, comment_search, sign_offs, minutes_records, protocols, audit_log, audit_head TO %I', member);
    EXECUTE format('GRANT UPDATE (resolved, resolved_by, resolved_at) ON comments TO %I', member);
    EXECUTE format('GRANT UPDATE (signed_off_at) ON meetings TO %I', member);
    EXECUTE format('GRANT UPDATE (seq, hash) ON audit_head TO %I', member);
    EXECUTE format('GRANT UPDATE (pdf, sha256, updated_at) ON protocols TO %I', member);

    FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public'
             AND tablename <> ALL (styrgrupp_member_tables()) LOOP
        EXECUTE format('GRANT INSERT, UPDATE, DELETE ON %I TO %I', t, secretary);
    END LOOP;
    EXECUTE format('GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO %I', secretary);
END;
$$;

-- styrgrupp_init_roles creates this database's group roles when they are
-- missing (the caller needs CREATEROLE) and grants their rights.
CREATE FUNCTION styrgrupp_init_roles() RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    kind text;
BEGIN
    FOREACH kind IN ARRAY ARRAY['member', 'secretary'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = styrgrupp_group(kind)) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', styrgrupp_group(kind));
        END IF;
    END LOOP;
    PERFORM styrgrupp_grant();
END;
$$;

SELECT styrgrupp_grant();
