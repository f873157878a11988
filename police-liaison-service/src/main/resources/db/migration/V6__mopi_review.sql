-- A crime record that reached its MoPI review date (ADR 0053): the day it fell due and its MoPI group, from
-- CrimeRecordDueForReviewEvent; NULL while no review is due. Part of the escalations projection, emptied on reset.
ALTER TABLE police_escalation ADD COLUMN review_due_on DATE, ADD COLUMN mopi_group INT;
