-- The LADO route (ADR 0055): adults in a position of trust recorded on a case, the clock of their referral to the
-- Local Authority Designated Officer, and what the LADO did, as the school sees it.

-- Projected by case-views from the case's own events: role and employer's kind only, never who the adult is.
CREATE TABLE case_adult (
    case_id         UUID         NOT NULL,
    adult_ref       VARCHAR(10)  NOT NULL,
    role            VARCHAR(40)  NOT NULL,
    employer        VARCHAR(40)  NOT NULL,
    recorded_at     TIMESTAMPTZ  NOT NULL,
    recorded_by     VARCHAR(200) NOT NULL,
    lado_referred_at TIMESTAMPTZ,
    PRIMARY KEY (case_id, adult_ref)
);

-- When the referral of the adults not yet referred is due (null when none waits), and whether the clock ran out.
ALTER TABLE case_summary
    ADD COLUMN lado_referral_due_at  TIMESTAMPTZ,
    ADD COLUMN lado_referral_overdue BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN lado_referred_at      TIMESTAMPTZ;

-- What the LADO did, learnt from casebridge.agency.events by the agency-acts listener in the inbox transaction (the
-- timeline lines go to case_agency_event, as children's social care's do).
CREATE TABLE case_lado_referral (
    case_id              UUID         NOT NULL,
    agency_id            VARCHAR(200) NOT NULL,
    received_at          TIMESTAMPTZ,
    acknowledged_at      TIMESTAMPTZ,
    meeting_held_on      DATE,
    meeting_attendees    VARCHAR(2000),
    outcome              VARCHAR(40),
    outcome_recorded_at  TIMESTAMPTZ,
    updated_at           TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (case_id, agency_id)
);
