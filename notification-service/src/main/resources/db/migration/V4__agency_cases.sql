-- One agency's part in one case (ADR 0022): the referral the agency directory routed to it with its acknowledgement
-- clock, its section 47 enquiries, and the strategy actions the police gave it. Written by the agency-cases
-- projection in the command's transaction; rebuilt by replaying the AgencyCase streams into empty tables.
CREATE TABLE agency_case (
    agency_case_id        VARCHAR(300) PRIMARY KEY,
    case_id               VARCHAR(100) NOT NULL,
    agency_id             VARCHAR(200) NOT NULL,
    school_urn            VARCHAR(20),
    local_authority_code  VARCHAR(9),
    referred_at           TIMESTAMPTZ,
    acknowledge_by        TIMESTAMPTZ,
    acknowledged_at       TIMESTAMPTZ,
    acknowledged_by       VARCHAR(200),
    acknowledged_late     BOOLEAN NOT NULL DEFAULT FALSE,
    acknowledgement_overdue BOOLEAN NOT NULL DEFAULT FALSE,
    section47_started_at  TIMESTAMPTZ,
    section47_outcome     VARCHAR(40),
    section47_outcome_at  TIMESTAMPTZ,
    updated_at            TIMESTAMPTZ NOT NULL
);
CREATE INDEX agency_case_by_agency ON agency_case (agency_id, updated_at DESC);
CREATE UNIQUE INDEX agency_case_by_case ON agency_case (case_id, agency_id);

CREATE TABLE agency_case_action (
    agency_case_id        VARCHAR(300) NOT NULL REFERENCES agency_case (agency_case_id),
    action_id             VARCHAR(100) NOT NULL,
    meeting_id            VARCHAR(100) NOT NULL,
    due_by                TIMESTAMPTZ,
    completed_by_agency_at TIMESTAMPTZ,
    completed_at          TIMESTAMPTZ,
    PRIMARY KEY (agency_case_id, action_id)
);
