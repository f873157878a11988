package org.casebridge.events.school;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.EventType;

/**
 * A school referred a case in which an adult in a position of trust is or may be involved to the Local Authority
 * Designated Officer of its area (Keeping Children Safe in Education, Part 4; ADR 0055). Roles and refs only.
 *
 * @param caseId             the case
 * @param schoolUrn          the referring school
 * @param localAuthorityCode the school's local authority (ONS code), whose LADO receives it
 * @param adults             the adults referred, by role and employer's kind
 * @param children           the children involved, pseudonymous
 * @param dueBy              when the referral was due (one working day after the first adult was recorded)
 * @param late               whether the school referred after it was due
 * @param referredAt         when the DSL referred
 */
@EventType("org.casebridge.school.lado-referral-made.v1")
public record LadoReferralMadeEvent(
        String caseId,
        String schoolUrn,
        String localAuthorityCode,
        List<AdultSummary> adults,
        List<ChildSummary> children,
        Instant dueBy,
        boolean late,
        Instant referredAt)
        implements SchoolEvent {

    public LadoReferralMadeEvent {
        adults = List.copyOf(adults);
        children = List.copyOf(children);
    }
}
