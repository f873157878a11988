package org.casebridge.cases.incident.query;

import java.time.Instant;
import java.util.Collection;
import java.util.stream.Collectors;
import org.casebridge.cases.incident.api.AdultInPositionOfTrustRecordedEvent;
import org.casebridge.cases.incident.api.AdultInvolved;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseEvent;
import org.casebridge.cases.incident.api.CaseHandledInSchoolEvent;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseReferredToLadoEvent;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildDeletionConfirmedEvent;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRecordTransferOverdueEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferReceiptConfirmedEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferStartedEvent;
import org.casebridge.cases.incident.api.DeviceConfiscatedEvent;
import org.casebridge.cases.incident.api.DeviceExaminedEvent;
import org.casebridge.cases.incident.api.DeviceHandedToPoliceEvent;
import org.casebridge.cases.incident.api.DeviceReturnedEvent;
import org.casebridge.cases.incident.api.ExceptionalViewingRecordedEvent;
import org.casebridge.cases.incident.api.ImageryDeletedBySchoolEvent;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.LadoReferralNotRoutedEvent;
import org.casebridge.cases.incident.api.LadoReferralOverdueEvent;
import org.casebridge.cases.incident.api.LadoUpdateReceivedEvent;
import org.casebridge.cases.incident.api.LegalHoldLiftedEvent;
import org.casebridge.cases.incident.api.LegalHoldSetEvent;
import org.casebridge.cases.incident.api.ParentsInformedEvent;
import org.casebridge.cases.incident.api.ParentsNotInformedEvent;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.cases.incident.api.SupportRecordedEvent;
import org.casebridge.cases.words.CodeWords;
import org.casebridge.platform.portal.PortalDates;
import org.casebridge.platform.reference.PlaceNames;

/**
 * The "what" of a timeline entry: one sentence per event, in words from its codes ({@link CodeWords}) and refs, with
 * schools, areas and forces by name ({@link PlaceNames}) and times as people write them; the "why" is the rationale.
 */
final class TimelineText {

    private TimelineText() {}

