-- The audit chain (ADR 0045): every committed row of the event store and of the access log, in the order of its key,
-- hashed and chained per source, so that a changed byte, a removed, added or moved row breaks the chain.
CREATE TABLE audit_chain (
    source        VARCHAR(16)  NOT NULL,
    position      BIGINT       NOT NULL,
    row_key       BIGINT       NOT NULL,
    row_hash      BYTEA        NOT NULL,
    previous_hash BYTEA        NOT NULL,
    chained_hash  BYTEA        NOT NULL,
    chained_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT audit_chain_pk PRIMARY KEY (source, position),
    CONSTRAINT audit_chain_row_uk UNIQUE (source, row_key)
);

-- What each source's sequence had handed out, and when: the chaining job takes only rows at or below a horizon older
-- than the safety window, when every transaction that could still hold a lower key has ended. Not evidence: rows go.
CREATE TABLE audit_chain_horizon (
    source         VARCHAR(16) NOT NULL,
    sequence_value BIGINT      NOT NULL,
    taken_at       TIMESTAMPTZ NOT NULL
);
CREATE INDEX audit_chain_horizon_idx ON audit_chain_horizon (source, taken_at);

-- Signed checkpoints: the heads of both chains, the time and the counts, signed with the service's key.
CREATE TABLE audit_checkpoint (
    id             BIGSERIAL    NOT NULL,
    taken_at       TIMESTAMPTZ  NOT NULL,
    event_entries  BIGINT       NOT NULL,
    event_head     BYTEA        NOT NULL,
    access_entries BIGINT       NOT NULL,
    access_head    BYTEA        NOT NULL,
    root           BYTEA        NOT NULL,
    algorithm      VARCHAR(20)  NOT NULL,
    public_key     BYTEA        NOT NULL,
    signature      BYTEA        NOT NULL,
    CONSTRAINT audit_checkpoint_pk PRIMARY KEY (id)
);

CREATE FUNCTION audit_is_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_chain_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();

CREATE TRIGGER audit_checkpoint_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_checkpoint
    FOR EACH STATEMENT EXECUTE FUNCTION audit_is_append_only();
