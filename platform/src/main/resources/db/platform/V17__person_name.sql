-- The display names of the people (and machine clients) who act through this service (ADR 0068): the identity
-- provider's name claim, kept so that a page can say "Sam Okafor, DSL, Clapton Park Academy" where an event records
-- only the user id. Written only when a name is new or changed, never per request. Names are shown only to users of
-- the same organisation; they never go on Kafka, into an event or into a log.
CREATE TABLE person_name (
    user_id      TEXT        NOT NULL,
    organisation TEXT        NOT NULL,
    role         TEXT        NOT NULL,
    display_name TEXT        NOT NULL,
    seen_at      TIMESTAMPTZ NOT NULL,
    CONSTRAINT person_name_pk PRIMARY KEY (user_id)
);
