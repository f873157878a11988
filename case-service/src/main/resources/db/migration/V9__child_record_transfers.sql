-- Child protection file transfers between schools (ADR 0054).

-- The sending school's view of the records its cases sent: projected by case-views from the case's own events.
CREATE TABLE case_transfer (
    transfer_id      UUID         PRIMARY KEY,
    case_id          UUID         NOT NULL,
    child_ref        VARCHAR(10)  NOT NULL,
    to_school_urn    VARCHAR(20)  NOT NULL,
    started_at       TIMESTAMPTZ  NOT NULL,
    started_by       VARCHAR(200) NOT NULL,
    child_started_on DATE         NOT NULL,
    due_at           TIMESTAMPTZ  NOT NULL,
    reason           TEXT,
    overdue          BOOLEAN      NOT NULL DEFAULT FALSE,
    received_at      TIMESTAMPTZ,
    received_by      VARCHAR(200)
);
CREATE INDEX case_transfer_case_idx ON case_transfer (case_id);

-- The receiving school's own record of each child's file it was sent: projected by child-record-transfers from the
-- TransferredChildRecord aggregate's events. The child's identity is not here: it is in child_personal_details,
-- encrypted under the record's own key in case_key (the record's id in place of a case id).
CREATE TABLE transferred_child_record (
    transfer_id         UUID         PRIMARY KEY,
    school_urn          VARCHAR(20)  NOT NULL,
    from_school_urn     VARCHAR(20)  NOT NULL,
    from_case_reference VARCHAR(40)  NOT NULL,
    child_ref           VARCHAR(10)  NOT NULL,
    child_started_on    DATE         NOT NULL,
    due_at              TIMESTAMPTZ  NOT NULL,
    sent_at             TIMESTAMPTZ  NOT NULL,
    sent_by             VARCHAR(200) NOT NULL,
    reason              TEXT,
    record              JSONB        NOT NULL,
    confirmed_at        TIMESTAMPTZ,
    confirmed_by        VARCHAR(200)
);
CREATE INDEX transferred_child_record_school_idx ON transferred_child_record (school_urn);
