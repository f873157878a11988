package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.EventType;

/**
 * A strategy meeting made a decision. The topic and, for the s.47 decision, its answer; the wording and rationale
 * stay with the police and are read through the API by those entitled.
 *
 * @param caseId               the case
 * @param forceCode            the force that chaired the meeting
 * @param meetingId            the meeting
 * @param decisionId           the decision
 * @param topic                SECTION_47_ENQUIRIES, POLICE_INVESTIGATION, SUPPORT_PLAN or OTHER
 * @param startSection47       for SECTION_47_ENQUIRIES: whether enquiries under Children Act 1989 s.47 start; else null
 * @param decidedAt            when
 */
@EventType("org.casebridge.police.strategy-decision-recorded.v1")
public record StrategyDecisionRecordedEvent(
        String caseId,
        String forceCode,
        String meetingId,
        String decisionId,
        String topic,
        Boolean startSection47,
        Instant decidedAt)
        implements PoliceEvent {}
