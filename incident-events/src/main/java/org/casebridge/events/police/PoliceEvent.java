package org.casebridge.events.police;

import org.casebridge.events.IntegrationEvent;

/** Events police-liaison-service publishes on {@link org.casebridge.events.Topics#POLICE_EVENTS}. */
public sealed interface PoliceEvent extends IntegrationEvent
        permits EscalationAcceptedEvent,
                EscalationDeclinedEvent,
                EscalationTransferredEvent,
                CrimeRecordedEvent,
                AggravatingFactorsAssessedEvent,
                StrategyMeetingConvenedEvent,
                StrategyDecisionRecordedEvent,
                StrategyActionAssignedEvent,
                StrategyActionAssignedEventV2,
                StrategyActionCompletedEvent,
                OutcomeAssignedEvent,
                DeviceDecisionRecordedEvent,
                DeviceDecisionRecordedEventV2,
                EscalationRoundOpenedEvent,
                DisclosureStatementGivenEvent,
                CrimeReclassifiedEvent,
                CrimeChildRoleChangedEvent,
                VictimCrimeRecordedEvent,
                StrategyMeetingClockResultEvent,
                CaseReadByPoliceEvent,
                EscalationLegalHoldPlacedEvent,
                EscalationLegalHoldLiftedEvent {

    /** The force that owns the decision. */
    String forceCode();
}
