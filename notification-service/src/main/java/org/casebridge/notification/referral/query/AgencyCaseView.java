package org.casebridge.notification.referral.query;

import java.time.Instant;
import java.util.List;

/**
 * An agency's part in a case as the agency sees it: the referral and its clock, section 47 and its own actions.
 *
 * @param overdue the acknowledgement is late: the clock ran out, or the acknowledgement came after it was due
 * @param schoolName the school's name from the school reference data, beside its URN (ADR 0052); null when the
 *     agency was not referred the case
 * @param section47OutcomeWords the outcome of section 47 enquiries in words, beside its code; null when none
 */
public record AgencyCaseView(
        String caseId,
        String agencyId,
        String schoolUrn,
        String localAuthorityCode,
        Instant referredAt,
        Instant acknowledgeBy,
        Instant acknowledgedAt,
        boolean overdue,
        Instant section47StartedAt,
        String section47Outcome,
        Instant section47OutcomeAt,
        List<Action> actions,
        String schoolName,
        String section47OutcomeWords) {

    public AgencyCaseView {
        actions = List.copyOf(actions);
    }

    public boolean referred() {
        return referredAt != null;
    }

    /**
     * A strategy-meeting action the agency owns: what it is by the police's code ({@code actionType}) and in words
     * ({@code what}); the meeting's own description stays with the police.
     */
    public record Action(
            String meetingId,
            String actionId,
            String actionType,
            String what,
            Instant dueBy,
            Instant completedByAgencyAt,
            Instant completedAt) {}
}
