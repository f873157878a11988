-- Reads of a school's case by someone outside the school are told to the school as integration events (ADR 0070),
-- at most one per case, reading organisation, role and record in each window of minutes. A row here claims the
-- window, in the same transaction as the access-log row and the stored event; a second read in the window inserts
-- nothing and publishes nothing. Rows older than a day are removed when a new one is claimed: they decide nothing.
CREATE TABLE case_read_publication (
    case_id      VARCHAR(255) NOT NULL,
    reader_org   VARCHAR(100) NOT NULL,
    reader_role  VARCHAR(40)  NOT NULL,
    record       VARCHAR(40)  NOT NULL,
    window_start TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_read_publication_pk PRIMARY KEY (case_id, reader_org, reader_role, record, window_start)
);
CREATE INDEX case_read_publication_window_idx ON case_read_publication (window_start);
