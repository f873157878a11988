package org.casebridge.notification.delivery.it;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;

/**
 * The school's events most ITs publish: a referral (or escalation) of school 100001 to the police and children's
 * social care, for coercion, of one pictured child of 14 in Year 10, made now.
 */
final class SchoolEvents {

    private SchoolEvents() {}

    static ReferralMadeEvent referral(String caseId, String area) {
        return new ReferralMadeEvent(
                caseId,
                "100001",
                area,
                "MPS",
                List.of("POLICE", "CHILDRENS_SOCIAL_CARE"),
                List.of("COERCION"),
                List.of(new ChildSummary("child-1", 14, "Year 10", List.of("PICTURED"))),
                Instant.now());
    }

    /** The same case escalated to the police as {@link #referral} refers it. */
    static EscalationMadeEvent escalation(String caseId, String area) {
        ReferralMadeEvent referral = referral(caseId, area);
        return new EscalationMadeEvent(
                caseId,
                referral.schoolUrn(),
                area,
                referral.forceCode(),
                referral.referredTo(),
                referral.criteriaMet(),
                referral.children(),
                referral.referredAt());
    }
}
