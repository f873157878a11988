-- Subject access requests (ADR 0057).

-- The school's view of its requests: projected by subject-access-requests from the SubjectAccessRequest aggregate.
CREATE TABLE subject_access_request (
    request_id        UUID         PRIMARY KEY,
    case_id           UUID         NOT NULL,
    case_reference    VARCHAR(40)  NOT NULL,
    school_urn        VARCHAR(20)  NOT NULL,
    child_ref         VARCHAR(10)  NOT NULL,
    requester         TEXT         NOT NULL,
    reason            TEXT         NOT NULL,
    started_by        VARCHAR(200) NOT NULL,
    started_at        TIMESTAMPTZ  NOT NULL,
    released_at       TIMESTAMPTZ,
    released_by       VARCHAR(200),
    release_rationale TEXT,
    redaction_count   INTEGER,
    pdf_sha256        VARCHAR(64),
    json_sha256       VARCHAR(64)
);
CREATE INDEX subject_access_request_case_idx ON subject_access_request (case_id);

-- The phrases a DSL chose to withhold, in the order added.
CREATE TABLE subject_access_redaction (
    request_id UUID         NOT NULL,
    position   INTEGER      NOT NULL,
    phrase     TEXT         NOT NULL,
    reason     TEXT         NOT NULL,
    added_by   VARCHAR(200) NOT NULL,
    added_at   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (request_id, position)
);

-- Not a projection: files a case holds about its children (a released disclosure's PDF and JSON), encrypted under the
-- case's key by the personal details vault, deleted with the key when the case is erased.
CREATE TABLE case_document (
    case_id     UUID        NOT NULL,
    document_id UUID        NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    nonce       BYTEA       NOT NULL,
    ciphertext  BYTEA       NOT NULL,
    stored_at   TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (document_id, kind)
);
CREATE INDEX case_document_case_idx ON case_document (case_id);
