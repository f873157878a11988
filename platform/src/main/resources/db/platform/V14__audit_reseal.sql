-- Rows of a chained log that a migration rewrote on purpose (ADR 0058: free text sealed under the case's key), each
-- with the row hash the chain holds, the row's new hash, why, and the service's Ed25519 signature over all of it. The
-- verifier (ADR 0045) accepts a changed row only through a signed reseal from the chained hash to the row's hash now.
CREATE TABLE audit_reseal (
    id                BIGSERIAL    NOT NULL,
    source            VARCHAR(16)  NOT NULL,
    row_key           BIGINT       NOT NULL,
    chained_row_hash  BYTEA        NOT NULL,
    resealed_row_hash BYTEA        NOT NULL,
    resealed_at       TIMESTAMPTZ  NOT NULL,
    reason            VARCHAR(200) NOT NULL,
    public_key        BYTEA        NOT NULL,
    signature         BYTEA        NOT NULL,
    CONSTRAINT audit_reseal_pk PRIMARY KEY (id)
);
CREATE INDEX audit_reseal_row_idx ON audit_reseal (source, row_key);

CREATE TRIGGER audit_reseal_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_reseal
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
