-- Every write to an escalation's row tells the listening police services which force's inbox changed (ADR 0101), so
-- a reader waiting for its inbox to change (a conditional read with "Prefer: wait") is answered when it does instead
-- of asking again and again. The payload is the force code only; a notification is sent when the writing transaction
-- commits, once per force however many rows the transaction wrote, and never for one that rolls back.
CREATE FUNCTION police_inbox_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        PERFORM pg_notify('police_inbox', OLD.force_code);
        RETURN NULL;
    END IF;
    PERFORM pg_notify('police_inbox', NEW.force_code);
    IF TG_OP = 'UPDATE' AND OLD.force_code IS DISTINCT FROM NEW.force_code THEN
        PERFORM pg_notify('police_inbox', OLD.force_code);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER police_escalation_inbox_changed
    AFTER INSERT OR UPDATE OR DELETE ON police_escalation
    FOR EACH ROW EXECUTE FUNCTION police_inbox_changed();

-- A table emptied at once (a projection's reset) changes every force's inbox: an empty payload says so.
CREATE FUNCTION police_inbox_emptied() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('police_inbox', '');
    RETURN NULL;
END
$$;

CREATE TRIGGER police_escalation_inbox_emptied
    AFTER TRUNCATE ON police_escalation
    FOR EACH STATEMENT EXECUTE FUNCTION police_inbox_emptied();
