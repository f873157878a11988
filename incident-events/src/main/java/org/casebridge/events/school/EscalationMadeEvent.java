package org.casebridge.events.school;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A school sent new information on a case it had already referred: the agencies now named, and the criteria now met.
 * A case first handled in school and escalated later is published as a {@link ReferralMadeEvent} instead, because
 * for the police and the agencies that is the first they hear of it.
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param localAuthorityCode the school's local authority (ONS code)
 * @param forceCode          the police force for the school's area
 * @param referredTo         POLICE and/or CHILDRENS_SOCIAL_CARE
 * @param criteriaMet        every immediate-referral criterion met so far (codes)
 * @param children           the children involved, pseudonymous
 * @param escalatedAt        when the DSL escalated
 */
@EventType("org.casebridge.school.escalation-made.v1")
public record EscalationMadeEvent(
        String caseId,
        String schoolUrn,
        String localAuthorityCode,
        String forceCode,
        List<String> referredTo,
        List<String> criteriaMet,
        List<ChildSummary> children,
        Instant escalatedAt)
        implements SchoolEvent {

    public EscalationMadeEvent {
        referredTo = List.copyOf(referredTo);
        criteriaMet = List.copyOf(criteriaMet);
        children = List.copyOf(children);
    }
}
