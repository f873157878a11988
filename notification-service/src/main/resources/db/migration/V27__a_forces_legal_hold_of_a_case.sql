-- ADR 0087: a force's legal hold on its escalation of a case, learnt from police.legal-hold-placed.v1 /
-- legal-hold-lifted.v1 into the same table as the school's (V25), keyed by the case and the holding force's code.
-- The police events do not carry the school and case_context does not keep it, so a force's row has no school_urn.
-- holder_kind tells a school's row from a force's: an escalation's hold moves with it to the force it is transferred to
-- (ADR 0081), so the latest placing or lifting of any force decides every force's row of the case.
ALTER TABLE case_legal_hold ALTER COLUMN school_urn DROP NOT NULL;
ALTER TABLE case_legal_hold ADD COLUMN holder_kind VARCHAR(16) NOT NULL DEFAULT 'SCHOOL';
ALTER TABLE case_legal_hold ADD CONSTRAINT case_legal_hold_holder_kind_ck
    CHECK (holder_kind IN ('SCHOOL', 'POLICE_FORCE'));
ALTER TABLE case_legal_hold ADD CONSTRAINT case_legal_hold_school_urn_ck
    CHECK (holder_kind <> 'SCHOOL' OR school_urn IS NOT NULL);
