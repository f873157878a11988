-- Case references for people (ADR 0048): CPA-2026-0042 instead of the case's UUID.

-- The school's short code comes from the reference data (schools.csv), never from the user; without one, the
-- school's references start with its URN.
ALTER TABLE school ADD COLUMN short_code VARCHAR(8);

-- The last number given per prefix (short code or URN) and year. Incremented by one upsert in the report's
-- transaction, so the row lock orders concurrent reports of one school across every instance.
CREATE TABLE case_reference_counter (
    prefix     VARCHAR(20) NOT NULL,
    year       INTEGER     NOT NULL,
    last_value BIGINT      NOT NULL,
    PRIMARY KEY (prefix, year)
);

-- The reference given to each case since, unique both ways: the report's answer reads it in its transaction.
CREATE TABLE case_reference (
    case_id   UUID        PRIMARY KEY,
    reference VARCHAR(40) NOT NULL UNIQUE
);

-- The case list and detail show the reference. Cases reported before it existed keep the reference their
-- revision-1 report reads with (IncidentReportedEventUpcaster): the school's URN and the case id's first 8 hex digits.
ALTER TABLE case_summary ADD COLUMN reference VARCHAR(40);
UPDATE case_summary SET reference = school_urn || '-' || upper(substr(case_id::text, 1, 8));
