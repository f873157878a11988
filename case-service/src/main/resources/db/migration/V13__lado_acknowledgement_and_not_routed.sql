-- The LADO route's two new facts on the school's case (ADR 0065), projected by case-views from the case's events:
-- the LADO's acknowledgement ran out on its clock, and the school's referral reached no LADO (the area it was for).
ALTER TABLE case_lado_referral ADD COLUMN acknowledgement_overdue BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE case_summary
    ADD COLUMN lado_not_routed_at   TIMESTAMPTZ,
    ADD COLUMN lado_not_routed_area VARCHAR(20);
