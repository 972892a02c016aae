-- 0005: live updates. Every write moves audit_head in its own
-- transaction (sqlstore.WriteHeadSQL), so a notification on channel
-- 'styrgrupp' with the new head's seq is sent when, and only when, a
-- write commits; every window listening on the database (changes.go,
-- Store.Changes) then reads what changed. PostgreSQL delivers a
-- notification only within its database and folds identical ones sent in
-- one transaction into one.

CREATE FUNCTION styrgrupp_notify_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('styrgrupp', NEW.seq::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER audit_head_notify AFTER INSERT OR UPDATE ON audit_head
    FOR EACH ROW EXECUTE FUNCTION styrgrupp_notify_change();
