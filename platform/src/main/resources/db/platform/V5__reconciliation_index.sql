-- The publication check looks up mapped event types behind the publisher every minute; this index keeps that a
-- range scan over the published types instead of a scan of the whole event store.
CREATE INDEX domain_event_entry_payload_type_idx ON domain_event_entry (payload_type, global_index);
