package org.casebridge.events.school;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A school referred a case to the police and/or children's social care.
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param localAuthorityCode the school's local authority (ONS code), which decides which agencies hear of it
 * @param forceCode          the police force for the school's area
 * @param referredTo         POLICE and/or CHILDRENS_SOCIAL_CARE
 * @param criteriaMet        the immediate-referral criteria met (codes), empty when the DSL referred on judgement
 * @param children           the children involved, pseudonymous
 * @param referredAt         when the DSL referred
 */
@EventType("org.casebridge.school.referral-made.v1")
public record ReferralMadeEvent(
        String caseId,
        String schoolUrn,
        String localAuthorityCode,
        String forceCode,
        List<String> referredTo,
        List<String> criteriaMet,
        List<ChildSummary> children,
        Instant referredAt)
        implements SchoolEvent {

    public ReferralMadeEvent {
        referredTo = List.copyOf(referredTo);
        criteriaMet = List.copyOf(criteriaMet);
        children = List.copyOf(children);
    }
}
