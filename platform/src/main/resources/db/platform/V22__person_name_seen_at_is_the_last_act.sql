-- ADR 0076: a display name is deleted six years after its person last acted through the service, by the daily task
-- person-name-retention. seen_at now says when they last acted: PeopleNames writes it when the name is new or changed
-- and otherwise at most once a day an instance. The job deletes by it, so it is indexed.
COMMENT ON COLUMN person_name.seen_at IS 'When the person last acted through this service, to the day (ADR 0076)';
CREATE INDEX person_name_seen_at ON person_name (seen_at);
