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
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseHandledInSchoolEvent;
import org.casebridge.cases.incident.api.CaseReferredEvent;
import org.casebridge.cases.incident.api.CaseStatus;
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
import org.casebridge.cases.incident.api.ImageryDeletedBySchoolEvent;
import org.casebridge.cases.incident.api.InitialReviewOverdueEvent;
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
import org.casebridge.cases.incident.api.SupportRecordedEvent;
import org.casebridge.cases.incident.api.SupportType;
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

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(SafeguardingCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
        fixture.registerInjectableResource(SCHOOLS);
        fixture.registerInjectableResource(new InitialReviewPolicy(REVIEW_DUE_WITHIN));
    }

    @Test
    void reportsAnIncidentAndStartsTheInitialReviewClock() {
        fixture.givenNoPriorActivity()
                .when(report())
                .expectEvents(reported())
                .expectScheduledDeadlineWithName(REVIEW_DUE_WITHIN, SafeguardingCase.INITIAL_REVIEW_DEADLINE);
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
        fixture.given(reported())
                .when(new RecordExceptionalViewingCommand(
                        CASE_ID, DSL, at, true, "C. Patel", true, true, reason, "Referral to police"))
                .expectEvents(new ExceptionalViewingRecordedEvent(
                        CASE_ID, URN, DSL, NOW, at, true, "C. Patel", true, true, "Referral to police", reason));
    }

    @Test
    void refusesAViewingRecordWithoutTheStaffMemberPresent() {
        fixture.given(reported())
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
        fixture.given(reported(), confiscated())
                .when(new RecordDeviceExaminedCommand(CASE_ID, DSL, "device-1", reason, "Sent to one contact"))
                .expectEvents(
                        new DeviceExaminedEvent(CASE_ID, URN, DSL, NOW, "device-1", "Sent to one contact", reason));
    }

    @Test
    void refusesAnExaminationWithoutAGoodReason() {
        fixture.given(reported(), confiscated())
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
        fixture.given(reported(), confiscated())
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
                        policeUpdate("p-2", PoliceUpdateKind.DELETION_LEFT_TO_SCHOOL))
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectEvents(new ImageryDeletedBySchoolEvent(CASE_ID, URN, DSL, NOW, "device-1", RATIONALE));
    }

    @Test
    void deletesUnderSchoolPowersInACaseHandledInSchool() {
        fixture.given(reported(), reviewed(), handledInSchool(), confiscated())
                .when(new RecordDeletionBySchoolCommand(CASE_ID, DSL, "device-1", RATIONALE))
                .expectEvents(new ImageryDeletedBySchoolEvent(CASE_ID, URN, DSL, NOW, "device-1", RATIONALE));
    }

    @Test
    void refusesToDeleteFromADeviceThePoliceHold() {
        fixture.given(reported(), reviewed(), handledInSchool(), confiscated(), handedToPolice(NOW))
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
    void closesAReferredCaseWithoutThePoliceOutcomeWhenTheDslSaysWhy() {
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

    private static CaseClosedEvent closed(CaseStatus route, String notAwaitedReason) {
        return new CaseClosedEvent(CASE_ID, URN, DSL, NOW, route, notAwaitedReason, RATIONALE);
    }
}
