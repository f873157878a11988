-- case-service's own tables. Axon's tables, the Kafka bridge's and the scheduler's are the platform's.

-- Reference data: schools and the area that decides where a referral goes (loaded at start-up).
CREATE TABLE school (
    urn                  VARCHAR(20)  PRIMARY KEY,
    name                 VARCHAR(200) NOT NULL,
    local_authority_code VARCHAR(20)  NOT NULL,
    local_authority_name VARCHAR(100) NOT NULL,
    force_code           VARCHAR(20)  NOT NULL,
    force_name           VARCHAR(100) NOT NULL,
    loaded_at            TIMESTAMPTZ  NOT NULL
);

-- One AES-256 key per case. Destroying it (key_material NULL) makes every ciphertext of the case unreadable.
CREATE TABLE case_key (
    case_id      UUID        PRIMARY KEY,
    school_urn   VARCHAR(20) NOT NULL,
    key_material BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    shredded_at  TIMESTAMPTZ,
    CONSTRAINT key_or_shredded CHECK ((key_material IS NULL) = (shredded_at IS NOT NULL))
);

-- Names, dates of birth and pupil numbers: AES-GCM under the case key, never anywhere else.
CREATE TABLE child_personal_details (
    case_id    UUID        NOT NULL REFERENCES case_key (case_id),
    child_ref  VARCHAR(10) NOT NULL,
    nonce      BYTEA       NOT NULL,
    ciphertext BYTEA       NOT NULL,
    PRIMARY KEY (case_id, child_ref)
);

-- Projections (processing group case-views), rebuilt from the event store on reset.
CREATE TABLE case_summary (
    case_id                 UUID         PRIMARY KEY,
    school_urn              VARCHAR(20)  NOT NULL,
    status                  VARCHAR(30)  NOT NULL,
    how_came_to_light       VARCHAR(40)  NOT NULL,
    came_to_light_at        TIMESTAMPTZ,
    imagery                 VARCHAR(300) NOT NULL,
    platforms               VARCHAR(4000) NOT NULL,
    spread                  VARCHAR(30)  NOT NULL,
    may_have_reached_internet BOOLEAN    NOT NULL,
    on_school_device_or_network BOOLEAN  NOT NULL,
    reported_at             TIMESTAMPTZ  NOT NULL,
    initial_review_due_at   TIMESTAMPTZ  NOT NULL,
    initial_review_at       TIMESTAMPTZ,
    overdue                 BOOLEAN      NOT NULL DEFAULT FALSE,
    criteria_met            VARCHAR(300) NOT NULL DEFAULT '',
    referred_to             VARCHAR(100) NOT NULL DEFAULT '',
    local_authority_code    VARCHAR(20),
    force_code              VARCHAR(20),
    awaiting_police         BOOLEAN      NOT NULL DEFAULT FALSE,
    police_outcome          VARCHAR(200),
    closed_at               TIMESTAMPTZ,
    personal_details_erased BOOLEAN      NOT NULL DEFAULT FALSE,
    last_event_at           TIMESTAMPTZ  NOT NULL
);
CREATE INDEX case_summary_by_school ON case_summary (school_urn, reported_at DESC);

CREATE TABLE case_child (
    case_id          UUID         NOT NULL,
    child_ref        VARCHAR(10)  NOT NULL,
    age              INT          NOT NULL,
    year_group       VARCHAR(200) NOT NULL,
    roles            VARCHAR(100) NOT NULL,
    flags            VARCHAR(200) NOT NULL,
    parents          VARCHAR(20),
    PRIMARY KEY (case_id, child_ref)
);

CREATE TABLE case_device (
    case_id         UUID         NOT NULL,
    device_ref      VARCHAR(20)  NOT NULL,
    description     VARCHAR(200),
    owner_child_ref VARCHAR(10),
    custody         VARCHAR(30)  NOT NULL,
    exhibit_ref     VARCHAR(200),
    PRIMARY KEY (case_id, device_ref)
);

CREATE TABLE case_timeline (
    case_id     UUID          NOT NULL,
    sequence    BIGINT        NOT NULL,
    event_type  VARCHAR(100)  NOT NULL,
    actor_id    VARCHAR(200)  NOT NULL,
    actor_role  VARCHAR(40)   NOT NULL,
    actor_org   VARCHAR(100)  NOT NULL,
    occurred_at TIMESTAMPTZ   NOT NULL,
    what        VARCHAR(4000) NOT NULL,
    why         TEXT,
    PRIMARY KEY (case_id, sequence)
);
