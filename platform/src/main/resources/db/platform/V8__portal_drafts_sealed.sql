-- Drafts hold what users type, children's names included: from now on each is sealed with AES-256-GCM under the
-- service's draft key (ADR 0015), names the case it belongs to so that erasing the case's personal details deletes
-- it, and expires one session lifetime after its last save. Drafts written before this were stored in clear and
-- cannot be sealed here without the key, so they are deleted: at worst a user types an unsubmitted form again.
DELETE FROM portal_draft;

ALTER TABLE portal_draft
    DROP COLUMN fields,
    ADD COLUMN sealed     bytea       NOT NULL,
    ADD COLUMN case_id    uuid,
    ADD COLUMN expires_at timestamptz NOT NULL;

DROP INDEX portal_draft_updated_at;
CREATE INDEX portal_draft_expires_at ON portal_draft (expires_at);
CREATE INDEX portal_draft_case_id ON portal_draft (case_id) WHERE case_id IS NOT NULL;
