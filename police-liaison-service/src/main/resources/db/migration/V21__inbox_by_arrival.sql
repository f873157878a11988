-- The inbox "latest to arrive first" (sort=arrived, ADR 0100) reads its first rows from this index instead of sorting
-- every escalation of the force on each read: an inbox screen that refreshes asks for it many times a minute.
CREATE INDEX police_escalation_arrived ON police_escalation (force_code, received_at DESC, case_id);
