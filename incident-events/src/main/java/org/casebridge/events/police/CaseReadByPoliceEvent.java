package org.casebridge.events.police;

import java.time.Instant;
import org.casebridge.events.CaseReadEvent;
import org.casebridge.events.EventType;

/**
 * Someone outside the school read the school's case in police-liaison-service: an officer of the force holding the
 * escalation, or an auditor (ADR 0070). Codes only; who read it stays in the police's access log.
 *
 * @param forceCode the force whose record was read (the escalation's force)
 */
@EventType("org.casebridge.police.case-read.v1")
public record CaseReadByPoliceEvent(
        String caseId,
        String forceCode,
        String schoolUrn,
        String readerOrganisation,
        String readerKind,
        String readerRole,
        String record,
        String lawfulBasis,
        Instant readAt)
        implements PoliceEvent, CaseReadEvent {}
