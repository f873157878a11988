package org.casebridge.platform.probe;

import java.time.Instant;
import java.util.List;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.EscalationMadeEvent;
import org.casebridge.events.school.ReferralMadeEvent;

/**
 * The school's events the platform's tests publish: a referral (or escalation) to the police by school 100001 in
 * Tower Hamlets (E09000033) of one pictured child of 14, the probe's case id as the case's.
 */
public final class ProbeSchoolEvents {

    private ProbeSchoolEvents() {}

    public static ReferralMadeEvent referral(String caseId, Instant referredAt) {
        return new ReferralMadeEvent(
                caseId,
                "100001",
                "E09000033",
                "MPS",
                List.of("POLICE"),
                List.of(),
                List.of(new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED"))),
                referredAt);
    }

    /** The case escalated to the police as {@link #referral} refers it. */
    public static EscalationMadeEvent escalation(String caseId, Instant escalatedAt) {
        ReferralMadeEvent referral = referral(caseId, escalatedAt);
        return new EscalationMadeEvent(
                caseId,
                referral.schoolUrn(),
                referral.localAuthorityCode(),
                referral.forceCode(),
                referral.referredTo(),
                referral.criteriaMet(),
                referral.children(),
                escalatedAt);
    }
}
