-- The normal pension age the LADO recorded for each adult of an allegation, and the adult's consent to keep the record
-- of a false or malicious allegation (ADR 0084). The pension age and the consent's basis are the LADO's words about
-- the adult: copies of what is sealed under the agency case's key, replaced when its retention ends (the pension age
-- emptied, the basis and the withdrawal's reason the erased words), as a replay writes them.
ALTER TABLE agency_lado_adult
    ADD COLUMN pension_age_recorded_at     TIMESTAMPTZ,
    ADD COLUMN pension_age_recorded_by     VARCHAR(200),
    ADD COLUMN pension_age_on              DATE,
    ADD COLUMN retention_consent_at        TIMESTAMPTZ,
    ADD COLUMN retention_consent_by        VARCHAR(200),
    ADD COLUMN retention_consent_basis     TEXT,
    ADD COLUMN consent_withdrawn_at        TIMESTAMPTZ,
    ADD COLUMN consent_withdrawn_by        VARCHAR(200),
    ADD COLUMN consent_withdrawal_rationale TEXT;
