package org.casebridge.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.axonframework.serialization.upcasting.GenericUpcasterChain;
import org.casebridge.cases.incident.api.AdultEmployer;
import org.casebridge.cases.incident.api.AdultInPositionOfTrustRecordedEvent;
import org.casebridge.cases.incident.api.AdultInvolved;
import org.casebridge.cases.incident.api.AdultRole;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseEvent;
import org.casebridge.cases.incident.api.CaseHandledInSchoolEvent;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseReferredToLadoEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildDeletionConfirmedEvent;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRecordTransferOverdueEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferReceiptConfirmedEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferStartedEvent;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.DeviceConfiscatedEvent;
import org.casebridge.cases.incident.api.DeviceExaminedEvent;
import org.casebridge.cases.incident.api.DeviceHandedToPoliceEvent;
import org.casebridge.cases.incident.api.DeviceReturnedEvent;
import org.casebridge.cases.incident.api.ExceptionalViewingRecordedEvent;
import org.casebridge.cases.incident.api.HowCameToLight;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ImageryDeletedBySchoolEvent;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.InitialReviewRecordedEvent;
import org.casebridge.cases.incident.api.LadoReferralNotRoutedEvent;
import org.casebridge.cases.incident.api.LadoReferralOverdueEvent;
import org.casebridge.cases.incident.api.LadoUpdateKind;
import org.casebridge.cases.incident.api.LadoUpdateReceivedEvent;
import org.casebridge.cases.incident.api.LegalHoldLiftedEvent;
import org.casebridge.cases.incident.api.LegalHoldSetEvent;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.ParentsInformedEvent;
import org.casebridge.cases.incident.api.ParentsNotInformedEvent;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.cases.incident.api.ReviewAttendee;
import org.casebridge.cases.incident.api.ReviewConsiderations;
import org.casebridge.cases.incident.api.Spread;
import org.casebridge.cases.incident.api.SupportRecordedEvent;
import org.casebridge.cases.incident.api.SupportType;
import org.casebridge.cases.incident.command.IncidentReportedEventUpcaster;
import org.casebridge.cases.incident.command.PoliceUpdateReceivedEventUpcaster;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/**
 * Every case event as the event store holds it today (src/test/resources/event-fixtures) still reads back with
 * today's classes and the event store's serializer, and writes again as saved.
 */
class StoredEventFixturesTest extends StoredEventFixtureChecks {

