package org.casebridge.cases.incident.integration;

import java.time.Instant;
import java.util.stream.Collectors;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.events.police.AggravatingFactorsAssessedEvent;
import org.casebridge.events.police.CaseReadByPoliceEvent;
import org.casebridge.events.police.CrimeChildRoleChangedEvent;
import org.casebridge.events.police.CrimeReclassifiedEvent;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEventV2;
import org.casebridge.events.police.DisclosureStatementGivenEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationDeclinedEvent;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.police.EscalationRoundOpenedEvent;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.events.police.StrategyDecisionRecordedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.police.VictimCrimeRecordedEvent;

/** What a police event means for the school's case, and a line for its timeline built from the event's codes. */
final class PoliceUpdates {

    private PoliceUpdates() {}

    /**
     * The meaning of one police event; {@code occurredAt} falls back to the CloudEvents time. {@code schoolDeviceRef},
     * {@code policeRef} and {@code round} name the school's device, the strategy action and the round where the event
     * concerns one.
     */
    record PoliceUpdate(
            PoliceUpdateKind kind,
            Instant occurredAt,
            String summary,
            String schoolDeviceRef,
            String policeRef,
            Integer round) {

        PoliceUpdate(PoliceUpdateKind kind, Instant occurredAt, String summary) {
            this(kind, occurredAt, summary, null, null, null);
        }
    }

