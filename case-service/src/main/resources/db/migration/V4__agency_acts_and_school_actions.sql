-- What children's social care did about the school's referral (ADR 0022), learnt from casebridge.agency.events in
-- the inbox transaction: one row per case and agency, and a line per event for the case's timeline.
CREATE TABLE case_agency_referral (
    case_id              UUID         NOT NULL,
    agency_id            VARCHAR(200) NOT NULL,
    local_authority_code VARCHAR(9),
    routed               BOOLEAN      NOT NULL,
    referred_at          TIMESTAMPTZ,
    acknowledge_by       TIMESTAMPTZ,
    acknowledged_at      TIMESTAMPTZ,
    acknowledgement_overdue BOOLEAN   NOT NULL DEFAULT FALSE,
    section47_started_at TIMESTAMPTZ,
    section47_outcome    VARCHAR(40),
    updated_at           TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, agency_id)
);

CREATE TABLE case_agency_event (
    event_id    VARCHAR(100) PRIMARY KEY,
    case_id     UUID         NOT NULL,
    agency_id   VARCHAR(200) NOT NULL,
    occurred_at TIMESTAMPTZ  NOT NULL,
    summary     VARCHAR(400) NOT NULL
);
CREATE INDEX case_agency_event_by_case ON case_agency_event (case_id, occurred_at);

-- The strategy-meeting actions the police gave the school, from the SchoolStrategyAction aggregate's events.
CREATE TABLE school_strategy_action (
    case_id          UUID         NOT NULL,
    action_id        VARCHAR(100) NOT NULL,
    meeting_id       VARCHAR(100) NOT NULL,
    force_code       VARCHAR(20)  NOT NULL,
    owner_type       VARCHAR(40)  NOT NULL,
    owner_organisation VARCHAR(200) NOT NULL,
    due_by           TIMESTAMPTZ,
    assigned_at      TIMESTAMPTZ,
    done_at          TIMESTAMPTZ,
    done_by          VARCHAR(200),
    completed_at     TIMESTAMPTZ,
    overdue          BOOLEAN      NOT NULL DEFAULT FALSE,
    PRIMARY KEY (case_id, action_id)
);
