-- Partnership reporting (issue 13 item 4): anonymised monthly figures per local authority area, written by the
-- partnership-report projection from PartnershipFactsRecordedEvent and the agency cases' acknowledgement clocks, and
-- emptied by its reset handler so that a replay (ADR 0050) rebuilds them from the event store.

-- The figures: one row per area, month (first day, Europe/London), measure and category. No case ids.
CREATE TABLE partnership_count (
    local_authority_code VARCHAR(16) NOT NULL,
    month                DATE        NOT NULL,
    measure              VARCHAR(40) NOT NULL,
    category             VARCHAR(80) NOT NULL,
    count                INTEGER     NOT NULL,
    CONSTRAINT partnership_count_pk PRIMARY KEY (local_authority_code, month, measure, category)
);

-- Days from the school's referral to the police outcome, one row per outcome, by the month of the outcome. No case ids.
CREATE TABLE partnership_duration (
    duration_id          BIGSERIAL   NOT NULL,
    local_authority_code VARCHAR(16) NOT NULL,
    month                DATE        NOT NULL,
    days                 INTEGER     NOT NULL,
    CONSTRAINT partnership_duration_pk PRIMARY KEY (duration_id)
);
CREATE INDEX partnership_duration_area_idx ON partnership_duration (local_authority_code, month);

-- The projection's working memory, never read by the report: each case's area and first referral (police events do
-- not carry the area), and the facts of a case whose area is not known yet, counted when it is.
CREATE TABLE partnership_case (
    case_id              VARCHAR(255) NOT NULL,
    local_authority_code VARCHAR(16),
    referred_at          TIMESTAMPTZ,
    CONSTRAINT partnership_case_pk PRIMARY KEY (case_id)
);

CREATE TABLE partnership_pending_fact (
    pending_id BIGSERIAL    NOT NULL,
    case_id    VARCHAR(255) NOT NULL,
    measure    VARCHAR(40)  NOT NULL,
    category   VARCHAR(80)  NOT NULL,
    happened_at TIMESTAMPTZ NOT NULL,
    CONSTRAINT partnership_pending_fact_pk PRIMARY KEY (pending_id)
);
CREATE INDEX partnership_pending_fact_case_idx ON partnership_pending_fact (case_id, pending_id);
