package org.casebridge.cases.incident.api;

/**
 * Every event of a safeguarding case. Each says who acted, when, for which school, and why: the timeline shows all
 * four. Sealed so that a projection can switch over them exhaustively. Their {@code @Sealed} free text is stored
 * under the case's key (ADR 0058): an event that gained such a field took its next revision, whose stored form holds
 * that field as ciphertext; a clear field of an older revision still reads.
 */
public sealed interface CaseEvent extends CaseScopedEvent
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
                LadoUpdateReceivedEvent,
                LadoReferralNotRoutedEvent {

    /** Why, in the DSL's words, where the guidance asks for a reason; otherwise their notes. May be null. */
    String rationale();
}
