-- notification-service read and work tables. Axon's tables and the inbox (processed_event) come from the platform.

-- Subscriptions as the planner and the API read them; written by SubscriptionProjection in the command's transaction.
CREATE TABLE subscription (
    subscription_id    VARCHAR(64)   NOT NULL,
    agency_id          VARCHAR(200)  NOT NULL,
    status             VARCHAR(16)   NOT NULL,
    event_types        TEXT[]        NOT NULL,
    areas              TEXT[]        NOT NULL,
    case_scope         VARCHAR(32)   NOT NULL,
    channel_type       VARCHAR(16)   NOT NULL,
    endpoint           VARCHAR(2048) NOT NULL,
    encrypted_secret   TEXT,
    article6_basis     VARCHAR(32)   NOT NULL,
    article9_condition VARCHAR(500)  NOT NULL,
    subscribed_by      VARCHAR(200)  NOT NULL,
    subscribed_at      TIMESTAMPTZ   NOT NULL,
    updated_at         TIMESTAMPTZ   NOT NULL,
    CONSTRAINT subscription_pk PRIMARY KEY (subscription_id)
);
CREATE INDEX subscription_agency_idx ON subscription (agency_id);

-- Our own copy of every integration event received, so that a replay rebuilds deliveries from the events.
-- seq orders a case's events as they arrived (Kafka keeps one case's events in order on each topic).
CREATE TABLE received_event (
    seq          BIGSERIAL    NOT NULL,
    event_id     VARCHAR(255) NOT NULL,
    event_type   VARCHAR(255) NOT NULL,
    source       VARCHAR(255) NOT NULL,
    case_id      VARCHAR(255) NOT NULL,
    occurred_at  TIMESTAMPTZ  NOT NULL,
    received_at  TIMESTAMPTZ  NOT NULL,
    payload      JSONB        NOT NULL,
    CONSTRAINT received_event_pk PRIMARY KEY (seq),
    CONSTRAINT received_event_event_id_uk UNIQUE (event_id)
);
CREATE INDEX received_event_occurred_at_idx ON received_event (occurred_at);
CREATE INDEX received_event_case_idx ON received_event (case_id, seq);

-- What the events told us about each case: its area (from the school) and who is involved (from the police).
CREATE TABLE case_context (
    case_id              VARCHAR(255) NOT NULL,
    local_authority_code VARCHAR(16)  NOT NULL,
    force_code           VARCHAR(16),
    updated_at           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_context_pk PRIMARY KEY (case_id)
);

CREATE TABLE case_involvement (
    case_id         VARCHAR(255) NOT NULL,
    organisation_id VARCHAR(200) NOT NULL,
    reason          VARCHAR(40)  NOT NULL,
    reference       VARCHAR(255) NOT NULL,
    since           TIMESTAMPTZ  NOT NULL,
    CONSTRAINT case_involvement_pk PRIMARY KEY (case_id, organisation_id, reason, reference)
);

CREATE TABLE case_action (
    case_id            VARCHAR(255) NOT NULL,
    action_id          VARCHAR(255) NOT NULL,
    owner_organisation VARCHAR(200) NOT NULL,
    CONSTRAINT case_action_pk PRIMARY KEY (case_id, action_id)
);

-- The delivery outbox: one row per (subscription, event), enqueued in the inbox transaction. delivery_id is derived
-- from (subscription_id, event_id), so a duplicate record cannot enqueue twice and the webhook-id never changes.
CREATE TABLE delivery (
    delivery_id      UUID         NOT NULL,
    subscription_id  VARCHAR(64)  NOT NULL,
    agency_id        VARCHAR(200) NOT NULL,
    event_id         VARCHAR(255) NOT NULL,
    event_type       VARCHAR(255) NOT NULL,
    case_id          VARCHAR(255) NOT NULL,
    event_seq        BIGINT       NOT NULL,
    channel_type     VARCHAR(16)  NOT NULL,
    payload          JSONB        NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    attempts         INTEGER      NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMPTZ  NOT NULL,
    retry_until      TIMESTAMPTZ  NOT NULL,
    lease_owner      VARCHAR(100),
    lease_until      TIMESTAMPTZ,
    enqueued_at      TIMESTAMPTZ  NOT NULL,
    delivered_at     TIMESTAMPTZ,
    dead_lettered_at TIMESTAMPTZ,
    last_status_code INTEGER,
    last_error       VARCHAR(500),
    CONSTRAINT delivery_pk PRIMARY KEY (delivery_id),
    CONSTRAINT delivery_subscription_event_uk UNIQUE (subscription_id, event_id)
);
CREATE INDEX delivery_pending_idx ON delivery (subscription_id, case_id, event_seq) WHERE status = 'PENDING';
CREATE INDEX delivery_due_idx ON delivery (next_attempt_at) WHERE status = 'PENDING';
CREATE INDEX delivery_case_idx ON delivery (case_id);
CREATE INDEX delivery_dead_letter_idx ON delivery (subscription_id) WHERE status = 'DEAD_LETTERED';

-- The delivery log: every attempt.
CREATE TABLE delivery_attempt (
    attempt_id   BIGSERIAL    NOT NULL,
    delivery_id  UUID         NOT NULL,
    attempt_no   INTEGER      NOT NULL,
    attempted_at TIMESTAMPTZ  NOT NULL,
    outcome      VARCHAR(16)  NOT NULL,
    status_code  INTEGER,
    latency_ms   BIGINT       NOT NULL,
    error        VARCHAR(500),
    CONSTRAINT delivery_attempt_pk PRIMARY KEY (attempt_id),
    CONSTRAINT delivery_attempt_delivery_fk FOREIGN KEY (delivery_id) REFERENCES delivery (delivery_id)
);
CREATE INDEX delivery_attempt_delivery_idx ON delivery_attempt (delivery_id, attempt_no);

-- Every InformationSharedEvent, for the audit views; rebuilt from the event store by its projection.
CREATE TABLE information_share (
    share_id           VARCHAR(64)  NOT NULL,
    delivery_id        UUID         NOT NULL,
    subscription_id    VARCHAR(64)  NOT NULL,
    agency_id          VARCHAR(200) NOT NULL,
    event_id           VARCHAR(255) NOT NULL,
    event_type         VARCHAR(255) NOT NULL,
    case_id            VARCHAR(255) NOT NULL,
    channel_type       VARCHAR(16)  NOT NULL,
    article6_basis     VARCHAR(32)  NOT NULL,
    article9_condition VARCHAR(500) NOT NULL,
    shared_at          TIMESTAMPTZ  NOT NULL,
    CONSTRAINT information_share_pk PRIMARY KEY (share_id)
);
CREATE INDEX information_share_agency_case_idx ON information_share (agency_id, case_id);
