-- When the LADO's record of an allegation passed its retention and its free text was erased with the agency case's
-- key (ADR 0075). The rationales and the attendees' organisations then hold the erased words, as a replay writes them.
ALTER TABLE agency_lado_referral ADD COLUMN free_text_erased_at TIMESTAMPTZ;
