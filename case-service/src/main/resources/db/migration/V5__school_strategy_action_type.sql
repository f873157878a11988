-- Issue 12 item 7 (ADR 0044): the school sees what each of its strategy actions is, by the police's code
-- (strategy-action-assigned.v2). Actions learnt before are OTHER, as their stored events read through
-- SchoolActionAssignedEventUpcaster.
ALTER TABLE school_strategy_action
    ADD COLUMN action_type VARCHAR(60) NOT NULL DEFAULT 'OTHER';
