-- The two topics are consumed independently, so a police event can be received before the school's referral that
-- tells us the case's area (for example when catching up after a restart). Such events wait for the area
-- (awaiting_area) and are planned again when it becomes known; and deliveries are ordered by the producer's event
-- time first, arrival second, so that the referral still goes out before the police events that followed it.
ALTER TABLE received_event ADD COLUMN awaiting_area BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX received_event_awaiting_area_idx ON received_event (case_id, seq) WHERE awaiting_area;

ALTER TABLE delivery ADD COLUMN event_time TIMESTAMPTZ;
UPDATE delivery d SET event_time = r.occurred_at FROM received_event r WHERE r.event_id = d.event_id;
ALTER TABLE delivery ALTER COLUMN event_time SET NOT NULL;

DROP INDEX delivery_pending_idx;
CREATE INDEX delivery_pending_idx ON delivery (subscription_id, case_id, event_time, event_seq) WHERE status = 'PENDING';
