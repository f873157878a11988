package org.casebridge.events.agency;

import org.casebridge.events.IntegrationEvent;

/** Events notification-service publishes for the agencies on {@link AgencyTopic#AGENCY_EVENTS}. */
public sealed interface AgencyEvent extends IntegrationEvent
        permits ReferralReceivedByAgencyEvent,
                ReferralNotRoutedEvent,
                ReferralAcknowledgedEvent,
                ReferralAcknowledgementOverdueEvent,
                Section47EnquiriesStartedEvent,
                Section47OutcomeRecordedEvent,
                AgencyStrategyActionCompletedEvent,
                LadoReferralReceivedEvent,
                LadoReferralAcknowledgedEvent,
                AllegationMeetingHeldEvent,
                AllegationOutcomeRecordedEvent,
                LadoAcknowledgementOverdueEvent,
                LadoReferralNotRoutedEvent,
                CaseReadByAgencyEvent {

    /** The school whose referral the event answers, so that case-service can check it holds the case. */
    String schoolUrn();
}
