package org.casebridge.notification.referral.publishing;

import org.casebridge.events.agency.AgencyStrategyActionCompletedEvent;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.agency.ReferralAcknowledgedEvent;
import org.casebridge.events.agency.ReferralAcknowledgementOverdueEvent;
import org.casebridge.events.agency.ReferralNotRoutedEvent;
import org.casebridge.events.agency.ReferralReceivedByAgencyEvent;
import org.casebridge.events.agency.Section47EnquiriesStartedEvent;
import org.casebridge.events.agency.Section47OutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent;
import org.casebridge.platform.access.CaseReadRecordedEvent;
import org.casebridge.platform.kafka.IntegrationEventMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the agencies did that the school and the police must see, on {@code casebridge.agency.events} through the
 * platform's outbox (ADR 0002, ADR 0022). Codes and refs only: who acted stays in this service's event store, and so
 * do the LADO's rationales and the organisations of a meeting's attendees (ADR 0055). A read of a school's case by an
 * agency or an auditor goes to the school, at most one a window, by the reader's organisation and role (ADR 0070).
 */
@Configuration(proxyBeanMethods = false)
public class AgencyEventPublication {

    @Bean
    public IntegrationEventMapping integrationEvents() {
        return IntegrationEventMapping.forTopic(AgencyTopic.AGENCY_EVENTS, AgencyTopic.AGENCY_SOURCE)
                .map(
                        AgencyCaseEvent.ReferralReceivedEvent.class,
                        e -> new ReferralReceivedByAgencyEvent(
                                e.caseId(),
                                e.schoolUrn(),
                                e.agencyId(),
                                e.localAuthorityCode(),
                                e.referredAt(),
                                e.acknowledgeBy()))
                .map(
                        AgencyCaseEvent.ReferralNotRoutedEvent.class,
                        e -> new ReferralNotRoutedEvent(
                                e.caseId(), e.schoolUrn(), e.localAuthorityCode(), e.referredAt()))
                .map(
                        AgencyCaseEvent.ReferralAcknowledgedEvent.class,
                        e -> new ReferralAcknowledgedEvent(
                                e.caseId(), e.schoolUrn(), e.agencyId(), e.acknowledgedAt(), e.late()))
                .map(
                        AgencyCaseEvent.AcknowledgementOverdueEvent.class,
                        e -> new ReferralAcknowledgementOverdueEvent(
                                e.caseId(), e.schoolUrn(), e.agencyId(), e.acknowledgeBy(), e.flaggedAt()))
                .map(
                        AgencyCaseEvent.Section47EnquiriesStartedEvent.class,
                        e -> new Section47EnquiriesStartedEvent(e.caseId(), e.schoolUrn(), e.agencyId(), e.startedAt()))
                .map(
                        AgencyCaseEvent.Section47OutcomeRecordedEvent.class,
                        e -> new Section47OutcomeRecordedEvent(
                                e.caseId(),
                                e.schoolUrn(),
                                e.agencyId(),
                                e.outcome().name(),
                                e.recordedAt()))
                .map(
                        AgencyCaseEvent.StrategyActionCompletedByAgencyEvent.class,
                        e -> new AgencyStrategyActionCompletedEvent(
                                e.caseId(), e.schoolUrn(), e.agencyId(), e.meetingId(), e.actionId(), e.completedAt()))
                .map(
                        AgencyCaseEvent.LadoReferralReceivedEvent.class,
                        e -> new org.casebridge.events.agency.LadoReferralReceivedEvent(
                                e.caseId(),
                                e.schoolUrn(),
                                e.agencyId(),
                                e.localAuthorityCode(),
                                e.referredAt(),
                                e.acknowledgeBy()))
                .map(
                        AgencyCaseEvent.LadoReferralAcknowledgedEvent.class,
                        e -> new org.casebridge.events.agency.LadoReferralAcknowledgedEvent(
                                e.caseId(), e.schoolUrn(), e.agencyId(), e.acknowledgedAt(), e.late()))
                .map(
                        AgencyCaseEvent.AllegationMeetingRecordedEvent.class,
                        e -> new org.casebridge.events.agency.AllegationMeetingHeldEvent(
                                e.caseId(),
                                e.schoolUrn(),
                                e.agencyId(),
                                e.heldOn(),
                                e.attendees().stream()
                                        .map(attendee -> attendee.role().name())
                                        .distinct()
                                        .toList(),
                                e.recordedAt()))
                .map(
                        AgencyCaseEvent.AllegationOutcomeRecordedEvent.class,
                        e -> new org.casebridge.events.agency.AllegationOutcomeRecordedEvent(
                                e.caseId(),
                                e.schoolUrn(),
                                e.agencyId(),
                                e.outcome().name(),
                                e.recordedAt()))
                .map(
                        AgencyCaseEvent.LadoAcknowledgementOverdueEvent.class,
                        e -> new org.casebridge.events.agency.LadoAcknowledgementOverdueEvent(
                                e.caseId(), e.schoolUrn(), e.agencyId(), e.acknowledgeBy(), e.flaggedAt()))
                .map(
                        AgencyCaseEvent.LadoReferralNotRoutedEvent.class,
                        e -> new org.casebridge.events.agency.LadoReferralNotRoutedEvent(
                                e.caseId(), e.schoolUrn(), e.localAuthorityCode(), e.referredAt()))
                .map(
                        CaseReadRecordedEvent.class,
                        e -> new CaseReadByAgencyEvent(
                                e.caseId(),
                                e.schoolUrn(),
                                e.readerOrganisation(),
                                e.readerKind(),
                                e.readerRole(),
                                e.record(),
                                e.lawfulBasis(),
                                e.readAt()))
                .build();
    }
}
