-- A legal hold on an escalation (ADR 0081), from LegalHoldSetEvent and LegalHoldLiftedEvent: since when it is held,
-- by whom (a user id) and why (the reason as typed; erased with the case's personal data), NULL while none is set; and
-- every set and lift, for the timeline. Part of the escalations projection, emptied on reset.
ALTER TABLE police_escalation
    ADD COLUMN legal_hold_since  timestamptz,
    ADD COLUMN legal_hold_by     text,
    ADD COLUMN legal_hold_reason text,
    ADD COLUMN legal_holds       jsonb NOT NULL DEFAULT '[]';
