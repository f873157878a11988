package org.casebridge.cases.incident.command;

import static org.casebridge.cases.incident.command.CaseFixtures.CASE_ID;
import static org.casebridge.cases.incident.command.CaseFixtures.CHILDREN;
import static org.casebridge.cases.incident.command.CaseFixtures.DSL;
import static org.casebridge.cases.incident.command.CaseFixtures.NOW;
import static org.casebridge.cases.incident.command.CaseFixtures.RATIONALE;
import static org.casebridge.cases.incident.command.CaseFixtures.REVIEW_DUE_WITHIN;
import static org.casebridge.cases.incident.command.CaseFixtures.SCHOOL;
import static org.casebridge.cases.incident.command.CaseFixtures.SCHOOLS;
import static org.casebridge.cases.incident.command.CaseFixtures.URN;
import static org.casebridge.cases.incident.command.CaseFixtures.police;
import static org.casebridge.cases.incident.command.CaseFixtures.report;
import static org.casebridge.cases.incident.command.CaseFixtures.reported;
import static org.casebridge.cases.incident.command.CaseFixtures.review;
import static org.casebridge.cases.incident.command.CaseFixtures.reviewed;
import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.AddChildCommand;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.AmendChildCommand;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseHandledInSchoolEvent;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.ChildAddedEvent;
import org.casebridge.cases.incident.api.ChildAmendedEvent;
import org.casebridge.cases.incident.api.ChildDeletionConfirmedEvent;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.api.CloseCaseCommand;
import org.casebridge.cases.incident.api.ConfirmChildDeletionCommand;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.DeviceConfiscatedEvent;
import org.casebridge.cases.incident.api.DeviceExaminedEvent;
import org.casebridge.cases.incident.api.DeviceHandedToPoliceEvent;
import org.casebridge.cases.incident.api.DeviceReturnedEvent;
import org.casebridge.cases.incident.api.ErasePersonalDetailsCommand;
import org.casebridge.cases.incident.api.EscalateCaseCommand;
import org.casebridge.cases.incident.api.ExceptionalViewingRecordedEvent;
import org.casebridge.cases.incident.api.HandleInSchoolCommand;
import org.casebridge.cases.incident.api.ImageryCategory;
import org.casebridge.cases.incident.api.ImageryDeletedBySchoolEvent;
import org.casebridge.cases.incident.api.IncidentReportedEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
import org.casebridge.cases.incident.api.LegalHoldLiftedEvent;
import org.casebridge.cases.incident.api.LegalHoldSetEvent;
import org.casebridge.cases.incident.api.LiftLegalHoldCommand;
import org.casebridge.cases.incident.api.ParentContactMethod;
import org.casebridge.cases.incident.api.ParentsInformedEvent;
import org.casebridge.cases.incident.api.ParentsNotInformedEvent;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.incident.api.PoliceUpdateKind;
import org.casebridge.cases.incident.api.PoliceUpdateReceivedEvent;
import org.casebridge.cases.incident.api.RecordDeletionBySchoolCommand;
import org.casebridge.cases.incident.api.RecordDeviceConfiscatedCommand;
import org.casebridge.cases.incident.api.RecordDeviceExaminedCommand;
import org.casebridge.cases.incident.api.RecordDeviceHandedToPoliceCommand;
import org.casebridge.cases.incident.api.RecordDeviceReturnedCommand;
import org.casebridge.cases.incident.api.RecordExceptionalViewingCommand;
import org.casebridge.cases.incident.api.RecordInitialReviewCommand;
import org.casebridge.cases.incident.api.RecordParentsInformedCommand;
import org.casebridge.cases.incident.api.RecordParentsNotInformedCommand;
import org.casebridge.cases.incident.api.RecordPoliceUpdateCommand;
import org.casebridge.cases.incident.api.RecordSupportCommand;
import org.casebridge.cases.incident.api.ReferCaseCommand;
import org.casebridge.cases.incident.api.ReportIncidentCommand;
import org.casebridge.cases.incident.api.SetLegalHoldCommand;
import org.casebridge.cases.incident.api.SupportRecordedEvent;
import org.casebridge.cases.incident.api.SupportType;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeguardingCaseTest {

    private static final ActedBy OTHER_SCHOOL_DSL = new ActedBy("dsl-other", CaseActors.SCHOOL_DSL, "100001");
    private static final ActedBy AUDITOR = new ActedBy("auditor-1", "AUDITOR", URN);

    private FixtureConfiguration<SafeguardingCase> fixture;
    private final List<String> openSchoolActions = new ArrayList<>();
    private final CaseFixtures.CountingReferences references = new CaseFixtures.CountingReferences();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SafeguardingCase.class);
        fixture.registerInjectableResource((SchoolActionsOpen) (caseId, schoolUrn) ->
                caseId.equals(CASE_ID) && URN.equals(schoolUrn) ? List.copyOf(openSchoolActions) : List.of());
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(SCHOOLS);
        fixture.registerInjectableResource(new InitialReviewPolicy(REVIEW_DUE_WITHIN));
        fixture.registerInjectableResource(references);
    }

    @Test
    void reportsAnIncidentAndStartsTheInitialReviewClock() {
        fixture.givenNoPriorActivity()
                .when(report())
                .expectEvents(reported())
                .expectScheduledDeadlineWithName(REVIEW_DUE_WITHIN, SafeguardingCase.INITIAL_REVIEW_DEADLINE);
    }

    @Test
    void aReportTakesTheNextReferenceOfItsSchoolAndYear() {
        references.allocate(new CaseId(UUID.randomUUID()), "HBA", 2026);
        fixture.givenNoPriorActivity().when(report()).expectEvents(reported("HBA-2026-0002"));
    }

    @Test
    void aSchoolWithoutAShortCodeStartsItsReferencesWithItsUrn() {
        School withoutCode = new School(URN, "Hollybank Academy", "E08000025", "Birmingham", "WMP", "West Midlands");
        FixtureConfiguration<SafeguardingCase> noCodes = new AggregateTestFixture<>(SafeguardingCase.class);
        noCodes.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        noCodes.registerInjectableResource((SchoolDirectory) urn -> Optional.of(withoutCode));
        noCodes.registerInjectableResource(new InitialReviewPolicy(REVIEW_DUE_WITHIN));
        noCodes.registerInjectableResource(new CaseFixtures.CountingReferences());
        noCodes.givenNoPriorActivity().when(report()).expectEvents(reported("103456-2026-0001"));
    }

    @Test
    void onlyADslReportsAnIncident() {
        var command = report();
        fixture.givenNoPriorActivity()
                .when(new ReportIncidentCommand(
                        CASE_ID,
                        AUDITOR,
                        command.howCameToLight(),
                        command.cameToLightAt(),
                        command.imagery(),
                        command.imageryNotes(),
                        command.platforms(),
                        command.spread(),
                        false,
                        false,
                        CHILDREN,
                        command.summary()))
                .expectNoEvents()
                .expectException(DslOnlyException.class);
    }

    @Test
    void cannotReportForASchoolMissingFromTheReferenceData() {
        var command = report();
        fixture.givenNoPriorActivity()
                .when(new ReportIncidentCommand(
                        CASE_ID,
                        OTHER_SCHOOL_DSL,
                        command.howCameToLight(),
                        command.cameToLightAt(),
                        command.imagery(),
                        command.imageryNotes(),
                        command.platforms(),
                        command.spread(),
                        false,
                        false,
                        CHILDREN,
                        command.summary()))
                .expectNoEvents()
                .expectException(UnknownSchoolException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "name-as-ref", "adult", "duplicate", "no-role", "name-as-year-group"})
    void refusesChildrenThatBreakTheRules(String problem) {
        List<ChildInvolved> children = switch (problem) {
            case "none" -> List.of();
            case "name-as-ref" -> List.of(child("Jane Smith", 14));
            case "adult" -> List.of(child("child-1", 18));
            case "duplicate" -> List.of(child("child-1", 14), child("child-1", 15));
            case "name-as-year-group" ->
                List.of(new ChildInvolved("child-1", 14, "Jane Smith's class", Set.of(ChildRole.PICTURED), Set.of()));
            default -> List.of(new ChildInvolved("child-1", 14, "Year 9", Set.of(), Set.of()));
        };
        fixture.givenNoPriorActivity()
                .when(report(children))
                .expectNoEvents()
                .expectException(InvalidChildrenException.class);
    }

    @Test
    void cannotReportAnIncidentThatCameToLightInTheFuture() {
        var command = report();
        fixture.givenNoPriorActivity()
                .when(new ReportIncidentCommand(
                        CASE_ID,
                        DSL,
                        command.howCameToLight(),
                        NOW.plus(Duration.ofHours(1)),
                        command.imagery(),
                        command.imageryNotes(),
                        command.platforms(),
                        command.spread(),
                        false,
                        false,
                        CHILDREN,
                        command.summary()))
                .expectNoEvents()
                .expectException(TimeInFutureException.class);
    }

    @Test
    void recordsTheInitialReviewAndStopsTheClock() {
        fixture.givenCommands(report()).when(review()).expectEvents(reviewed()).expectNoScheduledDeadlines();
    }

    @Test
    void flagsTheCaseOverdueWhenTheInitialReviewIsLate() {
        fixture.givenCommands(report())
                .whenTimeElapses(REVIEW_DUE_WITHIN.plusMinutes(1))
                .expectTriggeredDeadlinesWithName(SafeguardingCase.INITIAL_REVIEW_DEADLINE)
                .expectEvents(new InitialReviewOverdueEvent(
                        CASE_ID,
                        URN,
                        ActedBy.casebridge(),
                        NOW,
                        NOW.plus(REVIEW_DUE_WITHIN),
                        "The initial review was not recorded within the time set for this school."));
    }

    @Test
    void doesNotFlagACaseReviewedInTime() {
        fixture.givenCommands(report(), review())
                .whenTimeElapses(REVIEW_DUE_WITHIN.plusHours(1))
                .expectNoEvents();
    }

    @Test
    void refusesAnInitialReviewThatLeavesACriterionUnanswered() {
        RecordInitialReviewCommand complete = review();
        Map<Criterion, Boolean> fourAnswers = new EnumMap<>(complete.criteria());
        fourAnswers.remove(Criterion.UNDER_13_SEXUAL_ACTS);
        fixture.given(reported())
                .when(new RecordInitialReviewCommand(
                        CASE_ID,
                        DSL,
                        complete.heldAt(),
                        complete.attendees(),
                        fourAnswers,
                        complete.considerations(),
                        complete.notes()))
                .expectNoEvents()
                .expectException(CriteriaUnansweredException.class)
                .expectExceptionMessage(containsString("UNDER_13_SEXUAL_ACTS"));
    }

    @Test
    void refusesAnInitialReviewWithoutAttendees() {
        RecordInitialReviewCommand complete = review();
        fixture.given(reported())
                .when(new RecordInitialReviewCommand(
                        CASE_ID,
                        DSL,
                        complete.heldAt(),
                        List.of(),
                        complete.criteria(),
                        complete.considerations(),
                        complete.notes()))
                .expectNoEvents()
                .expectException(AttendeesRequiredException.class);
    }

    @Test
    void recordsTheInitialReviewOnlyOnce() {
        fixture.given(reported(), reviewed())
                .when(review())
                .expectNoEvents()
                .expectException(InitialReviewAlreadyRecordedException.class);
    }

    @Test
    void handlesInSchoolWhenNoCriterionIsMetAndTheRationaleIsRecorded() {
        fixture.given(reported(), reviewed())
                .when(new HandleInSchoolCommand(CASE_ID, DSL, RATIONALE))
                .expectEvents(new CaseHandledInSchoolEvent(CASE_ID, URN, DSL, NOW, RATIONALE));
    }

    @ParameterizedTest
    @EnumSource(Criterion.class)
    void eachCriterionForcesAReferral(Criterion criterion) {
        fixture.given(reported(), reviewed(criterion))
                .when(new HandleInSchoolCommand(CASE_ID, DSL, RATIONALE))
                .expectNoEvents()
                .expectException(ReferralRequiredException.class)
                .expectExceptionMessage(containsString(criterion.name()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "low risk"})
    void cannotHandleInSchoolWithoutARationale(String rationale) {
        fixture.given(reported(), reviewed())
                .when(new HandleInSchoolCommand(CASE_ID, DSL, rationale))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void decidesOnlyAfterTheInitialReview() {
        fixture.given(reported())
                .when(new HandleInSchoolCommand(CASE_ID, DSL, RATIONALE))
                .expectNoEvents()
                .expectException(InitialReviewRequiredException.class);
    }

    @Test
    void refersToTheForceAndLocalAuthorityOfTheSchoolsArea() {
        String reasons = "Adult involvement suspected: the sender claims to be 19.";
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED))
                .when(new ReferCaseCommand(CASE_ID, DSL, EnumSet.allOf(Agency.class), reasons))
                .expectEvents(new CaseReferredEvent(
                        CASE_ID,
                        URN,
                        DSL,
                        NOW,
                        EnumSet.allOf(Agency.class),
                        EnumSet.of(Criterion.ADULT_INVOLVED),
                        SCHOOL.localAuthorityCode(),
                        SCHOOL.forceCode(),
                        CHILDREN,
                        reasons));
    }

    @Test
    void refusesAReferralToNobody() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED))
                .when(new ReferCaseCommand(CASE_ID, DSL, Set.of(), RATIONALE))
                .expectNoEvents()
                .expectException(ReferralRecipientRequiredException.class);
    }

    @Test
    void refusesAReferralOnJudgementWithoutReasons() {
        fixture.given(reported(), reviewed())
                .when(new ReferCaseCommand(CASE_ID, DSL, police(), " "))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void theCriteriaMetAreTheReasonsOfAReferralWithoutWrittenOnes() {
        fixture.given(reported(), reviewed(Criterion.IMMEDIATE_RISK_OF_HARM))
                .when(new ReferCaseCommand(CASE_ID, DSL, police(), null))
                .expectEvents(new CaseReferredEvent(
                        CASE_ID,
                        URN,
                        DSL,
                        NOW,
                        police(),
                        EnumSet.of(Criterion.IMMEDIATE_RISK_OF_HARM),
                        SCHOOL.localAuthorityCode(),
                        SCHOOL.forceCode(),
                        CHILDREN,
                        null));
    }

    @Test
    void decidesOnceAndEscalatesAfterwards() {
        fixture.given(reported(), reviewed(), handledInSchool())
                .when(new ReferCaseCommand(CASE_ID, DSL, police(), RATIONALE))
                .expectNoEvents()
                .expectException(DecisionAlreadyMadeException.class);
    }

    @Test
    void escalatesACaseHandledInSchoolAsItsFirstReferral() {
        String info = "child-2 has since posted the image to a public account.";
        fixture.given(reported(), reviewed(), handledInSchool())
                .when(new EscalateCaseCommand(
                        CASE_ID, DSL, police(), EnumSet.of(Criterion.IMMEDIATE_RISK_OF_HARM), info))
                .expectEvents(new CaseEscalatedEvent(
                        CASE_ID,
                        URN,
                        DSL,
                        NOW,
                        police(),
                        EnumSet.of(Criterion.IMMEDIATE_RISK_OF_HARM),
                        SCHOOL.localAuthorityCode(),
                        SCHOOL.forceCode(),
                        CHILDREN,
                        true,
                        false,
                        info));
    }

    @Test
    void escalatingAClosedCaseReopensIt() {
        String info = "A second image surfaced, sent by an adult stranger.";
        fixture.given(
                        reported(),
                        reviewed(),
                        handledInSchool(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        closed(CaseStatus.HANDLED_IN_SCHOOL, null))
                .when(new EscalateCaseCommand(CASE_ID, DSL, police(), EnumSet.of(Criterion.ADULT_INVOLVED), info))
                .expectEvents(new CaseEscalatedEvent(
                        CASE_ID,
                        URN,
                        DSL,
                        NOW,
                        police(),
                        EnumSet.of(Criterion.ADULT_INVOLVED),
                        SCHOOL.localAuthorityCode(),
                        SCHOOL.forceCode(),
                        CHILDREN,
                        true,
                        true,
                        info));
    }

    @Test
    void refusesAnEscalationWithoutNewInformation() {
        fixture.given(reported(), reviewed(), handledInSchool())
                .when(new EscalateCaseCommand(CASE_ID, DSL, police(), Set.of(), ""))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void recordsParentsInformed() {
        var at = NOW.minus(Duration.ofHours(1));
        fixture.given(reported())
                .when(new RecordParentsInformedCommand(
                        CASE_ID, DSL, "child-1", "Mother", at, ParentContactMethod.TELEPHONE, "Supportive"))
                .expectEvents(new ParentsInformedEvent(
                        CASE_ID, URN, DSL, NOW, "child-1", "Mother", at, ParentContactMethod.TELEPHONE, "Supportive"));
    }

    @Test
    void refusesParentsInformedWithoutWhenAndHow() {
        fixture.given(reported())
                .when(new RecordParentsInformedCommand(CASE_ID, DSL, "child-1", "Mother", null, null, null))
                .expectNoEvents()
                .expectException(RequiredDetailMissingException.class);
    }

    @Test
    void recordsParentsNotInformedWithTheReason() {
        String reason = "Informing the father would put child-2 at risk of harm at home.";
        fixture.given(reported())
                .when(new RecordParentsNotInformedCommand(CASE_ID, DSL, "child-2", reason))
                .expectEvents(new ParentsNotInformedEvent(CASE_ID, URN, DSL, NOW, "child-2", reason));
    }

    @Test
    void refusesParentsNotInformedWithoutAReason() {
        fixture.given(reported())
                .when(new RecordParentsNotInformedCommand(CASE_ID, DSL, "child-2", null))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void refusesADecisionAboutAChildNotInTheCase() {
        fixture.given(reported())
                .when(new RecordParentsInformedCommand(
                        CASE_ID, DSL, "child-9", "Mother", NOW, ParentContactMethod.TELEPHONE, null))
                .expectNoEvents()
                .expectException(UnknownChildException.class);
    }

    @Test
    void recordsAnExceptionalViewing() {
        String reason = "Needed to establish whether the imagery showed a sexual act.";
        var at = NOW.minus(Duration.ofHours(1));
        fixture.given(reported(), reviewed(), handledInSchool())
                .when(new RecordExceptionalViewingCommand(
                        CASE_ID, DSL, at, true, "C. Patel", true, true, reason, "Referral to police"))
                .expectEvents(new ExceptionalViewingRecordedEvent(
                        CASE_ID, URN, DSL, NOW, at, true, "C. Patel", true, true, "Referral to police", reason));
    }

    @Test
    void refusesAViewingRecordWithoutTheStaffMemberPresent() {
        fixture.given(reported(), reviewed())
                .when(new RecordExceptionalViewingCommand(
                        CASE_ID,
                        DSL,
                        NOW,
                        true,
                        " ",
                        true,
                        true,
                        "Needed to establish whether the imagery showed a sexual act.",
                        null))
                .expectNoEvents()
                .expectException(RequiredDetailMissingException.class);
    }

    @Test
    void recordsAConfiscatedDevice() {
        fixture.given(reported())
                .when(new RecordDeviceConfiscatedCommand(
                        CASE_ID,
                        DSL,
                        "device-1",
                        "Phone",
                        "child-2",
                        "Head of Year",
                        "Safe in the head's office",
                        null))
                .expectEvents(confiscated());
    }

    @Test
    void refusesTheSameDeviceTwice() {
        fixture.given(reported(), confiscated())
                .when(new RecordDeviceConfiscatedCommand(
                        CASE_ID, DSL, "device-1", "Phone", "child-2", "Head of Year", "Safe", null))
                .expectNoEvents()
                .expectException(DeviceAlreadyRecordedException.class);
    }

    @Test
    void recordsAnExaminationWithItsGoodReason() {
        String reason = "To find out whether the image was forwarded further (s.550ZC good reason).";
        fixture.given(reported(), reviewed(), handledInSchool(), confiscated())
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", reason, "Sent to one contact"))
                .expectEvents(
                        new DeviceExaminedEvent(CASE_ID, URN, DSL, NOW, "device-1", "Sent to one contact", reason));
    }

    @Test
    void refusesAnExaminationWithoutAGoodReason() {
        fixture.given(reported(), reviewed(), confiscated())
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", "", null))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void refusesAnExaminationOfAnUnknownDevice() {
        fixture.given(reported())
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-3", RATIONALE, null))
                .expectNoEvents()
                .expectException(UnknownDeviceException.class);
    }

    @Test
    void recordsTheChainOfCustodyToThePolice() {
        var at = NOW.minus(Duration.ofMinutes(10));
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), confiscated())
                .when(new RecordDeviceHandedToPoliceCommand(
                        CASE_ID, DSL, "device-1", "PC 4411 Hughes", at, "WMP/EX/2026/0042", null))
                .expectEvents(handedToPolice(at));
    }

    @Test
    void refusesAHandoverWithoutAnExhibitReference() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), confiscated())
                .when(new RecordDeviceHandedToPoliceCommand(CASE_ID, DSL, "device-1", "PC 4411 Hughes", NOW, "", null))
                .expectNoEvents()
                .expectException(RequiredDetailMissingException.class);
    }

    @Test
    void refusesToDeleteWhileAPoliceReferralIsOpen() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), confiscated())
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void refusesToReturnADeviceWhileAPoliceReferralIsOpen() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), confiscated())
                .when(new RecordDeviceReturnedCommand(CASE_ID, DSL, "device-1", "child-2's mother", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void deletesOnceThePoliceLeaveDeletionToTheSchool() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        leftToSchool("p-2", "device-1"))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectEvents(new ImageryDeletedBySchoolEvent(CASE_ID, URN, DSL, NOW, "device-1", RATIONALE));
    }

    /** DOMAIN: staff must not delete; where the police are not involved the child deletes and confirms it. */
    @Test
    void staffDeleteOnlyFromADeviceThePoliceLeftToTheSchool() {
        fixture.given(reported(), reviewed(), handledInSchool(), confiscated())
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionNotLeftToSchoolException.class);
    }

    @Test
    void refusesToDeleteFromADeviceThePoliceHold() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), confiscated(), handedToPolice(NOW))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(DeviceWithPoliceException.class);
    }

    @Test
    void returnsADeviceAfterDeletion() {
        fixture.given(reported(), reviewed(), handledInSchool(), confiscated())
                .when(new RecordDeviceReturnedCommand(CASE_ID, DSL, "device-1", "child-2's mother", RATIONALE))
                .expectEvents(
                        new DeviceReturnedEvent(CASE_ID, URN, DSL, NOW, "device-1", "child-2's mother", RATIONALE));
    }

    @Test
    void aReturnedDeviceIsNoLongerTheSchoolsToActOn() {
        fixture.given(
                        reported(),
                        reviewed(),
                        handledInSchool(),
                        confiscated(),
                        new DeviceReturnedEvent(CASE_ID, URN, DSL, NOW, "device-1", "child-2's mother", RATIONALE))
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", RATIONALE, null))
                .expectNoEvents()
                .expectException(DeviceReturnedAlreadyException.class);
    }

    @Test
    void confirmsAChildsOwnDeletion() {
        fixture.given(reported(), reviewed(), handledInSchool())
                .when(new ConfirmChildDeletionCommand(CASE_ID, DSL, "child-2", "Deleted in front of the DSL"))
                .expectEvents(new ChildDeletionConfirmedEvent(
                        CASE_ID, URN, DSL, NOW, "child-2", "Deleted in front of the DSL"));
    }

    @Test
    void refusesAChildsOwnDeletionWhileAPoliceReferralIsOpen() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred())
                .when(new ConfirmChildDeletionCommand(CASE_ID, DSL, "child-2", "Deleted in front of the DSL"))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void recordsSupportForAChild() {
        fixture.given(reported())
                .when(new RecordSupportCommand(
                        CASE_ID,
                        DSL,
                        "child-1",
                        SupportType.REPORT_REMOVE_SIGNPOSTED,
                        "Shown how to use Report Remove"))
                .expectEvents(new SupportRecordedEvent(
                        CASE_ID,
                        URN,
                        DSL,
                        NOW,
                        "child-1",
                        SupportType.REPORT_REMOVE_SIGNPOSTED,
                        "Shown how to use Report Remove"));
    }

    @Test
    void refusesSupportWithoutADescription() {
        fixture.given(reported())
                .when(new RecordSupportCommand(CASE_ID, DSL, "child-1", SupportType.PASTORAL, " "))
                .expectNoEvents()
                .expectException(RequiredDetailMissingException.class);
    }

    @Test
    void putsAPoliceDecisionOnTheCaseOnce() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred())
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-1",
                        "org.casebridge.police.outcome-decided.v1",
                        "WMP",
                        NOW,
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        "Outcome 21"))
                .expectEvents(policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED));
    }

    @Test
    void refusesADecisionOfAForceTheCaseWasNotSentTo() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred())
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-1",
                        "org.casebridge.police.outcome-decided.v1",
                        "MPS",
                        NOW,
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        "Outcome 21"))
                .expectNoEvents()
                .expectException(NotTheCasesForceException.class);
    }

    @Test
    void refusesAPoliceDecisionOnACaseNeverSentToThePolice() {
        fixture.given(reported(), reviewed())
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-1",
                        "org.casebridge.police.outcome-decided.v1",
                        "WMP",
                        NOW,
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        "Outcome 21"))
                .expectNoEvents()
                .expectException(NotTheCasesForceException.class);
    }

    @Test
    void acceptsTheForceTheEscalationWasTransferredTo() {
        PoliceUpdateReceivedEvent transfer = new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce("WMP"),
                NOW,
                "p-1",
                "org.casebridge.police.escalation-transferred.v1",
                PoliceUpdateKind.OTHER,
                NOW,
                "Referral transferred to MPS",
                "MPS");
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), transfer)
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-2",
                        "org.casebridge.police.outcome-decided.v1",
                        "MPS",
                        NOW,
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        "Outcome 21"))
                .expectEvents(new PoliceUpdateReceivedEvent(
                        CASE_ID,
                        URN,
                        CaseActors.policeForce("MPS"),
                        NOW,
                        "p-2",
                        "org.casebridge.police.outcome-decided.v1",
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        NOW,
                        "Outcome 21",
                        null));
    }

    @Test
    void recordsTheForceATransferGoesTo() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred())
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-1",
                        "org.casebridge.police.escalation-transferred.v1",
                        "WMP",
                        NOW,
                        PoliceUpdateKind.OTHER,
                        "Referral transferred to MPS",
                        "MPS"))
                .expectEvents(new PoliceUpdateReceivedEvent(
                        CASE_ID,
                        URN,
                        CaseActors.policeForce("WMP"),
                        NOW,
                        "p-1",
                        "org.casebridge.police.escalation-transferred.v1",
                        PoliceUpdateKind.OTHER,
                        NOW,
                        "Referral transferred to MPS",
                        "MPS"));
    }

    @Test
    void ignoresAPoliceDecisionDeliveredTwice() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED))
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-1",
                        "org.casebridge.police.outcome-decided.v1",
                        "WMP",
                        NOW,
                        PoliceUpdateKind.OUTCOME_DECIDED,
                        "Outcome 21"))
                .expectNoEvents();
    }

    @Test
    void closesACaseHandledInSchoolOnceParentsAreDecided() {
        fixture.given(reported(), reviewed(), handledInSchool(), parentsInformed("child-1"), parentsInformed("child-2"))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectEvents(closed(CaseStatus.HANDLED_IN_SCHOOL, null));
    }

    @Test
    void cannotCloseWithoutADecision() {
        fixture.given(reported(), reviewed(), parentsInformed("child-1"), parentsInformed("child-2"))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectNoEvents()
                .expectException(DecisionRequiredException.class);
    }

    @Test
    void cannotCloseWithAParentsDecisionMissing() {
        fixture.given(reported(), reviewed(), handledInSchool(), parentsInformed("child-1"))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectNoEvents()
                .expectException(ParentsDecisionRequiredException.class)
                .expectExceptionMessage(containsString("child-2"));
    }

    @Test
    void cannotCloseWithADeviceDecisionMissing() {
        fixture.given(
                        reported(),
                        reviewed(),
                        handledInSchool(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        confiscated())
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectNoEvents()
                .expectException(DeviceDecisionRequiredException.class)
                .expectExceptionMessage(containsString("device-1"));
    }

    @Test
    void cannotCloseAReferredCaseBeforeThePoliceOutcome() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectNoEvents()
                .expectException(PoliceOutcomeRequiredException.class);
    }

    @Test
    void closingWhileThePoliceHoldTheCaseRecordsWhyTheirOutcomeIsNotAwaited() {
        String why = "Police confirmed by phone that no further action will follow; outcome letter delayed.";
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, why))
                .expectEvents(closed(CaseStatus.REFERRED, why));
    }

    @Test
    void closesAReferredCaseAfterThePoliceOutcome() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectEvents(closed(CaseStatus.REFERRED, null));
    }

    @Test
    void aCaseIsNotClosedWhileAStrategyActionTheSchoolOwnsIsOpen() {
        openSchoolActions.add("action-1");
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectNoEvents()
                .expectException(SchoolActionsOpenException.class)
                .expectExceptionMessage(containsString("[action-1]"));
    }

    @Test
    void identitiesAreNotErasedWhileAStrategyActionIsOpenAfterTheOutcome() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        policeUpdate("p-1", PoliceUpdateKind.STRATEGY_MEETING_CONVENED),
                        actionAssigned("p-2", "action-1"),
                        policeUpdate("p-3", PoliceUpdateKind.OUTCOME_DECIDED))
                .when(erase())
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(containsString("while a strategy-meeting action is open."));
    }

    @Test
    void identitiesAreErasedOnceThePoliceCompletedEveryAction() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        policeUpdate("p-1", PoliceUpdateKind.STRATEGY_MEETING_CONVENED),
                        actionAssigned("p-2", "action-1"),
                        policeUpdate("p-3", PoliceUpdateKind.OUTCOME_DECIDED),
                        new PoliceUpdateReceivedEvent(
                                CASE_ID,
                                URN,
                                CaseActors.policeForce("WMP"),
                                NOW,
                                "p-4",
                                "org.casebridge.police.strategy-action-completed.v1",
                                PoliceUpdateKind.ACTION_COMPLETED,
                                NOW,
                                "Strategy action action-1 completed",
                                null,
                                null,
                                "action-1",
                                null))
                .when(erase())
                .expectEvents(new PersonalDetailsErasedEvent(CASE_ID, URN, DSL, NOW, ERASURE_REASON));
    }

    @Test
    void aClosedCaseTakesNoFurtherRecords() {
        fixture.given(
                        reported(),
                        reviewed(),
                        handledInSchool(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        closed(CaseStatus.HANDLED_IN_SCHOOL, null))
                .when(new RecordSupportCommand(CASE_ID, DSL, "child-1", SupportType.PASTORAL, "Weekly check-in"))
                .expectNoEvents()
                .expectException(CaseClosedException.class);
    }

    @Test
    void anotherSchoolCannotSeeTheCase() {
        fixture.given(reported())
                .when(new RecordSupportCommand(CASE_ID, OTHER_SCHOOL_DSL, "child-1", SupportType.PASTORAL, "Hi"))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void onlyTheDslActsOnTheCase() {
        fixture.given(reported())
                .when(new RecordSupportCommand(CASE_ID, AUDITOR, "child-1", SupportType.PASTORAL, "Weekly check"))
                .expectNoEvents()
                .expectException(DslOnlyException.class);
    }

    @Test
    void recordsTheErasureOfPersonalDetailsOnce() {
        String reason = "Retention period ended: date of birth plus 25 years.";
        fixture.given(reported())
                .when(new ErasePersonalDetailsCommand(CASE_ID, DSL, reason))
                .expectEvents(new PersonalDetailsErasedEvent(CASE_ID, URN, DSL, NOW, reason));
        fixture.given(reported(), new PersonalDetailsErasedEvent(CASE_ID, URN, DSL, NOW, reason))
                .when(new ErasePersonalDetailsCommand(CASE_ID, DSL, reason))
                .expectNoEvents()
                .expectException(PersonalDetailsAlreadyErasedException.class);
    }

    // Item 2 of issue 12: deletion, own deletion, examination and viewing wait for the initial review.

    @Test
    void noDeletionBeforeTheInitialReview() {
        fixture.given(reported(), confiscated())
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(InitialReviewRequiredException.class);
    }

    @Test
    void noOwnDeletionBeforeTheInitialReview() {
        fixture.given(reported())
                .when(new ConfirmChildDeletionCommand(CASE_ID, DSL, "child-2", "Deleted in front of the DSL"))
                .expectNoEvents()
                .expectException(InitialReviewRequiredException.class);
    }

    @Test
    void noExaminationBeforeTheInitialReview() {
        fixture.given(reported(), confiscated())
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", RATIONALE, null))
                .expectNoEvents()
                .expectException(InitialReviewRequiredException.class);
    }

    @Test
    void noExceptionalViewingBeforeTheInitialReview() {
        fixture.given(reported())
                .when(viewing())
                .expectNoEvents()
                .expectException(InitialReviewRequiredException.class);
    }

    // While a criterion is met: nothing unless the police decided about that device and left it to the school.

    @Test
    void noDeletionWhileACriterionIsMetAndTheReferralWentToSocialCareOnly() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.COERCION_OR_GROOMING_OR_CAPACITY),
                        referredTo(EnumSet.of(Agency.CHILDRENS_SOCIAL_CARE)),
                        confiscated())
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(CriterionMetImageryHeldException.class);
    }

    @Test
    void noExaminationOwnDeletionOrViewingWhileACriterionIsMet() {
        var given = List.of(
                reported(),
                reviewed(Criterion.ADULT_INVOLVED),
                referredTo(EnumSet.of(Agency.CHILDRENS_SOCIAL_CARE)),
                confiscated());
        fixture.given(given)
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", RATIONALE, null))
                .expectException(CriterionMetImageryHeldException.class);
        fixture.given(given)
                .when(new ConfirmChildDeletionCommand(CASE_ID, DSL, "child-2", "Deleted in front of the DSL"))
                .expectException(CriterionMetImageryHeldException.class);
        fixture.given(given).when(viewing()).expectException(CriterionMetImageryHeldException.class);
    }

    @Test
    void aCriterionMetStillHoldsTheDeviceAfterThePoliceOutcomeUntilTheyLeaveIt() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED))
                .when(new RecordDeviceReturnedCommand(CASE_ID, DSL, "device-1", "child-2's mother", RATIONALE))
                .expectNoEvents()
                .expectException(CriterionMetImageryHeldException.class);
    }

    // While a police referral or re-escalation is open: nothing unless the police left that device to the school.

    @Test
    void noViewingWhileAPoliceReferralIsOpen() {
        fixture.given(reported(), reviewed(), referredTo(police()))
                .when(viewing())
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void thePoliceLeavingOneDeviceToTheSchoolLeavesNoOther() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        confiscated("device-2", "child-1"),
                        leftToSchool("p-2", "device-1"))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-2", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void aPoliceDecisionStoredWithoutTheSchoolsDeviceLeavesNoDevice() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        policeUpdate("p-2", PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void aLaterPoliceDecisionAboutTheDeviceTakesBackWhatTheyLeft() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        leftToSchool("p-2", "device-1"),
                        deviceUpdate("p-3", PoliceUpdateKind.DEVICE_DECIDED, "device-1"))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void theSchoolsReEscalationWithdrawsWhatThePoliceLeftToTheSchool() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        leftToSchool("p-2", "device-1"),
                        escalated())
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void aRoundThePoliceOpenWithdrawsWhatTheyLeftToTheSchool() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        leftToSchool("p-2", "device-1"),
                        policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED),
                        roundOpened("p-3", 2))
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", RATIONALE, null))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    @Test
    void aChildDeletesTheirOwnCopyOnceThePoliceLeftTheirDeviceToTheSchool() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        leftToSchool("p-2", "device-1"))
                .when(new ConfirmChildDeletionCommand(CASE_ID, DSL, "child-2", "Deleted in front of the DSL"))
                .expectEvents(new ChildDeletionConfirmedEvent(
                        CASE_ID, URN, DSL, NOW, "child-2", "Deleted in front of the DSL"));
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        leftToSchool("p-2", "device-1"))
                .when(new ConfirmChildDeletionCommand(CASE_ID, DSL, "child-1", "Deleted in front of the DSL"))
                .expectNoEvents()
                .expectException(DeletionWhileReferredException.class);
    }

    // Item 3 of issue 12: the police's answer to a round decides whether the case still awaits them.

    @Test
    void aDeclineEndsTheWaitForThePolice() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        policeUpdate("p-1", PoliceUpdateKind.ESCALATION_DECLINED))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectEvents(closed(CaseStatus.REFERRED, null));
    }

    @Test
    void aNewRoundAwaitsThePoliceAgainAfterTheirOutcome() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        parentsInformed("child-1"),
                        parentsInformed("child-2"),
                        policeUpdate("p-1", PoliceUpdateKind.OUTCOME_DECIDED),
                        roundOpened("p-2", 2))
                .when(new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null))
                .expectNoEvents()
                .expectException(PoliceOutcomeRequiredException.class);
    }

    @Test
    void aDeclinedRoundStillHoldsTheDevicesWhileACriterionIsMet() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        confiscated(),
                        policeUpdate("p-1", PoliceUpdateKind.ESCALATION_DECLINED))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectNoEvents()
                .expectException(CriterionMetImageryHeldException.class);
    }

    @Test
    void recordsTheRoundThePoliceOpened() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), escalated())
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-3",
                        "org.casebridge.police.escalation-round-opened.v1",
                        "WMP",
                        NOW,
                        PoliceUpdateKind.ROUND_OPENED,
                        "Round 2 opened",
                        null,
                        null,
                        null,
                        2))
                .expectEvents(roundOpened("p-3", 2));
    }

    // Item 4 of issue 12: erasure, legal hold, handover.

    @Test
    void aDeviceGoesToThePoliceOnlyInACaseReferredToThem() {
        fixture.given(reported(), reviewed(), handledInSchool(), confiscated())
                .when(new RecordDeviceHandedToPoliceCommand(
                        CASE_ID, DSL, "device-1", "PC 4411 Hughes", NOW, "WMP/EX/2026/0042", null))
                .expectNoEvents()
                .expectException(NotReferredToPoliceException.class);
    }

    @Test
    void identitiesAreNotErasedWhileAPoliceReferralIsOpen() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred())
                .when(erase())
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(containsString("a police referral is open"));
    }

    @Test
    void identitiesAreNotErasedWhileAStrategyMeetingOrAnActionIsLive() {
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        policeUpdate("p-1", PoliceUpdateKind.STRATEGY_MEETING_CONVENED),
                        new PoliceUpdateReceivedEvent(
                                CASE_ID,
                                URN,
                                CaseActors.policeForce("WMP"),
                                NOW,
                                "p-2",
                                "org.casebridge.police.strategy-action-assigned.v1",
                                PoliceUpdateKind.ACTION_ASSIGNED,
                                NOW,
                                "Strategy action assigned",
                                null,
                                null,
                                "action-1",
                                null),
                        policeUpdate("p-3", PoliceUpdateKind.ESCALATION_DECLINED))
                .when(erase())
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(containsString("a strategy meeting is live and a strategy-meeting action"));
    }

    @Test
    void identitiesAreNotErasedUnderALegalHold() {
        fixture.given(reported(), legalHoldSet())
                .when(erase())
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(containsString("a legal hold is set"));
    }

    @Test
    void identitiesAreErasedOnceTheHoldIsLifted() {
        fixture.given(
                        reported(),
                        legalHoldSet(),
                        new LegalHoldLiftedEvent(CASE_ID, URN, DSL, NOW, "The claim was settled and withdrawn."))
                .when(erase())
                .expectEvents(new PersonalDetailsErasedEvent(CASE_ID, URN, DSL, NOW, ERASURE_REASON));
    }

    @Test
    void theForcesLegalHoldOnItsEscalationArrivesOnceAndBlocksTheErasureUntilItsLatestLifting() {
        PoliceUpdateReceivedEvent placed =
                forceHold("p-hold", PoliceUpdateKind.LEGAL_HOLD_PLACED, NOW.minusSeconds(60));
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), policeOutcome())
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-hold",
                        "org.casebridge.police.legal-hold-placed.v1",
                        SCHOOL.forceCode(),
                        NOW.minusSeconds(60),
                        PoliceUpdateKind.LEGAL_HOLD_PLACED,
                        "Legal hold by " + SCHOOL.forceCode()))
                .expectEvents(placed);
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), policeOutcome(), placed)
                .when(new RecordPoliceUpdateCommand(
                        CASE_ID,
                        "p-hold",
                        "org.casebridge.police.legal-hold-placed.v1",
                        SCHOOL.forceCode(),
                        NOW.minusSeconds(60),
                        PoliceUpdateKind.LEGAL_HOLD_PLACED,
                        "Legal hold by " + SCHOOL.forceCode()))
                .expectNoEvents();

        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred(), policeOutcome(), placed)
                .when(erase())
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(
                        "The personal details of this case cannot be erased while the police hold their record of it"
                                + " under a legal hold.");
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        policeOutcome(),
                        placed,
                        forceHold("p-old", PoliceUpdateKind.LEGAL_HOLD_LIFTED, NOW.minusSeconds(120)))
                // a lifting older than the placing, arriving late, lifts nothing
                .when(new ErasePersonalDetailsCommand(CASE_ID, CaseActors.retention(URN), ERASURE_REASON))
                .expectNoEvents()
                .expectException(ErasureBlockedException.class);
        fixture.given(
                        reported(),
                        reviewed(Criterion.ADULT_INVOLVED),
                        referred(),
                        policeOutcome(),
                        placed,
                        forceHold("p-lift", PoliceUpdateKind.LEGAL_HOLD_LIFTED, NOW.minusSeconds(30)))
                .when(erase())
                .expectEvents(new PersonalDetailsErasedEvent(CASE_ID, URN, DSL, NOW, ERASURE_REASON));
    }

    private PoliceUpdateReceivedEvent policeOutcome() {
        return new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce(SCHOOL.forceCode()),
                NOW,
                "p-outcome",
                "org.casebridge.police.outcome-assigned.v1",
                PoliceUpdateKind.OUTCOME_DECIDED,
                NOW,
                "Outcome 21",
                null);
    }

    private PoliceUpdateReceivedEvent forceHold(String eventId, PoliceUpdateKind kind, Instant occurredAt) {
        return new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce(SCHOOL.forceCode()),
                NOW,
                eventId,
                "org.casebridge.police.legal-hold-" + (kind == PoliceUpdateKind.LEGAL_HOLD_PLACED ? "placed" : "lifted")
                        + ".v1",
                kind,
                occurredAt,
                "Legal hold by " + SCHOOL.forceCode(),
                null);
    }

    @Test
    void setsALegalHoldWithItsReasonOnceAndLiftsItOnce() {
        fixture.given(reported())
                .when(new SetLegalHoldCommand(CASE_ID, DSL, HOLD_REASON))
                .expectEvents(legalHoldSet());
        fixture.given(reported(), legalHoldSet())
                .when(new SetLegalHoldCommand(CASE_ID, DSL, HOLD_REASON))
                .expectException(LegalHoldException.class);
        fixture.given(reported())
                .when(new LiftLegalHoldCommand(CASE_ID, DSL, HOLD_REASON))
                .expectException(LegalHoldException.class);
        fixture.given(reported())
                .when(new SetLegalHoldCommand(CASE_ID, DSL, "because"))
                .expectException(RationaleRequiredException.class);
        fixture.given(reported())
                .when(new SetLegalHoldCommand(CASE_ID, new ActedBy("liaison-1", "POLICE_LIAISON", URN), HOLD_REASON))
                .expectException(DslOnlyException.class);
    }

    // Item 4 of issue 14: retention that forgets (ADR 0053).

    @Test
    void theSchoolsAuditorSetsAndLiftsALegalHoldWithTheReason() {
        fixture.given(reported())
                .when(new SetLegalHoldCommand(CASE_ID, AUDITOR, HOLD_REASON))
                .expectEvents(new LegalHoldSetEvent(CASE_ID, URN, AUDITOR, NOW, HOLD_REASON));
        fixture.given(reported(), legalHoldSet())
                .when(new LiftLegalHoldCommand(CASE_ID, AUDITOR, AMEND_REASON))
                .expectEvents(new LegalHoldLiftedEvent(CASE_ID, URN, AUDITOR, NOW, AMEND_REASON));
    }

    @Test
    void anotherSchoolsAuditorFindsNoCaseToHold() {
        fixture.given(reported())
                .when(new SetLegalHoldCommand(CASE_ID, new ActedBy("auditor-2", "AUDITOR", "100001"), HOLD_REASON))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void theRetentionJobErasesAsTheSchoolWithTheScheduleAsItsRationale() {
        ActedBy retention = CaseActors.retention(URN);
        fixture.given(reported(), reviewed(), handledInSchool())
                .when(new ErasePersonalDetailsCommand(CASE_ID, retention, RETENTION_REASON))
                .expectEvents(new PersonalDetailsErasedEvent(CASE_ID, URN, retention, NOW, RETENTION_REASON));
    }

    @Test
    void theRetentionJobOfAnotherSchoolFindsNoCase() {
        fixture.given(reported())
                .when(new ErasePersonalDetailsCommand(CASE_ID, CaseActors.retention("100001"), RETENTION_REASON))
                .expectNoEvents()
                .expectException(NotFoundException.class);
    }

    @Test
    void noOtherSystemActorErasesPersonalDetails() {
        fixture.given(reported())
                .when(new ErasePersonalDetailsCommand(
                        CASE_ID, new ActedBy("casebridge", ActedBy.SYSTEM, URN), RETENTION_REASON))
                .expectNoEvents()
                .expectException(DslOnlyException.class);
    }

    @Test
    void aLegalHoldStopsTheRetentionJobAsItStopsTheDsl() {
        fixture.given(reported(), legalHoldSet())
                .when(new ErasePersonalDetailsCommand(CASE_ID, CaseActors.retention(URN), RETENTION_REASON))
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(containsString("a legal hold is set"));
    }

    @Test
    void anOpenPoliceReferralStopsTheRetentionJob() {
        fixture.given(reported(), reviewed(Criterion.ADULT_INVOLVED), referred())
                .when(new ErasePersonalDetailsCommand(CASE_ID, CaseActors.retention(URN), RETENTION_REASON))
                .expectNoEvents()
                .expectException(ErasureBlockedException.class)
                .expectExceptionMessage(containsString("a police referral is open"));
    }

    // Item 5 of issue 12: the review cannot answer "no" to a criterion the report's facts make true.

    @Test
    void aPicturedChildUnder13InSexualActImageryMeetsTheUnder13Criterion() {
        fixture.given(reportedWith(Set.of(ImageryCategory.SEXUAL_ACT), child("child-1", 12)))
                .when(review())
                .expectNoEvents()
                .expectException(CriterionContradictsReportException.class)
                .expectExceptionMessage(containsString("child-1, aged 12, is pictured"));
        fixture.given(reportedWith(Set.of(ImageryCategory.SEXUAL_ACT), child("child-1", 12)))
                .when(review(Criterion.UNDER_13_SEXUAL_ACTS))
                .expectSuccessfulHandlerExecution();
        fixture.given(reportedWith(Set.of(ImageryCategory.SEXUAL_POSE), child("child-1", 12)))
                .when(review())
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void imageryReportedAsUnusualOrViolentMeetsTheUnusualOrViolentCriterion() {
        fixture.given(reportedWith(Set.of(ImageryCategory.UNUSUAL_OR_VIOLENT_ACT), child("child-1", 15)))
                .when(review())
                .expectNoEvents()
                .expectException(CriterionContradictsReportException.class)
                .expectExceptionMessage(containsString("unusual or violent"));
    }

    @Test
    void aCorrectionThatMakesACriterionTrueForcesAReferral() {
        fixture.given(
                        reportedWith(Set.of(ImageryCategory.SEXUAL_ACT), child("child-1", 14)),
                        reviewed(),
                        new ChildAmendedEvent(
                                CASE_ID,
                                URN,
                                DSL,
                                NOW,
                                "child-1",
                                child("child-1", 14),
                                child("child-1", 12),
                                "Date of birth checked with the admissions record."))
                .when(new HandleInSchoolCommand(CASE_ID, DSL, RATIONALE))
                .expectNoEvents()
                .expectException(ReferralRequiredException.class);
    }

    // Item 6 of issue 12: a child found later, and corrections, each with the reason.

    @Test
    void addsAChildFoundLaterWithTheReason() {
        var found = new ChildInvolved("child-3", 13, "Year 8", Set.of(ChildRole.RECEIVED), Set.of());
        fixture.given(reported())
                .when(new AddChildCommand(CASE_ID, DSL, found, AMEND_REASON))
                .expectEvents(new ChildAddedEvent(CASE_ID, URN, DSL, NOW, found, AMEND_REASON));
    }

    @Test
    void refusesAnAddedChildWithARefInUseOrWithoutAReason() {
        var twin = new ChildInvolved("child-2", 13, "Year 8", Set.of(ChildRole.RECEIVED), Set.of());
        fixture.given(reported())
                .when(new AddChildCommand(CASE_ID, DSL, twin, AMEND_REASON))
                .expectNoEvents()
                .expectException(InvalidChildrenException.class);
        var found = new ChildInvolved("child-3", 13, "Year 8", Set.of(ChildRole.RECEIVED), Set.of());
        fixture.given(reported())
                .when(new AddChildCommand(CASE_ID, DSL, found, "found"))
                .expectNoEvents()
                .expectException(RationaleRequiredException.class);
    }

    @Test
    void correctsAChildsAgeYearGroupAndRolesKeepingTheOldValues() {
        var before = CHILDREN.get(0);
        var after = new ChildInvolved(
                "child-1", 13, "Year 8", Set.of(ChildRole.PICTURED, ChildRole.SHARED), before.flags());
        fixture.given(reported())
                .when(new AmendChildCommand(
                        CASE_ID,
                        DSL,
                        "child-1",
                        13,
                        "Year 8",
                        Set.of(ChildRole.PICTURED, ChildRole.SHARED),
                        AMEND_REASON))
                .expectEvents(new ChildAmendedEvent(CASE_ID, URN, DSL, NOW, "child-1", before, after, AMEND_REASON));
    }

    @Test
    void refusesACorrectionThatChangesNothingOrBreaksTheRules() {
        fixture.given(reported())
                .when(new AmendChildCommand(CASE_ID, DSL, "child-1", 14, null, null, AMEND_REASON))
                .expectException(RequiredDetailMissingException.class);
        fixture.given(reported())
                .when(new AmendChildCommand(CASE_ID, DSL, "child-1", 19, null, null, AMEND_REASON))
                .expectException(InvalidChildrenException.class);
        fixture.given(reported())
                .when(new AmendChildCommand(CASE_ID, DSL, "child-7", 12, null, null, AMEND_REASON))
                .expectException(UnknownChildException.class);
        fixture.given(reported())
                .when(new AmendChildCommand(CASE_ID, DSL, "child-1", 12, null, null, " "))
                .expectException(RationaleRequiredException.class);
    }

    private static final String HOLD_REASON = "Solicitor's letter: a civil claim about this incident is expected.";
    private static final String RETENTION_REASON =
            "Retention period ended (school child protection record: date of birth + 25 years)";
    private static final String ERASURE_REASON = "Retention period ended: date of birth plus 25 years.";
    private static final String AMEND_REASON = "child-3 came forward on Monday and named child-1 as the sender.";

    private static ErasePersonalDetailsCommand erase() {
        return new ErasePersonalDetailsCommand(CASE_ID, DSL, ERASURE_REASON);
    }

    private static LegalHoldSetEvent legalHoldSet() {
        return new LegalHoldSetEvent(CASE_ID, URN, DSL, NOW, HOLD_REASON);
    }

    private static RecordExceptionalViewingCommand viewing() {
        return new RecordExceptionalViewingCommand(
                CASE_ID,
                DSL,
                NOW.minus(Duration.ofHours(1)),
                true,
                "C. Patel",
                true,
                true,
                "Needed to establish whether the imagery showed a sexual act.",
                null);
    }

    private static IncidentReportedEvent reportedWith(Set<ImageryCategory> imagery, ChildInvolved child) {
        var reported = reported();
        return new IncidentReportedEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                reported.howCameToLight(),
                reported.cameToLightAt(),
                imagery,
                reported.imageryNotes(),
                reported.platforms(),
                reported.spread(),
                false,
                false,
                List.of(child),
                reported.initialReviewDueAt(),
                reported.rationale(),
                reported.reference());
    }

    private static CaseReferredEvent referredTo(Set<Agency> agencies) {
        return new CaseReferredEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                agencies,
                EnumSet.noneOf(Criterion.class),
                SCHOOL.localAuthorityCode(),
                SCHOOL.forceCode(),
                CHILDREN,
                RATIONALE);
    }

    private static CaseEscalatedEvent escalated() {
        return new CaseEscalatedEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                police(),
                EnumSet.of(Criterion.ADULT_INVOLVED),
                SCHOOL.localAuthorityCode(),
                SCHOOL.forceCode(),
                CHILDREN,
                false,
                false,
                "The adult sent further messages to child-1 over the weekend.");
    }

    private static DeviceConfiscatedEvent confiscated(String deviceRef, String owner) {
        return new DeviceConfiscatedEvent(
                CASE_ID, URN, DSL, NOW, deviceRef, "Tablet", owner, "Head of Year", "Safe in the head's office", null);
    }

    private static PoliceUpdateReceivedEvent leftToSchool(String id, String deviceRef) {
        return deviceUpdate(id, PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL, deviceRef);
    }

    private static PoliceUpdateReceivedEvent deviceUpdate(String id, PoliceUpdateKind kind, String deviceRef) {
        return new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce("WMP"),
                NOW,
                id,
                "org.casebridge.police.device-decision-recorded.v2",
                kind,
                NOW,
                "Device " + deviceRef + ": NOT_SEIZED",
                null,
                deviceRef,
                null,
                null);
    }

    private static PoliceUpdateReceivedEvent roundOpened(String id, int round) {
        return new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce("WMP"),
                NOW,
                id,
                "org.casebridge.police.escalation-round-opened.v1",
                PoliceUpdateKind.ROUND_OPENED,
                NOW,
                "Round " + round + " opened",
                null,
                null,
                null,
                round);
    }

    private static ChildInvolved child(String ref, int age) {
        return new ChildInvolved(ref, age, "Year 9", Set.of(ChildRole.PICTURED), Set.of());
    }

    private static CaseHandledInSchoolEvent handledInSchool() {
        return new CaseHandledInSchoolEvent(CASE_ID, URN, DSL, NOW, RATIONALE);
    }

    private static CaseReferredEvent referred() {
        return new CaseReferredEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                police(),
                EnumSet.of(Criterion.ADULT_INVOLVED),
                SCHOOL.localAuthorityCode(),
                SCHOOL.forceCode(),
                CHILDREN,
                RATIONALE);
    }

    private static ParentsInformedEvent parentsInformed(String childRef) {
        return new ParentsInformedEvent(
                CASE_ID, URN, DSL, NOW, childRef, "Mother", NOW, ParentContactMethod.IN_PERSON, null);
    }

    private static DeviceConfiscatedEvent confiscated() {
        return new DeviceConfiscatedEvent(
                CASE_ID,
                URN,
                DSL,
                NOW,
                "device-1",
                "Phone",
                "child-2",
                "Head of Year",
                "Safe in the head's office",
                null);
    }

    private static DeviceHandedToPoliceEvent handedToPolice(Instant at) {
        return new DeviceHandedToPoliceEvent(
                CASE_ID, URN, DSL, NOW, "device-1", "PC 4411 Hughes", at, "WMP/EX/2026/0042", null);
    }

    private static PoliceUpdateReceivedEvent policeUpdate(String id, PoliceUpdateKind kind) {
        return new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce("WMP"),
                NOW,
                id,
                "org.casebridge.police.outcome-decided.v1",
                kind,
                NOW,
                "Outcome 21",
                null);
    }

    private static PoliceUpdateReceivedEvent actionAssigned(String id, String actionId) {
        return new PoliceUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.policeForce("WMP"),
                NOW,
                id,
                "org.casebridge.police.strategy-action-assigned.v1",
                PoliceUpdateKind.ACTION_ASSIGNED,
                NOW,
                "Strategy action " + actionId + " for SCHOOL",
                null,
                null,
                actionId,
                null);
    }

    private static CaseClosedEvent closed(CaseStatus route, String notAwaitedReason) {
        return new CaseClosedEvent(CASE_ID, URN, DSL, NOW, route, notAwaitedReason, RATIONALE);
    }
}
