-- No unique constraint on purpose: the inbox, not the table, must stop a second effect.
CREATE TABLE probe_effect (
    event_id VARCHAR(255) NOT NULL,
    case_id  VARCHAR(255) NOT NULL
);
