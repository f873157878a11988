-- The LADO's part in a case (ADR 0055): the school's referral the agency directory routed to the LADO of the area,
-- its acknowledgement, the allegation management meeting and the outcome. Written by the agency-cases projection in
-- the command's transaction beside agency_case (which gets the case's row); rebuilt by replaying the AgencyCase streams.
CREATE TABLE agency_lado_referral (
    agency_case_id       VARCHAR(300) PRIMARY KEY REFERENCES agency_case (agency_case_id),
    children             INTEGER      NOT NULL,
    referral_due_by      TIMESTAMPTZ,
    referral_late        BOOLEAN      NOT NULL DEFAULT FALSE,
    referred_at          TIMESTAMPTZ  NOT NULL,
    acknowledge_by       TIMESTAMPTZ  NOT NULL,
    acknowledged_at      TIMESTAMPTZ,
    acknowledged_by      VARCHAR(200),
    acknowledged_late    BOOLEAN      NOT NULL DEFAULT FALSE,
    meeting_held_on      DATE,
    meeting_rationale    TEXT,
    meeting_recorded_by  VARCHAR(200),
    outcome              VARCHAR(40),
    outcome_rationale    TEXT,
    outcome_recorded_at  TIMESTAMPTZ,
    outcome_recorded_by  VARCHAR(200)
);

-- The adults referred: role and employer's kind, never who.
CREATE TABLE agency_lado_adult (
    agency_case_id VARCHAR(300) NOT NULL REFERENCES agency_case (agency_case_id),
    adult_ref      VARCHAR(10)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    employer       VARCHAR(40)  NOT NULL,
    referred_at    TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (agency_case_id, adult_ref)
);

-- Who attended the allegation management meeting, by role and organisation, in the order given.
CREATE TABLE agency_lado_attendee (
    agency_case_id VARCHAR(300) NOT NULL REFERENCES agency_case (agency_case_id),
    position       INTEGER      NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    organisation   VARCHAR(200) NOT NULL,
    PRIMARY KEY (agency_case_id, position)
);
