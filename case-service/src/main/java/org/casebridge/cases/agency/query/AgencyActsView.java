package org.casebridge.cases.agency.query;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/**
 * What other agencies did in the school's case: children's social care's handling of the referral, the strategy
 * actions the police gave the school, and a timeline of both.
 *
 * @param acknowledgementOverdue whether any agency's acknowledgement of the referral is late (the case's flag)
 */
public record AgencyActsView(
        String caseId,
        boolean acknowledgementOverdue,
        List<SocialCare> socialCare,
        List<SchoolAction> strategyActions,
        List<Line> timeline) {

    public AgencyActsView {
        socialCare = List.copyOf(socialCare);
        strategyActions = List.copyOf(strategyActions);
        timeline = List.copyOf(timeline);
    }

    /**
     * One children's social care agency's handling of the referral; {@code routed} false when none was found for the
     * area (agencyId is then empty).
     */
    public record SocialCare(
            String agencyId,
            boolean routed,
            String localAuthorityCode,
            Instant referredAt,
            Instant acknowledgeBy,
            Instant acknowledgedAt,
            boolean overdue,
            Instant section47StartedAt,
            String section47Outcome) {}

    /**
     * A strategy action the police gave the school: what it is by the police's code ({@code actionType}) and in words
     * ({@code what}); the meeting's own description stays with the police (free text never crosses Kafka).
     */
    public record SchoolAction(
            String meetingId,
            String actionId,
            String forceCode,

            @Schema(
                    description = "what the action is, by the police's code; OTHER when none fits",
                    example = "SAFETY_PLAN")
            String actionType,

            @Schema(example = "Put a safety plan in place for the child")
            String what,

            String ownerType,
            String ownerOrganisation,
            Instant dueBy,
            Instant doneAt,
            Instant completedAt,
            boolean overdue) {

        /** Open: neither marked done by the school nor completed by the police. */
        public boolean open() {
            return doneAt == null && completedAt == null;
        }
    }

    /** A timeline line built from an agency event's codes. */
    public record Line(Instant at, String agencyId, String summary) {}
}
