-- Answers a portal user has typed but not yet submitted, saved as they go so that a timeout or a closed tab loses
-- nothing. They stay in the service that owns the form, are deleted when the form is submitted, and are purged
-- when untouched for the configured period.
CREATE TABLE portal_draft (
    owner_id        text        NOT NULL,
    owner_org       text        NOT NULL,
    draft_key       text        NOT NULL,
    fields          jsonb       NOT NULL,
    updated_at      timestamptz NOT NULL,
    PRIMARY KEY (owner_id, owner_org, draft_key)
);

CREATE INDEX portal_draft_updated_at ON portal_draft (updated_at);
