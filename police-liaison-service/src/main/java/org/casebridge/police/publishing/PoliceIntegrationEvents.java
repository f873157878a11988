package org.casebridge.police.publishing;

import org.casebridge.events.Topics;
import org.casebridge.events.police.AggravatingFactorsAssessedEvent;
import org.casebridge.events.police.CrimeRecordedEvent;
import org.casebridge.events.police.DeviceDecisionRecordedEvent;
import org.casebridge.events.police.EscalationAcceptedEvent;
import org.casebridge.events.police.EscalationDeclinedEvent;
import org.casebridge.events.police.EscalationTransferredEvent;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyDecisionRecordedEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.casebridge.police.device.command.DeviceEvent;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one mapping from police domain events to integration events. Notes, reasons, rationales, crime references
 * and descriptions stay in the service; agencies read them through the API if entitled.
 */
@Configuration(proxyBeanMethods = false)
public class PoliceIntegrationEvents {

    public static final String SOURCE = Topics.POLICE_SOURCE;

    @Bean
    public IntegrationEventMapping integrationEvents() {
        return IntegrationEventMapping.forTopic(Topics.POLICE_EVENTS, SOURCE)
                .map(
                        EscalationEvent.EscalationAcceptedEvent.class,
                        e -> new EscalationAcceptedEvent(e.caseId(), e.forceCode(), e.at()))
                .map(
                        EscalationEvent.EscalationDeclinedEvent.class,
                        e -> new EscalationDeclinedEvent(e.caseId(), e.forceCode(), e.at()))
                .map(
                        EscalationEvent.EscalationTransferredEvent.class,
                        e -> new EscalationTransferredEvent(e.caseId(), e.forceCode(), e.toForceCode(), e.at()))
                .map(
                        EscalationEvent.CrimeRecordedEvent.class,
                        e -> new CrimeRecordedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.classification().code(),
                                e.childRoles().stream()
                                        .map(r -> new CrimeRecordedEvent.ChildRole(
                                                r.childRef(), r.role().name()))
                                        .toList(),
                                e.recordedAt()))
                .map(
                        EscalationEvent.AggravatingFactorsAssessedEvent.class,
                        e -> new AggravatingFactorsAssessedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.findings().stream()
                                        .map(FactorFinding::factor)
                                        .map(Enum::name)
                                        .toList(),
                                e.path().name(),
                                e.strategyMeetingRequired(),
                                e.at()))
                .map(
                        EscalationEvent.OutcomeAssignedEvent.class,
                        e -> new OutcomeAssignedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.outcome().name(),
                                e.outcome().homeOfficeCode().orElse(null),
                                e.at()))
                .map(
                        StrategyMeetingEvent.StrategyMeetingConvenedEvent.class,
                        e -> new StrategyMeetingConvenedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.meetingId(),
                                e.scheduledFor(),
                                e.invitees().stream()
                                        .map(p -> new StrategyMeetingConvenedEvent.Organisation(
                                                p.type().name(), p.organisation()))
                                        .toList(),
                                e.at()))
                .map(
                        StrategyMeetingEvent.StrategyDecisionRecordedEvent.class,
                        e -> new StrategyDecisionRecordedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.meetingId(),
                                e.decisionId(),
                                e.topic().name(),
                                e.startSection47(),
                                e.at()))
                .map(
                        StrategyMeetingEvent.ActionAssignedEvent.class,
                        e -> new StrategyActionAssignedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.meetingId(),
                                e.actionId(),
                                e.owner().type().name(),
                                e.owner().organisation(),
                                e.dueBy(),
                                e.at()))
                .map(
                        StrategyMeetingEvent.ActionCompletedEvent.class,
                        e -> new StrategyActionCompletedEvent(
                                e.caseId(), e.forceCode(), e.meetingId(), e.actionId(), e.at()))
                .map(DeviceEvent.DeviceSeizedEvent.class, e -> device(e, "SEIZED", null, null, null))
                .map(
                        DeviceEvent.DeviceNotSeizedEvent.class,
                        e -> device(e, "NOT_SEIZED", e.schoolMayUseDeletionPowers(), null, null))
                .map(DeviceEvent.DeviceExaminedEvent.class, e -> device(e, "EXAMINED", null, null, null))
                .map(
                        DeviceEvent.CaidStatusRecordedEvent.class,
                        e -> device(e, "CAID_STATUS", null, e.status().name(), null))
                .map(
                        DeviceEvent.ReportRemoveSignpostedEvent.class,
                        e -> device(e, "REPORT_REMOVE_SIGNPOSTED", null, null, null))
                .map(
                        DeviceEvent.DeviceDisposedEvent.class,
                        e -> device(e, "DISPOSED", null, null, e.disposal().name()))
                .build();
    }

    private static DeviceDecisionRecordedEvent device(
            DeviceEvent event, String decision, Boolean schoolMayDelete, String caidStatus, String disposal) {
        return new DeviceDecisionRecordedEvent(
                event.caseId(),
                event.forceCode(),
                event.deviceId(),
                decision,
                schoolMayDelete,
                caidStatus,
                disposal,
                event.at());
    }
}
