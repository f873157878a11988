-- ADR 0082: a school's legal hold on a case, learnt from school.legal-hold-placed.v1 / legal-hold-lifted.v1 in the
-- delivery intake's transaction (as case_context). While a row of the case is held, the retention job erases none of
-- the case's copies and no agency case's free text about it. One row per case and holding organisation: the latest
-- placing or lifting wins, by the time the school recorded it, so a replayed or late older event changes nothing.
-- Codes, ids and times only: the hold's reason stays with the school.
CREATE TABLE case_legal_hold (
    case_id              VARCHAR(255) NOT NULL,
    holding_organisation VARCHAR(200) NOT NULL,
    school_urn           VARCHAR(16)  NOT NULL,
    held                 BOOLEAN      NOT NULL,
    changed_at           TIMESTAMPTZ  NOT NULL,
    event_id             VARCHAR(255) NOT NULL,
    CONSTRAINT case_legal_hold_pk PRIMARY KEY (case_id, holding_organisation)
);

CREATE INDEX case_legal_hold_held_idx ON case_legal_hold (case_id) WHERE held;
