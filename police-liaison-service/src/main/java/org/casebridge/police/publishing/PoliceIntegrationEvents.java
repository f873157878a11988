package org.casebridge.police.publishing;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.casebridge.events.Topics;
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
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionAssignedEventV2;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.events.police.StrategyDecisionRecordedEvent;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.police.VictimCrimeRecordedEvent;
import org.casebridge.platform.access.CaseReadRecordedEvent;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.casebridge.police.device.command.DeviceEvent;
import org.casebridge.police.escalation.command.DisclosureRecipient;
import org.casebridge.police.escalation.command.EscalationEvent;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.strategy.command.StrategyMeetingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one mapping from police domain events to integration events. Notes, reasons, rationales, crime references
 * and descriptions stay in the service; agencies read them through the API if entitled. Device decisions go out as
 * version 1 and, beside it, version 2 with the school's device (ADR 0020); strategy actions as version 1 and version 2
 * with the action's type (ADR 0044); the strategy meeting's clock as met or missed, for the partnership report (ADR
 * 0067); a read of a school's case by an officer or an auditor, at most one a window (ADR 0070); a legal hold placed
 * or lifted on the escalation as the case, the force and when, never its reason or who (ADR 0087). The school's device
 * is read from the device's own stream, where {@code SchoolDeviceNamedEvent} follows its first decision.
 */
@Configuration(proxyBeanMethods = false)
public class PoliceIntegrationEvents {

    public static final String SOURCE = Topics.POLICE_SOURCE;
    static final String MET = "MET";
    static final String MISSED = "MISSED";

