-- Issue 12 item 7 (ADR 0044): a strategy action says what it is by a code. Actions assigned before the codes are OTHER,
-- as their stored events read through ActionAssignedEventUpcaster; their description still says what.
ALTER TABLE police_strategy_action
    ADD COLUMN action_type text NOT NULL DEFAULT 'OTHER';
