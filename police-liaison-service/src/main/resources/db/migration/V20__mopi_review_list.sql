-- The force's list of MoPI reviews due (ADR 0083): the day the escalation's review falls due under the clock that
-- applies now (a crime's classification, a decline with no crime, or a transfer never acted on: ADR 0053, 0069, 0076),
-- its MoPI group and which clock it is, written by the escalations projection from the schedule in
-- reference/mopi-review.csv, and the erasure that ends the review. NULL where no clock runs. Part of the escalations
-- projection, emptied on reset; rows stored before this migration are filled by replaying police-escalations once.
ALTER TABLE police_escalation
    ADD COLUMN review_on DATE,
    ADD COLUMN review_group INT,
    ADD COLUMN review_basis TEXT,
    ADD COLUMN personal_details_erased_at TIMESTAMPTZ;

CREATE INDEX police_escalation_review_on ON police_escalation (force_code, review_on)
    WHERE review_on IS NOT NULL AND personal_details_erased_at IS NULL;
