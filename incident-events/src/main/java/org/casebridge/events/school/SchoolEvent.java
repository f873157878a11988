package org.casebridge.events.school;

import org.casebridge.events.IntegrationEvent;

/** Events case-service publishes on {@link org.casebridge.events.Topics#SCHOOL_EVENTS}. */
public sealed interface SchoolEvent extends IntegrationEvent
        permits ReferralMadeEvent,
                EscalationMadeEvent,
                CaseClosedEvent,
                SchoolStrategyActionCompletedEvent,
                ChildAddedEvent,
                ChildAmendedEvent,
                CaseReferencedEvent,
                LadoReferralMadeEvent,
                IncidentReportedEvent,
                CaseClosedEventV2,
                InitialReviewClockResultEvent,
                LegalHoldPlacedEvent,
                LegalHoldLiftedEvent {

    /** The school's unique reference number (URN). */
    String schoolUrn();
}
