-- The consumers' inbox: one row per (consumer, CloudEvents id), inserted in the same transaction as the effect.
CREATE TABLE processed_event (
    consumer        VARCHAR(100) NOT NULL,
    event_id        VARCHAR(255) NOT NULL,
    event_type      VARCHAR(255) NOT NULL,
    case_id         VARCHAR(255),
    topic           VARCHAR(255) NOT NULL,
    kafka_partition INTEGER      NOT NULL,
    kafka_offset    BIGINT       NOT NULL,
    processed_at    TIMESTAMPTZ  NOT NULL,
    CONSTRAINT processed_event_pk PRIMARY KEY (consumer, event_id)
);

-- The publisher's ledger: one row per mapped domain event once Kafka acknowledged it (topic NULL when its
-- mapper chose not to publish it). The reconciliation check compares the event store with it.
CREATE TABLE published_event (
    event_id     VARCHAR(255) NOT NULL,
    global_index BIGINT       NOT NULL,
    topic        VARCHAR(255),
    published_at TIMESTAMPTZ  NOT NULL,
    CONSTRAINT published_event_pk PRIMARY KEY (event_id)
);
CREATE INDEX published_event_global_index_idx ON published_event (global_index);
