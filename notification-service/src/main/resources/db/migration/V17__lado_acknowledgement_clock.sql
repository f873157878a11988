-- The LADO's acknowledgement clock runs on the persistent DeadlineManager (ADR 0065): the agency-cases projection
-- records the flag it raises, as agency_case.acknowledgement_overdue does for children's social care's.
ALTER TABLE agency_lado_referral ADD COLUMN acknowledgement_overdue BOOLEAN NOT NULL DEFAULT FALSE;