    static final CaseId CASE = new CaseId(UUID.fromString("0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d"));
    static final String URN = "137001";
    static final ActedBy DSL = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, URN);
    static final UUID TRANSFER = UUID.fromString("5f0e8a1c-9b7d-4c3e-8a21-0d6b2f4e9c10");
    static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-27T15:30:00Z");
    static final List<ChildInvolved> CHILDREN = List.of(new ChildInvolved(
            "child-1", 14, "Year 9", Set.of(ChildRole.PICTURED, ChildRole.SHARED), Set.of(ChildFlag.SEND)));
    static final Set<Criterion> MET = Set.of(Criterion.ADULT_INVOLVED, Criterion.UNDER_13_SEXUAL_ACTS);
    static final Set<Agency> AGENCIES = Set.of(Agency.POLICE, Agency.CHILDRENS_SOCIAL_CARE);

    static final List<CaseEvent> EXAMPLES = List.of(
            new IncidentReportedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    HowCameToLight.DISCLOSURE_BY_CHILD_INVOLVED,
                    EARLIER,
                    Set.of(ImageryCategory.NUDE, ImageryCategory.SEXUAL_POSE),
                    "Two images",
                    Set.of("Snapchat"),
                    Spread.SMALL_GROUP,
                    true,
                    false,
                    CHILDREN,
                    AT.plusSeconds(86_400),
                    "Told the form tutor",
                    "SHC-2026-0042"),
            new InitialReviewRecordedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    EARLIER,
                    List.of(new ReviewAttendee("A. Kaur", "DSL")),
                    Map.of(Criterion.ADULT_INVOLVED, true, Criterion.UNUSUAL_OR_VIOLENT_ACTS, false),
                    MET,
                    new ReviewConsiderations("Low", true, "Three pupils", "Delete by Friday", true, true),
                    "Adult involved"),
            new CaseHandledInSchoolEvent(CASE, URN, DSL, AT, "No criteria met"),
            new CaseReferredEvent(CASE, URN, DSL, AT, AGENCIES, MET, "E09000012", "MPS", CHILDREN, "Adult involved"),
            new CaseEscalatedEvent(
                    CASE, URN, DSL, AT, AGENCIES, MET, "E09000012", "MPS", CHILDREN, true, false, "Adult involved"),
            new ParentsInformedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    "child-1",
                    "Mother",
                    EARLIER,
                    ParentContactMethod.TELEPHONE,
                    "Agreed with the child"),
            new ParentsNotInformedEvent(CASE, URN, DSL, AT, "child-1", "Risk of harm at home"),
            new ExceptionalViewingRecordedEvent(
                    CASE, URN, DSL, AT, EARLIER, true, "B. Shah", true, true, "Referred", "Needed to judge the risk"),
            new DeviceConfiscatedEvent(
                    CASE, URN, DSL, AT, "device-1", "Phone", "child-1", "Mr Jones", "Safe", "Images on it"),
            new DeviceExaminedEvent(CASE, URN, DSL, AT, "device-1", "Nothing further", "Police asked"),
            new DeviceHandedToPoliceEvent(CASE, URN, DSL, AT, "device-1", "PC 4411", EARLIER, "EXH/1", "Seized"),
            new ImageryDeletedBySchoolEvent(CASE, URN, DSL, AT, "device-1", "Police left it to the school"),
            new DeviceReturnedEvent(CASE, URN, DSL, AT, "device-1", "Mother", "Cleared"),
            new ChildDeletionConfirmedEvent(CASE, URN, DSL, AT, "child-1", "Child showed the deletion"),
            new SupportRecordedEvent(CASE, URN, DSL, AT, "child-1", SupportType.COUNSELLING, "Weekly sessions"),
            new PoliceUpdateReceivedEvent(
                    CASE,
                    URN,
                    CaseActors.policeForce("MPS"),
                    AT,
                    "event-1",
                    "org.casebridge.police.outcome-assigned.v1",
                    PoliceUpdateKind.OUTCOME_DECIDED,
                    EARLIER,
                    "Outcome 21",
                    "WMP",
                    "device-1",
                    "action-1",
                    2),
            new InitialReviewOverdueEvent(CASE, URN, ActedBy.casebridge(), AT, EARLIER, "Due date passed"),
            new CaseClosedEvent(CASE, URN, DSL, AT, CaseStatus.REFERRED, "Force closed its case", "Supported"),
            new PersonalDetailsErasedEvent(CASE, URN, DSL, AT, "Retention period ended"),
            new LegalHoldSetEvent(CASE, URN, DSL, AT, "A civil claim is expected"),
            new LegalHoldLiftedEvent(CASE, URN, DSL, AT, "The claim was withdrawn"),
            new ChildAddedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    new ChildInvolved("child-2", 13, "Year 8", Set.of(ChildRole.RECEIVED), Set.of(ChildFlag.SEND)),
                    "Came forward later"),
            new ChildAmendedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    "child-1",
                    CHILDREN.getFirst(),
                    new ChildInvolved("child-1", 12, "Year 7", Set.of(ChildRole.PICTURED), Set.of(ChildFlag.SEND)),
                    "Age checked with admissions"),
            new ChildRecordTransferStartedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    TRANSFER,
                    "child-1",
                    "100001",
                    LocalDate.parse("2026-11-30"),
                    Instant.parse("2026-12-05T00:00:00Z"),
                    "The family moved to Hackney"),
            new ChildRecordTransferReceiptConfirmedEvent(
                    CASE,
                    URN,
                    new ActedBy("dsl.clapton", CaseActors.SCHOOL_DSL, "100001"),
                    AT,
                    TRANSFER,
                    "child-1",
                    "100001",
                    "Receipt confirmed by the school the child moved to"),
            new ChildRecordTransferOverdueEvent(
                    CASE,
                    URN,
                    ActedBy.casebridge(),
                    AT,
                    TRANSFER,
                    "child-1",
                    "100001",
                    Instant.parse("2026-12-05T00:00:00Z"),
                    "No receipt within five school days"),
            new AdultInPositionOfTrustRecordedEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    new AdultInvolved("adult-1", AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY),
                    Instant.parse("2026-12-04T10:00:00Z"),
                    "child-1 says a supply teacher asked for the image"),
            new CaseReferredToLadoEvent(
                    CASE,
                    URN,
                    DSL,
                    AT,
                    "E09000012",
                    List.of(new AdultInvolved("adult-1", AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY)),
                    List.of(new ChildInvolved(
                            "child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of(ChildFlag.SEND))),
                    Instant.parse("2026-12-04T10:00:00Z"),
                    true,
                    "Allegation against a supply teacher; the agency is told"),
            new LadoReferralOverdueEvent(
                    CASE,
                    URN,
                    ActedBy.casebridge(),
                    AT,
                    Instant.parse("2026-12-04T10:00:00Z"),
                    "Not referred to the LADO within one working day"),
            new LadoReferralNotRoutedEvent(
                    CASE,
                    URN,
                    ActedBy.casebridge(),
                    AT,
                    "7d1e3f50-9a2b-4c6d-8e0f-1a3b5c7d9e0f",
                    "E09000012",
                    Instant.parse("2026-11-27T15:30:00Z"),
                    "No LADO receives referrals through Casebridge for local authority E09000012"),
            new LadoUpdateReceivedEvent(
                    CASE,
                    URN,
                    CaseActors.agency("lado-east-london"),
                    AT,
                    "3c5e7a90-1b2d-4e6f-8a0c-2d4f6b8e0a1c",
                    LadoUpdateKind.OUTCOME_RECORDED,
                    Instant.parse("2026-12-03T09:00:00Z"),
                    LocalDate.parse("2026-12-02"),
                    List.of("LADO", "HEADTEACHER"),
                    "UNSUBSTANTIATED",
                    "The allegation's outcome: unsubstantiated."));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.cases.incident", FixtureTextKeys.serializer(), EXAMPLES)
            .upcastingWith(new GenericUpcasterChain<>(
                    new PoliceUpdateReceivedEventUpcaster(), new IncidentReportedEventUpcaster()))
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "1", "transferredTo")
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "1", "schoolDeviceRef")
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "1", "policeRef")
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "1", "round")
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "2", "schoolDeviceRef")
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "2", "policeRef")
            .leavingUnsetWhenUpcast(PoliceUpdateReceivedEvent.class, "2", "round");

    @Test
    void theStoredEventTypesAreEveryCaseEvent() {
        assertThat(FIXTURES.storedTypes()).containsExactlyInAnyOrder(CaseEvent.class.getPermittedSubclasses());
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
