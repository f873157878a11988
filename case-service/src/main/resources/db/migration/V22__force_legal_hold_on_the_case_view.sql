-- ADR 0089: the force's legal hold on its escalation, as the school's case view shows it. Projection columns only: the
-- rule (the school's erasure waits while the force holds the case) lives in the SafeguardingCase aggregate. Never the
-- reason, which stays with the police. NULL for a case the force never held; the projection's reset empties the table.
ALTER TABLE case_summary
    ADD COLUMN police_legal_hold_force      VARCHAR(20),
    ADD COLUMN police_legal_hold_since      TIMESTAMPTZ,
    ADD COLUMN police_legal_hold_lifted_by  VARCHAR(20),
    ADD COLUMN police_legal_hold_lifted_at  TIMESTAMPTZ,
    ADD COLUMN police_legal_hold_changed_at TIMESTAMPTZ;
