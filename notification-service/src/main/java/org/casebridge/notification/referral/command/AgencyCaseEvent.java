package org.casebridge.notification.referral.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;
import org.casebridge.platform.sealing.SealedUnder;

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

    /**
     * The allegation management meeting: attendees by role and organisation, and the decision's rationale. Revision 2
     * stores the rationale and each attendee's organisation sealed under the agency case's key (ADR 0075); revision 1,
     * in clear, reads as it is.
     */
    @Revision("2")
    record AllegationMeetingRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            LocalDate heldOn,
            List<MeetingAttendee> attendees,
            @Sealed String rationale,
            Instant recordedAt)
            implements AgencyCaseEvent, SealedUnder {

        public AllegationMeetingRecordedEvent {
            attendees = List.copyOf(attendees);
        }

        @Override
        public UUID sealingKeyId() {
            return AgencyCaseId.sealingKey(agencyCaseId);
        }
    }

    /** Revision 2 stores the rationale sealed under the agency case's key (ADR 0075); revision 1 reads as it is. */
    @Revision("2")
    record AllegationOutcomeRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            ActedBy by,
            AllegationOutcome outcome,
            @Sealed String rationale,
            Instant recordedAt)
            implements AgencyCaseEvent, SealedUnder {

        @Override
        public UUID sealingKeyId() {
            return AgencyCaseId.sealingKey(agencyCaseId);
        }
    }

    /**
     * The agency case's retention ended (ADR 0075): its key was destroyed in the same transaction, so every free text
     * of it reads as erased from now on. Who (the retention job, as a system actor of the agency), when, which
     * schedule row ({@code record}) and the day it ended, and why in Casebridge's words; never what was erased.
     */
    @Revision("1")
    record AgencyCaseFreeTextErasedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String record,
            LocalDate retentionEndedOn,
            ActedBy by,
            Instant erasedAt,
            String reason)
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
    /**
     * The LADO recorded the day an adult reaches normal pension age (KCSIE Part 4, ADR 0084), sealed under the agency
     * case's key as the LADO's free text is (ADR 0075): it is personal data of the adult, stays in notification-service
     * and goes with the key. Null {@code pensionAgeOn} when the LADO does not know it (then ten years apply). A later
     * one for the same adult replaces it.
     */
    @Revision("1")
    record PensionAgeRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String adultRef,
            @Sealed String pensionAgeOn,
            ActedBy by,
            Instant recordedAt)
            implements AgencyCaseEvent, SealedUnder {

        @Override
        public UUID sealingKeyId() {
            return AgencyCaseId.sealingKey(agencyCaseId);
        }
    }

    /**
     * An adult gave consent for the LADO's record of a false or malicious allegation against them to be kept (KCSIE
     * Part 4, ADR 0084): who recorded it, when, and its basis in the LADO's words, sealed under the agency case's key.
     */
    @Revision("1")
    record RetentionConsentRecordedEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String adultRef,
            ActedBy by,
            @Sealed String basis,
            Instant recordedAt)
            implements AgencyCaseEvent, SealedUnder {

        @Override
        public UUID sealingKeyId() {
            return AgencyCaseId.sealingKey(agencyCaseId);
        }
    }

    /**
     * The adult withdrew their consent (ADR 0084): the record of the false or malicious allegation is due for erasure
     * again. Who recorded the withdrawal, when and why, sealed as the consent's basis is.
     */
    @Revision("1")
    record RetentionConsentWithdrawnEvent(
            String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String adultRef,
            ActedBy by,
            @Sealed String rationale,
            Instant withdrawnAt)
            implements AgencyCaseEvent, SealedUnder {

        @Override
        public UUID sealingKeyId() {
            return AgencyCaseId.sealingKey(agencyCaseId);
        }
    }
}
