-- Issue 12, police side: a re-escalation opens a new round; the school's closure, the crime's amendments and the
-- reason for "no aggravating factors" show on the escalation; a device names the school's device it concerns.
ALTER TABLE police_escalation
    ADD COLUMN round                                int         NOT NULL DEFAULT 1,
    ADD COLUMN criteria_newly_met                   jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN round_opened_at                      timestamptz,
    ADD COLUMN previous_outcome                     text,
    ADD COLUMN no_factors_reason                    text,
    ADD COLUMN amendments                           jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN victim_crimes                        jsonb       NOT NULL DEFAULT '[]',
    ADD COLUMN school_closed_at                     timestamptz,
    ADD COLUMN school_closed_without_police_outcome boolean;

ALTER TABLE police_device
    ADD COLUMN school_device_ref            text,
    ADD COLUMN school_deletion_withdrawn_at timestamptz;
