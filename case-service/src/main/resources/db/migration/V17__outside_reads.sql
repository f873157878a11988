-- Who outside the school read the school's case (ADR 0070), from the police's and notification-service's
-- case-read events, written by the outside-reads projection from the OutsideReadRecordedEvent the listener stored in
-- its inbox transaction. One row per received event; codes only, never who.
CREATE TABLE case_outside_read (
    event_id     VARCHAR(255) NOT NULL,
    case_id      UUID         NOT NULL,
    source       VARCHAR(16)  NOT NULL,
    reader_org   VARCHAR(100) NOT NULL,
    reader_kind  VARCHAR(20)  NOT NULL,
    reader_role  VARCHAR(40)  NOT NULL,
    record       VARCHAR(40)  NOT NULL,
    lawful_basis VARCHAR(100) NOT NULL,
    read_at      TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_outside_read_pk PRIMARY KEY (event_id)
);
CREATE INDEX case_outside_read_case_idx ON case_outside_read (case_id, read_at DESC);
