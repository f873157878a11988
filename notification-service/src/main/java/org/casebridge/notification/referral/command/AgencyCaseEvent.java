package org.casebridge.notification.referral.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/** The stored events of an agency's part in a case. */
public sealed interface AgencyCaseEvent {

    String caseId();

    @Revision("1")
    record ReferralReceivedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String localAuthorityCode,
            Instant referredAt,
            Instant acknowledgeBy,
            Instant receivedAt)
            implements AgencyCaseEvent {}

    @Revision("1")
    record ReferralAcknowledgedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            Instant acknowledgedAt,
            boolean late)
            implements AgencyCaseEvent {}

    /** Raised by the clock, so no person. */
    @Revision("1")
    record AcknowledgementOverdueEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            Instant acknowledgeBy,
            Instant flaggedAt)
            implements AgencyCaseEvent {}

    @Revision("1")
    record Section47EnquiriesStartedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            Instant startedAt,
            Instant recordedAt)
            implements AgencyCaseEvent {}

    @Revision("1")
    record Section47OutcomeRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            Section47Outcome outcome,
            ActedBy by,
            Instant recordedAt)
            implements AgencyCaseEvent {}

    /** Revision 2 says what the action is, by the police's code; one of revision 1 reads as {@code OTHER}. */
    @Revision("2")
    record StrategyActionNotedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String meetingId,
            String actionId,
            String actionType,
            Instant dueBy,
            Instant notedAt)
            implements AgencyCaseEvent {}

    @Revision("1")
    record StrategyActionCompletedByAgencyEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String meetingId,
            String actionId,
            ActedBy by,
            Instant completedAt)
            implements AgencyCaseEvent {}

    /** The police recorded the action completed on the meeting. */
    @Revision("1")
    record StrategyActionConfirmedEvent(
            String agencyCaseId, String caseId, String agencyId, String actionId, Instant completedAt)
            implements AgencyCaseEvent {}

    @Revision("1")
    record ReferralNotRoutedEvent(
            String unroutedId, String caseId, String schoolUrn, String localAuthorityCode, Instant referredAt)
            implements AgencyCaseEvent {}

    /**
     * A school's LADO referral reached this LADO, or a further one added adults (ADR 0055): who the adults are by role
     * and employer's kind, how many children, when the school's referral was due and whether it was late, and when the
     * LADO's acknowledgement is due.
     */
    @Revision("1")
    record LadoReferralReceivedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String localAuthorityCode,
            List<LadoAdult> adults,
            int children,
            Instant referralDueBy,
            boolean late,
            Instant referredAt,
            Instant acknowledgeBy,
            Instant receivedAt)
            implements AgencyCaseEvent {

        public LadoReferralReceivedEvent {
            adults = List.copyOf(adults);
        }
    }

    @Revision("1")
    record LadoReferralAcknowledgedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            Instant acknowledgedAt,
            boolean late)
            implements AgencyCaseEvent {}

    /** The allegation management meeting: attendees by role and organisation, and the decision's rationale. */
    @Revision("1")
    record AllegationMeetingRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            LocalDate heldOn,
            List<MeetingAttendee> attendees,
            String rationale,
            Instant recordedAt)
            implements AgencyCaseEvent {

        public AllegationMeetingRecordedEvent {
            attendees = List.copyOf(attendees);
        }
    }

    @Revision("1")
    record AllegationOutcomeRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            AllegationOutcome outcome,
            String rationale,
            Instant recordedAt)
            implements AgencyCaseEvent {}

    /**
     * The LADO's one-working-day acknowledgement ran out (ADR 0065): raised by the clock on the persistent
     * DeadlineManager, so no person.
     */
    @Revision("1")
    record LadoAcknowledgementOverdueEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            Instant acknowledgeBy,
            Instant flaggedAt)
            implements AgencyCaseEvent {}

    /**
     * A school's LADO referral reached no LADO: the agency directory names none serving the case's area when it was
     * made (ADR 0065). Recorded once per case, published so that the school's case says so.
     */
    @Revision("1")
    record LadoReferralNotRoutedEvent(
            String unroutedId, String caseId, String schoolUrn, String localAuthorityCode, Instant referredAt)
            implements AgencyCaseEvent {}
}
