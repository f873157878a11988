package org.casebridge.events.agency;

import java.time.Instant;
import org.casebridge.events.CaseReadEvent;
import org.casebridge.events.EventType;

/**
 * Someone outside the school read what notification-service holds of the school's case: an agency (its referral, the
 * shares it was sent, its subject access bundle) or an auditor (ADR 0070). Codes only; who read it stays in
 * notification-service's access log.
 */
@EventType("org.casebridge.agency.case-read.v1")
public record CaseReadByAgencyEvent(
        String caseId,
        String schoolUrn,
        String readerOrganisation,
        String readerKind,
        String readerRole,
        String record,
        String lawfulBasis,
        Instant readAt)
        implements AgencyEvent, CaseReadEvent {}
