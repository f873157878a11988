-- Need to know: every read of a case's record is itself recorded (who, as what, for which organisation, what, when).
CREATE TABLE police_case_read (
    id           bigserial PRIMARY KEY,
    case_id      text        NOT NULL,
    actor_id     text        NOT NULL,
    actor_role   text        NOT NULL,
    organisation text        NOT NULL,
    what         text        NOT NULL,
    read_at      timestamptz NOT NULL
);
CREATE INDEX police_case_read_case ON police_case_read (case_id, read_at);
