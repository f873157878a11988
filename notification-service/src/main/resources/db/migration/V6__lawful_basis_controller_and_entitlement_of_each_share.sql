-- ADR 0024: every share names its controller (the school or force whose record it is), the lawful basis that
-- controller declared for the event, the agency's own basis with a DPA 2018 Schedule 1 condition chosen from a list,
-- and the sharing rule that entitled the agency (ADR 0025).

-- The subscription's Schedule 1 condition. Subscriptions made before kept a free-text Article 9 condition: the
-- condition whose paragraph the text cites after "Sch 1" (as SubscriptionEventUpcaster reads the stored events), or
-- none, and then nothing is shared under the subscription until the agency subscribes again.
ALTER TABLE subscription ADD COLUMN schedule1_condition VARCHAR(64);

UPDATE subscription s
SET schedule1_condition = cited.condition
FROM (VALUES (1, 'PARA_1_EMPLOYMENT_SOCIAL_SECURITY_AND_SOCIAL_PROTECTION'),
             (2, 'PARA_2_HEALTH_OR_SOCIAL_CARE_PURPOSES'),
             (6, 'PARA_6_STATUTORY_AND_GOVERNMENT_PURPOSES'),
             (7, 'PARA_7_ADMINISTRATION_OF_JUSTICE'),
             (10, 'PARA_10_PREVENTING_OR_DETECTING_UNLAWFUL_ACTS'),
             (17, 'PARA_17_COUNSELLING'),
             (18, 'PARA_18_SAFEGUARDING_OF_CHILDREN_AND_INDIVIDUALS_AT_RISK')) AS cited (paragraph, condition)
WHERE substring(s.article9_condition FROM '(?i)sch(?:edule|\.)?\s*1(?![0-9]).*?para(?:graph)?\.?\s*([0-9]{1,2})(?![0-9])')
      = cited.paragraph::text;

-- The controller of each received event and the basis it was shared on (the ce_lawfulbasis attribute). Events received
-- before ADR 0024 carried none: they were published by the same producers, whose declared basis per event type is
-- in the published language (LawfulBases), so that basis is filled in for them.
ALTER TABLE received_event
    ADD COLUMN controller_kind VARCHAR(16),
    ADD COLUMN controller_id   VARCHAR(200),
    ADD COLUMN lawful_basis    VARCHAR(100);

UPDATE received_event
SET controller_kind = 'SCHOOL', controller_id = payload ->> 'schoolUrn', lawful_basis = 'UK_GDPR/PUBLIC_TASK/SCH1_PARA_18'
WHERE event_type LIKE 'org.casebridge.school.%';

UPDATE received_event
SET controller_kind = 'POLICE_FORCE', controller_id = payload ->> 'forceCode',
    lawful_basis = CASE WHEN event_type LIKE 'org.casebridge.police.strategy-%'
                        THEN 'UK_GDPR/PUBLIC_TASK/SCH1_PARA_18'
                        ELSE 'DPA_2018_PART_3/S35_2_B/SCH8_PARA_4' END
WHERE event_type LIKE 'org.casebridge.police.%';

-- The sharing rule checked when the delivery was queued: the agency's kind, its involvement, and what it may receive.
-- A delivery queued before has none and is not sent (a replay queues it again with its rule).
ALTER TABLE delivery
    ADD COLUMN agency_kind VARCHAR(40),
    ADD COLUMN involvement VARCHAR(40),
    ADD COLUMN share       VARCHAR(40);

ALTER TABLE information_share
    ADD COLUMN controller_kind  VARCHAR(16),
    ADD COLUMN controller_id    VARCHAR(200),
    ADD COLUMN controller_basis VARCHAR(100),
    ADD COLUMN agency_kind      VARCHAR(40),
    ADD COLUMN involvement      VARCHAR(40),
    ADD COLUMN share            VARCHAR(40),
    ADD COLUMN shared_by        VARCHAR(200);
