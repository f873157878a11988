-- Which clock (deadline name) and which case or record (scope) each of Axon's deadlines is for, written in the
-- transaction that schedules it, so that cancelling a case's clock finds its rows by index instead of searching the
-- bytes of every pending deadline (ADR 0095). The scope is kept as the SHA-256 of Axon's serialised scope: a row here
-- only points at candidates, which are compared exactly before they are cancelled.
CREATE TABLE deadline_scope (
    task_instance TEXT  NOT NULL,
    deadline_name TEXT  NOT NULL,
    scope_sha256  BYTEA NOT NULL,
    CONSTRAINT deadline_scope_pk PRIMARY KEY (task_instance)
);
CREATE INDEX deadline_scope_lookup_idx ON deadline_scope (deadline_name, scope_sha256);

-- A deadline that fires or is cancelled leaves scheduled_tasks; its row here goes with it.
CREATE FUNCTION deadline_scope_forget() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM deadline_scope WHERE task_instance = OLD.task_instance;
    RETURN NULL;
END
$$;

CREATE TRIGGER deadline_scope_forget
    AFTER DELETE ON scheduled_tasks
    FOR EACH ROW WHEN (OLD.task_name = 'AxonDeadline')
    EXECUTE FUNCTION deadline_scope_forget();
