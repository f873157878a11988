-- A force's subject access requests (ADR 0066).

-- The force's view of its requests: projected by police-subject-access-requests from the SubjectAccessRequest
-- aggregate.
CREATE TABLE police_subject_access_request (
    request_id        text        PRIMARY KEY,
    case_id           text        NOT NULL,
    case_reference    text,
    force_code        text        NOT NULL,
    child_ref         text        NOT NULL,
    requester         text        NOT NULL,
    reason            text        NOT NULL,
    started_by        text        NOT NULL,
    started_at        timestamptz NOT NULL,
    released_at       timestamptz,
    released_by       text,
    release_rationale text,
    redaction_count   integer,
    pdf_sha256        text,
    json_sha256       text,
    -- the phrases the supervisor chose to withhold, in the order added: [{phrase, reason, addedBy, addedAt}]
    chosen_redactions jsonb       NOT NULL DEFAULT '[]'
);
CREATE INDEX police_subject_access_request_case_idx ON police_subject_access_request (case_id);

-- Not a projection: the files of a released disclosure, exactly as released (their SHA-256 is on the disclosure
-- event), written in the release's own transaction.
CREATE TABLE police_disclosure_file (
    request_id text        NOT NULL,
    kind       text        NOT NULL,
    content    bytea       NOT NULL,
    stored_at  timestamptz NOT NULL,
    PRIMARY KEY (request_id, kind)
);
