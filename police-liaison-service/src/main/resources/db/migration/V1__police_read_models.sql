-- Read models and the crime-reference claim table of police-liaison-service. Axon's tables, the Kafka inbox and
-- ledger, and the deadline scheduler belong to the platform's migrations.

-- Crime references are unique within a force (claimed inside the RecordCrime command's transaction).
CREATE TABLE police_crime_reference (
    force_code      text NOT NULL,
    crime_reference text NOT NULL,
    case_id         text NOT NULL,
    PRIMARY KEY (force_code, crime_reference)
);

-- One row per escalation: the inbox, the case detail and the supervisor's sign-off queue.
CREATE TABLE police_escalation (
    case_id                   text PRIMARY KEY,
    force_code                text        NOT NULL,
    school_urn                text        NOT NULL,
    local_authority_code      text,
    status                    text        NOT NULL,
    criteria_met              jsonb       NOT NULL,
    children                  jsonb       NOT NULL,
    referred_at               timestamptz NOT NULL,
    received_at               timestamptz NOT NULL,
    strategy_meeting_due_by   timestamptz NOT NULL,
    strategy_meeting_required boolean,
    strategy_meeting_held     boolean     NOT NULL DEFAULT false,
    strategy_meeting_overdue  boolean     NOT NULL DEFAULT false,
    accepted_by               text,
    accepted_by_role          text,
    accepted_at               timestamptz,
    declined_reason           text,
    declined_by               text,
    declined_at               timestamptz,
    transfers                 jsonb       NOT NULL DEFAULT '[]',
    classification            text,
    crime_reference           text,
    crime_recorded_at         timestamptz,
    crime_recorded_by         text,
    child_roles               jsonb,
    aggravating_factors       jsonb,
    police_path               text,
    assessed_by               text,
    assessed_at               timestamptz,
    outcome_status            text,
    outcome                   text,
    outcome_rationale         text,
    diversionary_activity     text,
    proposed_by               text,
    proposed_at               timestamptz,
    sent_back_reason          text,
    sent_back_by              text,
    sent_back_at              timestamptz,
    signed_off_by             text,
    outcome_assigned_at       timestamptz,
    disclosures               jsonb       NOT NULL DEFAULT '[]',
    updated_at                timestamptz NOT NULL
);
CREATE INDEX police_escalation_inbox ON police_escalation (force_code, status, referred_at);
CREATE INDEX police_escalation_sign_off ON police_escalation (force_code, outcome_status);

CREATE TABLE police_strategy_meeting (
    meeting_id    text PRIMARY KEY,
    case_id       text        NOT NULL,
    force_code    text        NOT NULL,
    scheduled_for timestamptz NOT NULL,
    venue         text        NOT NULL,
    invitees      jsonb       NOT NULL,
    convened_by   text        NOT NULL,
    convened_at   timestamptz NOT NULL,
    held_at       timestamptz,
    attendees     jsonb,
    information   jsonb       NOT NULL DEFAULT '[]',
    decisions     jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX police_strategy_meeting_case ON police_strategy_meeting (case_id);

CREATE TABLE police_strategy_action (
    action_id          text PRIMARY KEY,
    meeting_id         text        NOT NULL,
    case_id            text        NOT NULL,
    force_code         text        NOT NULL,
    description        text        NOT NULL,
    owner_type         text        NOT NULL,
    owner_organisation text        NOT NULL,
    owner_role         text,
    due_by             timestamptz NOT NULL,
    assigned_by        text        NOT NULL,
    assigned_at        timestamptz NOT NULL,
    completed_at       timestamptz,
    completed_by       text,
    completion_note    text,
    flagged_overdue    boolean     NOT NULL DEFAULT false
);
CREATE INDEX police_strategy_action_case ON police_strategy_action (case_id);
CREATE INDEX police_strategy_action_force ON police_strategy_action (force_code, due_by) WHERE completed_at IS NULL;

CREATE TABLE police_device (
    device_id                      text PRIMARY KEY,
    case_id                        text        NOT NULL,
    force_code                     text        NOT NULL,
    description                    text        NOT NULL,
    owner_child_ref                text,
    seized                         boolean     NOT NULL,
    exhibit_reference              text,
    not_seized_reason              text,
    school_may_use_deletion_powers boolean,
    examinations                   jsonb       NOT NULL DEFAULT '[]',
    caid                           jsonb       NOT NULL DEFAULT '[]',
    report_remove                  jsonb       NOT NULL DEFAULT '[]',
    disposal                       text,
    disposal_rationale             text,
    disposed_by                    text,
    disposed_at                    timestamptz,
    recorded_by                    text        NOT NULL,
    recorded_at                    timestamptz NOT NULL
);
CREATE INDEX police_device_case ON police_device (case_id);
