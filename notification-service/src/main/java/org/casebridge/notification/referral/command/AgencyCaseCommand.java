package org.casebridge.notification.referral.command;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** The commands of an agency's part in a case. */
public sealed interface AgencyCaseCommand {

    /**
     * A school's referral to children's social care reached this agency (routed by the agency directory); it starts
     * the acknowledgement clock. Repeated (a later escalation naming social care again), it changes nothing.
     */
    record ReceiveReferralCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String localAuthorityCode,
            Instant referredAt,
            Instant acknowledgeBy)
            implements AgencyCaseCommand {}

    /** The police gave this agency a strategy-meeting action, saying what it is by a code of StrategyActionType. */
    record NoteActionAssignedCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            String caseId,
            String agencyId,
            String meetingId,
            String actionId,
            String actionType,
            Instant dueBy)
            implements AgencyCaseCommand {}

    /** The police recorded the action completed (whoever asked). */
    record NoteActionCompletedCommand(
            @TargetAggregateIdentifier String agencyCaseId, String actionId, Instant completedAt)
            implements AgencyCaseCommand {}

    /** The agency acknowledges the school's referral. */
    record AcknowledgeReferralCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by) implements AgencyCaseCommand {}

    /** The agency started section 47 enquiries at {@code startedAt} (now when null). */
    record StartSection47EnquiriesCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, Instant startedAt)
            implements AgencyCaseCommand {}

    /** The agency records what its section 47 enquiries concluded. */
    record RecordSection47OutcomeCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, Section47Outcome outcome)
            implements AgencyCaseCommand {}

    /** The agency says it completed an action it owns; the police complete it on the meeting. */
    record CompleteStrategyActionCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, String actionId) implements AgencyCaseCommand {}

    /** No children's social care agency serves the case's area: the school must hear that nothing reached one. */
    record RecordUnroutedReferralCommand(
            @TargetAggregateIdentifier String unroutedId,
            String caseId,
            String schoolUrn,
            String localAuthorityCode,
            Instant referredAt)
            implements AgencyCaseCommand {}

    /**
     * A school's referral to the LADO reached this LADO (routed by the agency directory, ADR 0055). Repeated (the
     * school referring a further adult), it adds the adults not heard of yet.
     */
    record ReceiveLadoReferralCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            String caseId,
            String agencyId,
            String schoolUrn,
            String localAuthorityCode,
            List<LadoAdult> adults,
            int children,
            Instant referralDueBy,
            boolean late,
            Instant referredAt,
            Instant acknowledgeBy)
            implements AgencyCaseCommand {}

    /** The LADO acknowledges the school's referral. */
    record AcknowledgeLadoReferralCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by) implements AgencyCaseCommand {}

    /** The LADO records the allegation management meeting: its day, who attended and what it decided, and why. */
    record RecordAllegationMeetingCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            ActedBy by,
            LocalDate heldOn,
            List<MeetingAttendee> attendees,
            String rationale)
            implements AgencyCaseCommand {}

    /** The LADO records the allegation's outcome, and why. */
    record RecordAllegationOutcomeCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, AllegationOutcome outcome, String rationale)
            implements AgencyCaseCommand {}

    /** No LADO serves the case's area: the school must hear that its LADO referral reached no one (ADR 0065). */
    record RecordUnroutedLadoReferralCommand(
            @TargetAggregateIdentifier String unroutedId,
            String caseId,
            String schoolUrn,
            String localAuthorityCode,
            Instant referredAt)
            implements AgencyCaseCommand {}

    /**
     * The agency case's retention ended (ADR 0075): the retention job, as a system actor of the agency, erases its free
     * text by destroying its key; {@code record} is the retention schedule's row and {@code retentionEndedOn} the day
     * its period ended.
     */
    record EraseAgencyCaseFreeTextCommand(
            @TargetAggregateIdentifier String agencyCaseId,
            String record,
            LocalDate retentionEndedOn,
            ActedBy by,
            String reason)
            implements AgencyCaseCommand {}
    /**
     * The LADO records the day the adult {@code adultRef} reaches normal pension age, or null when not known (KCSIE
     * Part 4, ADR 0084).
     */
    record RecordPensionAgeCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, String adultRef, LocalDate pensionAgeOn)
            implements AgencyCaseCommand {}

    /** The LADO records the adult's consent to keep the record of a false or malicious allegation, and its basis. */
    record RecordRetentionConsentCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, String adultRef, String basis)
            implements AgencyCaseCommand {}

    /** The LADO records that the adult withdrew that consent, and why. */
    record WithdrawRetentionConsentCommand(
            @TargetAggregateIdentifier String agencyCaseId, ActedBy by, String adultRef, String rationale)
            implements AgencyCaseCommand {}
}