    /**
     * What the event means for the case, or null for one the school does not read: a device decision or a strategy
     * action of version 1, which the police publish beside version 2 while agencies move (ADR 0020, ADR 0044), and which
     * name no school device, or not what the action is; the strategy meeting's clock, which is for the partnership
     * report (ADR 0067). The force's legal hold on its escalation (ADR 0087) is put on the case without its reason,
     * which stays with the police (ADR 0089).
     */
    static PoliceUpdate translate(PoliceEvent event, Instant published) {
        return switch (event) {
            case EscalationAcceptedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.ESCALATION_ACCEPTED, e.acceptedAt(), "Referral accepted by " + e.forceCode());
            case EscalationDeclinedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.ESCALATION_DECLINED,
                        e.declinedAt(),
                        "Referral declined by " + e.forceCode() + "; contact the force");
            case EscalationTransferredEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER, e.transferredAt(), "Referral transferred to " + e.toForceCode());
            case CrimeRecordedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.recordedAt(),
                        "Crime recorded under the Home Office Counting Rules: " + CodeWords.of(e.classification())
                                + " (recording is not a criminal record); "
                                + e.childRoles().stream()
                                        .map(r -> r.ref() + " " + CodeWords.of(r.role()))
                                        .collect(Collectors.joining(", ")));
            case CrimeReclassifiedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.reclassifiedAt(),
                        "Crime reclassified by " + e.forceCode() + " from " + CodeWords.of(e.fromClassification())
                                + " to " + CodeWords.of(e.toClassification()));
            case CrimeChildRoleChangedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.changedAt(),
                        "Crime record: " + e.ref() + " is now " + CodeWords.of(e.toRole())
                                + (e.fromRole() == null
                                        ? " (a child the school added)"
                                        : " (was " + CodeWords.of(e.fromRole()) + ")"));
            case VictimCrimeRecordedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.recordedAt(),
                        "Crime recorded for victim " + e.victimRef() + " under the Home Office Counting Rules: "
                                + CodeWords.of(e.classification())
                                + " (one crime per victim; recording is not a criminal record)");
            case AggravatingFactorsAssessedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.assessedAt(),
                        "Aggravating factors: " + CodeWords.list(e.factors()) + "; " + CodeWords.of(e.path())
                                + (e.strategyMeetingRequired() ? "; strategy meeting required" : ""));
            case EscalationRoundOpenedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.ROUND_OPENED,
                        e.openedAt(),
                        "Re-escalation received by " + e.forceCode() + " as round " + e.round()
                                + (e.criteriaNewlyMet().isEmpty()
                                        ? ""
                                        : "; now also " + CodeWords.criteriaMet(e.criteriaNewlyMet())),
                        null,
                        null,
                        e.round());
            case StrategyMeetingConvenedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.STRATEGY_MEETING_CONVENED,
                        e.convenedAt(),
                        "Strategy meeting convened for " + e.scheduledFor());
            case StrategyActionAssignedEvent e -> null;
            case StrategyMeetingClockResultEvent e -> null;
            case StrategyActionAssignedEventV2 e ->
                new PoliceUpdate(
                        PoliceUpdateKind.ACTION_ASSIGNED,
                        e.assignedAt(),
                        "Strategy action: "
                                + StrategyActionType.ofCode(e.actionType()).title() + ", for "
                                + CodeWords.of(e.ownerOrganisationType()) + " " + e.ownerOrganisation() + ", due "
                                + e.dueBy(),
                        null,
                        e.actionId(),
                        null);
            case StrategyActionCompletedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.ACTION_COMPLETED,
                        e.completedAt(),
                        "Strategy action " + e.actionId() + " completed",
                        null,
                        e.actionId(),
                        null);
            case DisclosureStatementGivenEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.DISCLOSURE_STATEMENT_GIVEN,
                        e.givenAt(),
                        "Standard disclosure statement (version " + e.statementVersion() + ") given to "
                                + CodeWords.list(e.givenTo()));
            case StrategyDecisionRecordedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.decidedAt(),
                        "Strategy meeting decision on " + CodeWords.of(e.topic()) + section47(e.startSection47()));
            case OutcomeAssignedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        e.assignedAt(),
                        CodeWords.of(e.outcome())
                                + (e.homeOfficeCode() == null
                                        ? ""
                                        : " (Home Office outcome code " + e.homeOfficeCode() + ")"));
            case DeviceDecisionRecordedEvent e -> null;
            case CaseReadByPoliceEvent e -> null; // OutsideReadsListener's (ADR 0070)
            case EscalationLegalHoldPlacedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.LEGAL_HOLD_PLACED,
                        e.placedAt(),
                        "Legal hold placed by " + e.forceCode() + " on its record of the case");
            case EscalationLegalHoldLiftedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.LEGAL_HOLD_LIFTED, e.liftedAt(), "Legal hold lifted by " + e.forceCode());
            case DeviceDecisionRecordedEventV2 e ->
                new PoliceUpdate(
                        deviceKind(e),
                        e.decidedAt(),
                        "Device " + (e.schoolDeviceRef() == null ? e.deviceId() : e.schoolDeviceRef()) + ": "
                                + CodeWords.of(e.decision())
                                + (Boolean.TRUE.equals(e.schoolMayUseDeletionPowers())
                                        ? ", deletion left to the school"
                                        : ""),
                        e.schoolDeviceRef(),
                        null,
                        null);
            default ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        published,
                        event.getClass().getSimpleName().replaceFirst("Event$", ""));
        };
    }

    /**
     * Leaving a device, with deletion, to the school; or taking it back: a seizure, a decision not to seize that keeps
     * deletion from the school, or a leave withdrawn by a re-escalation. Anything else is for the timeline.
     */
    private static PoliceUpdateKind deviceKind(DeviceDecisionRecordedEventV2 e) {
        return switch (e.decision()) {
            case "NOT_SEIZED" ->
                Boolean.TRUE.equals(e.schoolMayUseDeletionPowers())
                        ? PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL
                        : PoliceUpdateKind.DEVICE_DECIDED;
            case "SEIZED", "SCHOOL_DELETION_WITHDRAWN" -> PoliceUpdateKind.DEVICE_DECIDED;
            default -> PoliceUpdateKind.OTHER;
        };
    }

    private static String section47(Boolean start) {
        if (start == null) {
            return "";
        }
        return start ? ": s.47 enquiries start" : ": no s.47 enquiries";
    }
}