    @Bean
    public IntegrationEventMapping integrationEvents(EventStore eventStore) {
        SchoolDevices schoolDevices = new SchoolDevices(eventStore);
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
                        EscalationEvent.CrimeReclassifiedEvent.class,
                        e -> new CrimeReclassifiedEvent(
                                e.caseId(), e.forceCode(), e.from().code(), e.to().code(), e.at()))
                .map(
                        EscalationEvent.ChildRoleChangedEvent.class,
                        e -> new CrimeChildRoleChangedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.childRef(),
                                e.from() == null ? null : e.from().name(),
                                e.to().name(),
                                e.at()))
                .map(
                        EscalationEvent.VictimCrimeRecordedEvent.class,
                        e -> new VictimCrimeRecordedEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.victimRef(),
                                e.classification().code(),
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
                        EscalationEvent.StrategyMeetingOverdueEvent.class,
                        e -> new StrategyMeetingClockResultEvent(e.caseId(), e.forceCode(), MISSED, e.dueBy(), e.at()))
                .map(
                        EscalationEvent.StrategyMeetingClockStoppedEvent.class,
                        e -> new StrategyMeetingClockResultEvent(
                                e.caseId(), e.forceCode(), e.inTime() ? MET : MISSED, e.dueBy(), e.heldAt()))
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
                .alsoAs(
                        StrategyMeetingEvent.ActionAssignedEvent.class,
                        e -> new StrategyActionAssignedEventV2(
                                e.caseId(),
                                e.forceCode(),
                                e.meetingId(),
                                e.actionId(),
                                e.actionType().name(),
                                e.owner().type().name(),
                                e.owner().organisation(),
                                e.dueBy(),
                                e.at()))
                .map(
                        StrategyMeetingEvent.ActionCompletedEvent.class,
                        e -> new StrategyActionCompletedEvent(
                                e.caseId(), e.forceCode(), e.meetingId(), e.actionId(), e.at()))
                .map(DeviceEvent.DeviceSeizedEvent.class, e -> device(e, "SEIZED", null, null, null))
                .alsoAs(DeviceEvent.DeviceSeizedEvent.class, e -> schoolDevices.v2(e, "SEIZED", null, null, null))
                .map(
                        DeviceEvent.DeviceNotSeizedEvent.class,
                        e -> device(e, "NOT_SEIZED", e.schoolMayUseDeletionPowers(), null, null))
                .alsoAs(
                        DeviceEvent.DeviceNotSeizedEvent.class,
                        e -> schoolDevices.v2(e, "NOT_SEIZED", e.schoolMayUseDeletionPowers(), null, null))
                .map(
                        DeviceEvent.UnseizedDeviceDecidedAgainEvent.class,
                        e -> device(e, "NOT_SEIZED", e.schoolMayUseDeletionPowers(), null, null))
                .alsoAs(
                        DeviceEvent.UnseizedDeviceDecidedAgainEvent.class,
                        e -> schoolDevices.v2(e, "NOT_SEIZED", e.schoolMayUseDeletionPowers(), null, null))
                .map(DeviceEvent.DeviceExaminedEvent.class, e -> device(e, "EXAMINED", null, null, null))
                .alsoAs(DeviceEvent.DeviceExaminedEvent.class, e -> schoolDevices.v2(e, "EXAMINED", null, null, null))
                .map(
                        DeviceEvent.CaidStatusRecordedEvent.class,
                        e -> device(e, "CAID_STATUS", null, e.status().name(), null))
                .alsoAs(
                        DeviceEvent.CaidStatusRecordedEvent.class,
                        e -> schoolDevices.v2(e, "CAID_STATUS", null, e.status().name(), null))
                .map(
                        DeviceEvent.ReportRemoveSignpostedEvent.class,
                        e -> device(e, "REPORT_REMOVE_SIGNPOSTED", null, null, null))
                .alsoAs(
                        DeviceEvent.ReportRemoveSignpostedEvent.class,
                        e -> schoolDevices.v2(e, "REPORT_REMOVE_SIGNPOSTED", null, null, null))
                .map(
                        DeviceEvent.DeviceDisposedEvent.class,
                        e -> device(e, "DISPOSED", null, null, e.disposal().name()))
                .alsoAs(
                        DeviceEvent.DeviceDisposedEvent.class,
                        e -> schoolDevices.v2(
                                e, "DISPOSED", null, null, e.disposal().name()))
                .map(DeviceEvent.SchoolDeletionWithdrawnEvent.class, e -> null)
                .alsoAs(
                        DeviceEvent.SchoolDeletionWithdrawnEvent.class,
                        e -> new DeviceDecisionRecordedEventV2(
                                e.caseId(),
                                e.forceCode(),
                                e.deviceId(),
                                e.schoolDeviceRef(),
                                "SCHOOL_DELETION_WITHDRAWN",
                                false,
                                null,
                                null,
                                e.at()))
                .map(
                        EscalationEvent.EscalationRoundOpenedEvent.class,
                        e -> new EscalationRoundOpenedEvent(
                                e.caseId(), e.forceCode(), e.round(), e.criteriaNewlyMet(), e.escalatedAt()))
                .map(
                        EscalationEvent.DisclosureStatementGivenEvent.class,
                        e -> new DisclosureStatementGivenEvent(
                                e.caseId(),
                                e.forceCode(),
                                e.statementVersion(),
                                e.givenTo().stream()
                                        .map(PoliceIntegrationEvents::recipient)
                                        .toList(),
                                e.givenAt()))
                .map(
                        EscalationEvent.LegalHoldSetEvent.class,
                        e -> new EscalationLegalHoldPlacedEvent(e.caseId(), e.forceCode(), e.at()))
                .map(
                        EscalationEvent.LegalHoldLiftedEvent.class,
                        e -> new EscalationLegalHoldLiftedEvent(e.caseId(), e.forceCode(), e.at()))
                .map(
                        CaseReadRecordedEvent.class,
                        e -> new CaseReadByPoliceEvent(
                                e.caseId(),
                                e.controller() == null ? e.readerOrganisation() : e.controller(),
                                e.schoolUrn(),
                                e.readerOrganisation(),
                                e.readerKind(),
                                e.readerRole(),
                                e.record(),
                                e.lawfulBasis(),
                                e.readAt()))
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

    private static String recipient(DisclosureRecipient recipient) {
        return switch (recipient) {
            case SCHOOL -> "SCHOOL";
            case PARENTS_OR_CARERS -> "PARENTS";
        };
    }

    /** The school's device of a police device, from the device's stream; null when it did not come from the school. */
    private record SchoolDevices(EventStore eventStore) {

        DeviceDecisionRecordedEventV2 v2(
                DeviceEvent event, String decision, Boolean schoolMayDelete, String caidStatus, String disposal) {
            return new DeviceDecisionRecordedEventV2(
                    event.caseId(),
                    event.forceCode(),
                    event.deviceId(),
                    schoolDeviceRef(event.deviceId()),
                    decision,
                    schoolMayDelete,
                    caidStatus,
                    disposal,
                    event.at());
        }

        private String schoolDeviceRef(String deviceId) {
            return eventStore
                    .readEvents(deviceId)
                    .asStream()
                    .map(Message::getPayload)
                    .filter(DeviceEvent.SchoolDeviceNamedEvent.class::isInstance)
                    .map(DeviceEvent.SchoolDeviceNamedEvent.class::cast)
                    .map(DeviceEvent.SchoolDeviceNamedEvent::schoolDeviceRef)
                    .findFirst()
                    .orElse(null);
        }
    }
}
