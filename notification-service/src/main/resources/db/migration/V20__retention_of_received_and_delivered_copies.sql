-- ADR 0069: the retention job erases the payload of a received event and of a delivery once their period has passed
-- (reference/retention-schedules.csv). The row stays, with its ids, type, dates, status and codes; the payload is
-- replaced (the received event keeps only the codes the service reads later) and the time of the erasure recorded.
ALTER TABLE received_event ADD COLUMN payload_erased_at TIMESTAMPTZ;
ALTER TABLE delivery ADD COLUMN payload_erased_at TIMESTAMPTZ;

CREATE INDEX received_event_kept_payload_idx ON received_event (occurred_at) WHERE payload_erased_at IS NULL;
CREATE INDEX delivery_kept_payload_idx ON delivery (event_id) WHERE payload_erased_at IS NULL;
