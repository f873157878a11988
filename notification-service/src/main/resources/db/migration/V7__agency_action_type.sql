-- Issue 12 item 7 (ADR 0044): an agency sees what each of its strategy actions is, by the police's code
-- (strategy-action-assigned.v2). Actions noted before are OTHER, as their stored events read through
-- StrategyActionNotedEventUpcaster.
ALTER TABLE agency_case_action
    ADD COLUMN action_type VARCHAR(60) NOT NULL DEFAULT 'OTHER';
