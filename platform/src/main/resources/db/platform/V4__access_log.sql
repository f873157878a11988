-- Every read of a case, its timeline or a child's personal details. Append-only: the database itself refuses
-- to change or remove an entry, whatever the application does.
CREATE TABLE access_log (
    id         BIGSERIAL    NOT NULL,
    at         TIMESTAMPTZ  NOT NULL,
    actor_id   VARCHAR(100) NOT NULL,
    actor_role VARCHAR(40)  NOT NULL,
    actor_org  VARCHAR(100) NOT NULL,
    what       VARCHAR(100) NOT NULL,
    case_id    VARCHAR(255),
    path       VARCHAR(500) NOT NULL,
    purpose    VARCHAR(200),
    CONSTRAINT access_log_pk PRIMARY KEY (id)
);
CREATE INDEX access_log_case_idx ON access_log (case_id, id DESC);
CREATE INDEX access_log_actor_org_idx ON access_log (actor_org, id DESC);

CREATE FUNCTION access_log_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'access_log is append-only';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER access_log_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON access_log
    FOR EACH STATEMENT EXECUTE FUNCTION access_log_is_append_only();
