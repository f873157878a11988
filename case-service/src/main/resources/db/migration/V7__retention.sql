-- The last day a case's personal details are kept (ADR 0053): 31 December of the youngest child's year of birth
-- + 25 years, computed from the identities as they arrive, so the daily retention job finds the cases due without
-- decrypting anything and the column reveals a year, never a date of birth. NULL for a case reported before the
-- schedule, until the job's next run fills it in from the vault and the case's pseudonymous ages.
ALTER TABLE case_key ADD COLUMN retain_until DATE;
CREATE INDEX case_key_due_for_erasure ON case_key (retain_until) WHERE key_material IS NOT NULL;
