package org.casebridge.events.school;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * The human reference of a case the school referred or escalated ({@code CPA-2026-0042}, ADR 0048), published beside
 * every {@link ReferralMadeEvent} and {@link EscalationMadeEvent} (ADR 0062), so that an officer or a social worker can
 * name the case as the school does. The reference is the school's short code, a year and a number: it names no person.
 * A case reported before references existed carries its legacy reference (the URN and the first eight hex digits of
 * the case id).
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param localAuthorityCode the school's local authority (ONS code)
 * @param forceCode          the police force for the school's area
 * @param referredTo         POLICE and/or CHILDRENS_SOCIAL_CARE, as on the referral or escalation it accompanies
 * @param caseReference      the case's reference for people
 * @param referencedAt       when the referral or escalation it accompanies was made
 */
@EventType("org.casebridge.school.case-referenced.v1")
public record CaseReferencedEvent(
        String caseId,
        String schoolUrn,
        String localAuthorityCode,
        String forceCode,
        List<String> referredTo,
        String caseReference,
        Instant referencedAt)
        implements SchoolEvent {

    public CaseReferencedEvent {
        referredTo = List.copyOf(referredTo);
    }
}
