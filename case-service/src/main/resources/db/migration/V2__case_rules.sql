-- Issue 12: the police's answer to each round of a re-escalation, the legal hold and the disclosure statement on the
-- school's case view. Projection columns only: the rules themselves live in the SafeguardingCase aggregate.
ALTER TABLE case_summary
    ADD COLUMN legal_hold                    BOOLEAN     NOT NULL DEFAULT FALSE,
    ADD COLUMN police_round                  INT,
    ADD COLUMN police_round_answer           VARCHAR(20),
    ADD COLUMN disclosure_statement_given_at TIMESTAMPTZ;