    static String what(CaseEvent event, PlaceNames places) {
        return switch (event) {
            case IncidentReportedEvent e ->
                "Incident reported (" + CodeWords.of(e.howCameToLight()) + "): "
                        + (e.children().size() == 1 ? "1 child" : e.children().size() + " children")
                        + ", imagery " + lower(CodeWords.list(e.imagery())) + ", "
                        + lower(CodeWords.of(e.spread()))
                        + (e.mayHaveReachedInternet() ? ", may have reached the internet" : "")
                        + "; initial review due " + time(e.initialReviewDueAt());
            case InitialReviewRecordedEvent e ->
                "Initial review held " + time(e.heldAt()) + " with "
                        + e.attendees().size() + " attendees; criteria met: "
                        + CodeWords.criteriaMet(e.criteriaMet());
            case CaseHandledInSchoolEvent e -> "Decided to handle in school";
            case CaseReferredEvent e ->
                "Referred to " + agencies(e.referredTo()) + " (" + places.area(e.localAuthorityCode()) + "; "
                        + places.force(e.forceCode()) + ")";
            case CaseEscalatedEvent e ->
                (e.reopened() ? "Reopened and escalated to " : "Escalated to ") + agencies(e.referredTo())
                        + "; criteria met: " + CodeWords.criteriaMet(e.criteriaMet());
            case ParentsInformedEvent e ->
                "Parents or carers of " + e.childRef() + " informed (" + lower(CodeWords.of(e.method())) + ") "
                        + time(e.informedAt());
            case ParentsNotInformedEvent e -> "Parents or carers of " + e.childRef() + " not informed";
            case ExceptionalViewingRecordedEvent e ->
                "Imagery viewed by the DSL"
                        + (e.headteacherConsulted() ? ", headteacher consulted" : ", headteacher NOT consulted")
                        + (e.witnessDidNotView() ? ", witness present who did not view" : ", witness also viewed")
                        + (e.onSchoolPremises() ? ", on school premises" : ", NOT on school premises");
            case DeviceConfiscatedEvent e ->
                "Device " + e.deviceRef() + " confiscated"
                        + (e.ownerChildRef() == null ? "" : " from " + e.ownerChildRef());
            case DeviceExaminedEvent e -> "Device " + e.deviceRef() + " examined under Education Act 1996 s.550ZC";
            case DeviceHandedToPoliceEvent e ->
                "Device " + e.deviceRef() + " handed to the police, exhibit " + e.exhibitRef();
            case ImageryDeletedBySchoolEvent e -> "Imagery deleted from " + e.deviceRef() + " under school powers";
            case DeviceReturnedEvent e -> "Device " + e.deviceRef() + " returned";
            case ChildDeletionConfirmedEvent e -> e.childRef() + " deleted the imagery and confirmed it";
            case SupportRecordedEvent e -> "Support for " + e.childRef() + ": " + lower(CodeWords.of(e.supportType()));
            case InitialReviewOverdueEvent e -> "Initial review overdue (was due " + time(e.dueAt()) + ")";
            case PoliceUpdateReceivedEvent e ->
                places.force(e.by().organisation()) + ": "
                        + (e.kind() == PoliceUpdateKind.OTHER ? "update" : CodeWords.of(e.kind()))
                        + (e.round() == null ? "" : " (round " + e.round() + ")")
                        + (e.schoolDeviceRef() == null ? "" : " (" + e.schoolDeviceRef() + ")");
            case CaseClosedEvent e ->
                "Closed (" + lower(CodeWords.of(e.route())) + ")"
                        + (e.policeOutcomeNotAwaitedReason() == null ? "" : " without the police outcome");
            case PersonalDetailsErasedEvent e -> "Personal details erased (case key destroyed)";
            case LegalHoldSetEvent e -> "Legal hold set: personal details cannot be erased";
            case LegalHoldLiftedEvent e -> "Legal hold lifted";
            case ChildAddedEvent e -> "Child added: " + describe(e.child());
            case ChildRecordTransferStartedEvent e ->
                "Record of " + e.childRef() + " sent to " + places.school(e.toSchoolUrn()) + " (child started on "
                        + PortalDates.shown(e.childStartedOn()) + "; receipt due by " + time(e.dueAt()) + ")";
            case ChildRecordTransferReceiptConfirmedEvent e ->
                "Receipt of the record of " + e.childRef() + " confirmed by " + places.school(e.toSchoolUrn());
            case ChildRecordTransferOverdueEvent e ->
                "No receipt yet of the record of " + e.childRef() + " sent to " + places.school(e.toSchoolUrn())
                        + " (was due " + time(e.dueAt()) + ")";
            case AdultInPositionOfTrustRecordedEvent e ->
                "An adult in a position of trust is or may be involved: "
                        + e.adult().ref() + ", "
                        + lower(CodeWords.of(e.adult().role())) + ", employed by "
                        + lower(CodeWords.of(e.adult().employer())) + "; referral to the LADO due by "
                        + time(e.ladoReferralDueAt());
            case CaseReferredToLadoEvent e ->
                "Referred to the LADO of " + places.area(e.localAuthorityCode()) + " about "
                        + e.adults().stream().map(AdultInvolved::ref).collect(Collectors.joining(", "))
                        + (e.late() ? ", after the referral was due (" + time(e.dueAt()) + ")" : "");
            case LadoReferralOverdueEvent e -> "Referral to the LADO overdue (was due " + time(e.dueAt()) + ")";
            case LadoUpdateReceivedEvent e ->
                "The LADO: " + lower(CodeWords.of(e.kind()))
                        + (e.outcome() == null ? "" : ", " + lower(CodeWords.of(e.outcome())));
            case LadoReferralNotRoutedEvent e ->
                "The referral to the LADO reached no LADO: Casebridge's agency directory names none for "
                        + places.area(e.localAuthorityCode()) + "; telephone the local authority's LADO";
            case ChildAmendedEvent e ->
                e.childRef() + " corrected from " + describe(e.before()) + " to " + describe(e.after());
        };
    }

    private static String time(Instant instant) {
        return PortalDates.shown(instant);
    }

    private static String agencies(Collection<Agency> agencies) {
        return CodeWords.phrase(agencies.stream().sorted().toList());
    }

    private static String lower(String words) {
        return words.isEmpty() ? words : Character.toLowerCase(words.charAt(0)) + words.substring(1);
    }

    private static String describe(ChildInvolved child) {
        return child.ref() + " aged " + child.age() + ", " + child.yearGroup() + ", "
                + lower(CodeWords.list(
                        child.roles().stream().map(Enum::name).sorted().toList()));
    }
}
