package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.casebridge.platform.domain.ActedBy;

/**
 * Every event of a safeguarding case. Each says who acted, when, for which school, and why: the timeline shows all
 * four. Sealed so that a projection can switch over them exhaustively.
 */
public sealed interface CaseEvent
        permits IncidentReportedEvent,
                InitialReviewRecordedEvent,
                CaseHandledInSchoolEvent,
                CaseReferredEvent,
                CaseEscalatedEvent,
                ParentsInformedEvent,
                ParentsNotInformedEvent,
                ExceptionalViewingRecordedEvent,
                DeviceConfiscatedEvent,
                DeviceExaminedEvent,
                DeviceHandedToPoliceEvent,
                ImageryDeletedBySchoolEvent,
                DeviceReturnedEvent,
                ChildDeletionConfirmedEvent,
                SupportRecordedEvent,
                InitialReviewOverdueEvent,
                PoliceUpdateReceivedEvent,
                CaseClosedEvent,
                PersonalDetailsErasedEvent,
                LegalHoldSetEvent,
                LegalHoldLiftedEvent,
                ChildAddedEvent,
                ChildAmendedEvent,
                ChildRecordTransferStartedEvent,
                ChildRecordTransferReceiptConfirmedEvent,
                ChildRecordTransferOverdueEvent,
                AdultInPositionOfTrustRecordedEvent,
                CaseReferredToLadoEvent,
                LadoReferralOverdueEvent,
                LadoUpdateReceivedEvent {

    CaseId caseId();

    String schoolUrn();

    ActedBy by();

    Instant at();

    /** Why, in the DSL's words, where the guidance asks for a reason; otherwise their notes. May be null. */
    String rationale();
}
