-- The keys that seal a record's free text (ADR 0064) for a service with no key table of its own (case-service keeps
-- case_key, ADR 0058): one per record (police: per case), wrapped by the service's master key, created with the
-- record's first sealed text. Erasing the record sets key_material to NULL for good; the row keeps the dates.
CREATE TABLE sealing_key (
    key_id       UUID        NOT NULL,
    key_material BYTEA,
    created_at   TIMESTAMPTZ NOT NULL,
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT sealing_key_pk PRIMARY KEY (key_id),
    CONSTRAINT sealing_key_destroyed_for_good CHECK ((key_material IS NULL) = (destroyed_at IS NOT NULL))
);
