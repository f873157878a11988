-- Since when the school has referred each case to children's social care (a referral or escalation naming it), so
-- the sharing rules can tell a case sent to social care from a police-only referral. Filled for the cases received
-- so far from the kept copies of their events.
ALTER TABLE case_context ADD COLUMN childrens_social_care_since TIMESTAMPTZ;

UPDATE case_context c
SET childrens_social_care_since = referred.since
FROM (SELECT case_id, min(occurred_at) AS since
      FROM received_event
      WHERE event_type IN ('org.casebridge.school.referral-made.v1', 'org.casebridge.school.escalation-made.v1')
        AND payload -> 'referredTo' ? 'CHILDRENS_SOCIAL_CARE'
      GROUP BY case_id) referred
WHERE c.case_id = referred.case_id;
