package org.casebridge.cases.incident.integration;

import java.time.Instant;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.events.police.AggravatingFactorsAssessedEvent;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationDeclinedEvent;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.PoliceEvent;
import org.casebridge.events.police.StrategyDecisionRecordedEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;

/** What a police event means for the school's case, and a line for its timeline built from the event's codes. */
final class PoliceUpdates {

    private PoliceUpdates() {}

    /** The meaning of one police event; {@code occurredAt} falls back to the CloudEvents time. */
    record PoliceUpdate(PoliceUpdateKind kind, Instant occurredAt, String summary) {}

    static PoliceUpdate translate(PoliceEvent event, Instant published) {
        return switch (event) {
            case EscalationAcceptedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.ESCALATION_ACCEPTED, e.acceptedAt(), "Referral accepted by " + e.forceCode());
            case EscalationDeclinedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.declinedAt(),
                        "Referral declined by " + e.forceCode() + "; contact the force");
            case EscalationTransferredEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER, e.transferredAt(), "Referral transferred to " + e.toForceCode());
            case CrimeRecordedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.recordedAt(),
                        "Crime recorded under HOCR " + e.classification() + " (recording is not a criminal record); "
                                + e.childRoles().stream()
                                        .map(r -> r.ref() + " " + r.role())
                                        .toList());
            case AggravatingFactorsAssessedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.assessedAt(),
                        "Aggravating factors " + (e.factors().isEmpty() ? "none" : e.factors()) + "; " + e.path()
                                + (e.strategyMeetingRequired() ? "; strategy meeting required" : ""));
            case StrategyMeetingConvenedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER, e.convenedAt(), "Strategy meeting convened for " + e.scheduledFor());
            case StrategyDecisionRecordedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        e.decidedAt(),
                        "Strategy meeting decision on " + e.topic() + section47(e.startSection47()));
            case OutcomeAssignedEvent e ->
                new PoliceUpdate(
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        e.assignedAt(),
                        "Outcome " + e.outcome()
                                + (e.homeOfficeCode() == null ? "" : " (HO " + e.homeOfficeCode() + ")"));
            case DeviceDecisionRecordedEvent e ->
                new PoliceUpdate(
                        "NOT_SEIZED".equals(e.decision()) && Boolean.TRUE.equals(e.schoolMayUseDeletionPowers())
                                ? PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL
                                : PoliceUpdateKind.OTHER,
                        e.decidedAt(),
                        "Device " + e.deviceId() + ": " + e.decision()
                                + (Boolean.TRUE.equals(e.schoolMayUseDeletionPowers())
                                        ? ", deletion left to the school"
                                        : ""));
            default ->
                new PoliceUpdate(
                        PoliceUpdateKind.OTHER,
                        published,
                        event.getClass().getSimpleName().replaceFirst("Event$", ""));
        };
    }

    private static String section47(Boolean start) {
        if (start == null) {
            return "";
        }
        return start ? ": s.47 enquiries start" : ": no s.47 enquiries";
    }
}
