-- Events a projection or saga could not apply, parked per processing group and per aggregate (ADR 0012).
-- The layout is Axon's JdbcSequencedDeadLetterQueue (DeadLetterSchema) in snake_case, with PostgreSQL types:
-- serialized data is bytea (Axon writes it with setBytes); Axon writes every timestamp as a fixed-width ISO-8601
-- string and compares them as strings, so they stay text. The cause message is cut to 1024 characters by the
-- parking policy and never holds an exception's own text (it can quote data).
CREATE TABLE dead_letter_entry (
    dead_letter_id      VARCHAR(255)  NOT NULL PRIMARY KEY,
    processing_group    VARCHAR(255)  NOT NULL,
    sequence_identifier VARCHAR(255)  NOT NULL,
    sequence_index      BIGINT        NOT NULL,
    message_type        VARCHAR(255)  NOT NULL,
    event_identifier    VARCHAR(255)  NOT NULL,
    time_stamp          VARCHAR(255)  NOT NULL,
    payload_type        VARCHAR(255)  NOT NULL,
    payload_revision    VARCHAR(255),
    payload             BYTEA         NOT NULL,
    meta_data           BYTEA,
    aggregate_type      VARCHAR(255),
    aggregate_identifier VARCHAR(255),
    sequence_number     BIGINT,
    token_type          VARCHAR(255),
    token               BYTEA,
    enqueued_at         VARCHAR(255)  NOT NULL,
    last_touched        VARCHAR(255),
    processing_started  VARCHAR(255),
    cause_type          VARCHAR(255),
    cause_message       VARCHAR(1024),
    diagnostics         BYTEA,
    -- Also the index for every look-up by group, and by group and sequence.
    CONSTRAINT dead_letter_entry_sequence_index UNIQUE (processing_group, sequence_identifier, sequence_index)
);
