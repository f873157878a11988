-- The school's reference for the case (ADR 0062), from the school's case-referenced event; null until it arrives.
ALTER TABLE police_escalation ADD COLUMN case_reference text;
