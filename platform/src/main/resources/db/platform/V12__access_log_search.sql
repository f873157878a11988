-- The auditors' questions to the access log (ADR 0047): by person and by time, beside the existing case and
-- organisation indexes. Indexes only; the table and its append-only protection are unchanged.
CREATE INDEX access_log_actor_idx ON access_log (actor_id, id DESC);
CREATE INDEX access_log_at_idx ON access_log (at);
