package org.casebridge.notification.referral.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.CompleteStrategyActionCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionAssignedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.NoteActionCompletedCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordSection47OutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.StartSection47EnquiriesCommand;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.ReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47EnquiriesStartedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.Section47OutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionCompletedByAgencyEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionConfirmedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.StrategyActionNotedEvent;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoReferralToAcknowledgeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotThisAgencyException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47NotStartedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47OutcomeAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47OutcomeRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.Section47StartOutOfRangeException;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules of children's social care's part in a case, one test per rule. */
class AgencyCaseTest {

    private static final Instant REFERRED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-02T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String CASE = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10";
    private static final String AGENCY = "csc-hackney";
    private static final String ID = AgencyCaseId.of(AGENCY, CASE);
    private static final String SCHOOL = "100001";
    private static final ActedBy WORKER = new ActedBy("sw.adeyemi", "AGENCY", AGENCY);

    private FixtureConfiguration<AgencyCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgencyCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ReferralReceivedEvent received() {
        return new ReferralReceivedEvent(ID, CASE, AGENCY, SCHOOL, "E09000012", REFERRED, DUE, NOW);
    }

    private static StrategyActionNotedEvent actionNoted() {
        return new StrategyActionNotedEvent(ID, CASE, AGENCY, "meeting-1", "action-1", "SECTION_47_ENQUIRY", DUE, NOW);
    }

    @Test
    void aReferralReachingTheAgencyStartsTheOneWorkingDayClock() {
        fixture.givenNoPriorActivity()
                .when(new ReceiveReferralCommand(ID, CASE, AGENCY, SCHOOL, "E09000012", REFERRED, DUE))
                .expectEvents(received())
                .expectScheduledDeadlineWithName(DUE, AgencyCase.ACKNOWLEDGEMENT_DEADLINE);
    }

    @Test
    void aSecondReferralOfTheSameCaseChangesNothing() {
        fixture.given(received())
                .when(new ReceiveReferralCommand(ID, CASE, AGENCY, SCHOOL, "E09000012", REFERRED.plusSeconds(60), DUE))
                .expectNoEvents();
    }

    @Test
    void aReferralNotAcknowledgedWhenTheClockRunsOutIsOverdue() {
        fixture.givenCommands(new ReceiveReferralCommand(ID, CASE, AGENCY, SCHOOL, "E09000012", REFERRED, DUE))
                .whenThenTimeAdvancesTo(DUE.plusSeconds(1))
                .expectDeadlinesMet(new AcknowledgementDue(DUE))
                .expectEvents(new AcknowledgementOverdueEvent(ID, CASE, AGENCY, SCHOOL, DUE, NOW));
    }

    @Test
    void anAcknowledgementInTimeIsNotLateAndStopsTheClock() {
        fixture.givenCommands(new ReceiveReferralCommand(ID, CASE, AGENCY, SCHOOL, "E09000012", REFERRED, DUE))
                .when(new AcknowledgeReferralCommand(ID, WORKER))
                .expectEvents(new ReferralAcknowledgedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, false))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAcknowledgementAfterTheClockRanOutIsLate() {
        Instant due = NOW.minus(Duration.ofHours(1));
        fixture.given(new ReferralReceivedEvent(ID, CASE, AGENCY, SCHOOL, "E09000012", REFERRED, due, REFERRED))
                .when(new AcknowledgeReferralCommand(ID, WORKER))
                .expectEvents(new ReferralAcknowledgedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, true));
    }

    @Test
    void aReferralIsAcknowledgedOnceAndASecondClickAnswersThatItWas() {
        fixture.given(received())
                .when(new AcknowledgeReferralCommand(ID, WORKER))
                .expectEvents(new ReferralAcknowledgedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, false))
                .expectResultMessagePayload(false);
        fixture.given(received(), new ReferralAcknowledgedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, false))
                .when(new AcknowledgeReferralCommand(ID, new ActedBy("sw.colleague", "AGENCY", AGENCY)))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void onlyAReferralTheSchoolSentCanBeAcknowledged() {
        fixture.given(actionNoted())
                .when(new AcknowledgeReferralCommand(ID, WORKER))
                .expectException(NoReferralToAcknowledgeException.class);
    }

    @Test
    void onlyTheAgencyWhoseRecordItIsMayAct() {
        fixture.given(received())
                .when(new AcknowledgeReferralCommand(ID, new ActedBy("sw.other", "AGENCY", "csc-tower-hamlets")))
                .expectException(NotThisAgencyException.class);
    }

    @Test
    void anAuditorOfTheAgencyChangesNothing() {
        fixture.given(received())
                .when(new StartSection47EnquiriesCommand(ID, new ActedBy("auditor", "AUDITOR", AGENCY), null))
                .expectException(NotThisAgencyException.class);
    }

    @Test
    void section47EnquiriesStartNowOrAtAGivenPastTime() {
        Instant earlier = NOW.minus(Duration.ofHours(2));
        fixture.given(received())
                .when(new StartSection47EnquiriesCommand(ID, WORKER, earlier))
                .expectEvents(new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, earlier, NOW));
    }

    @Test
    void section47EnquiriesCannotStartInTheFuture() {
        fixture.given(received())
                .when(new StartSection47EnquiriesCommand(ID, WORKER, NOW.plusSeconds(3600)))
                .expectException(Section47StartOutOfRangeException.class);
    }

    @Test
    void section47EnquiriesStartOnceAndASecondClickAnswersThatTheyHad() {
        Instant earlier = NOW.minus(Duration.ofHours(2));
        fixture.given(received(), new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, earlier, NOW))
                .when(new StartSection47EnquiriesCommand(ID, WORKER, null))
                .expectNoEvents()
                .expectResultMessagePayload(true);
        fixture.given(received(), new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, earlier, NOW))
                .when(new StartSection47EnquiriesCommand(ID, WORKER, earlier))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void section47EnquiriesStartedAtAnotherTimeAreADifferentDecisionAndRefused() {
        Instant earlier = NOW.minus(Duration.ofHours(2));
        fixture.given(received(), new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, earlier, NOW))
                .when(new StartSection47EnquiriesCommand(ID, WORKER, earlier.minusSeconds(60)))
                .expectNoEvents()
                .expectException(AgencyCaseRuleViolations.Section47AlreadyStartedException.class);
    }

    @Test
    void section47OutcomeNeedsTheEnquiriesStarted() {
        fixture.given(received())
                .when(new RecordSection47OutcomeCommand(ID, WORKER, Section47Outcome.NO_FURTHER_ACTION))
                .expectException(Section47NotStartedException.class);
    }

    @Test
    void section47OutcomeNeedsAnOutcome() {
        fixture.given(received(), new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, NOW))
                .when(new RecordSection47OutcomeCommand(ID, WORKER, null))
                .expectException(Section47OutcomeRequiredException.class);
    }

    @Test
    void section47OutcomeIsRecordedOnce() {
        fixture.given(
                        received(),
                        new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, NOW),
                        new Section47OutcomeRecordedEvent(
                                ID, CASE, AGENCY, SCHOOL, Section47Outcome.CHILD_IN_NEED_SUPPORT, WORKER, NOW))
                .when(new RecordSection47OutcomeCommand(ID, WORKER, Section47Outcome.CHILD_PROTECTION_CONFERENCE))
                .expectException(Section47OutcomeAlreadyRecordedException.class);
    }

    @Test
    void section47OutcomeIsRecordedAsACode() {
        fixture.given(received(), new Section47EnquiriesStartedEvent(ID, CASE, AGENCY, SCHOOL, WORKER, NOW, NOW))
                .when(new RecordSection47OutcomeCommand(ID, WORKER, Section47Outcome.CHILD_PROTECTION_CONFERENCE))
                .expectEvents(new Section47OutcomeRecordedEvent(
                        ID, CASE, AGENCY, SCHOOL, Section47Outcome.CHILD_PROTECTION_CONFERENCE, WORKER, NOW));
    }

    @Test
    void anActionTheAgencyOwnsIsNotedWithoutAReferralAndWithoutAClock() {
        fixture.givenNoPriorActivity()
                .when(new NoteActionAssignedCommand(
                        ID, CASE, AGENCY, "meeting-1", "action-1", "SECTION_47_ENQUIRY", DUE))
                .expectEvents(actionNoted())
                .expectNoScheduledDeadlines();
    }

    @Test
    void theAgencyCompletesAnActionItOwns() {
        fixture.given(actionNoted())
                .when(new CompleteStrategyActionCommand(ID, WORKER, "action-1"))
                .expectEvents(new StrategyActionCompletedByAgencyEvent(
                        ID, CASE, AGENCY, null, "meeting-1", "action-1", WORKER, NOW))
                .expectResultMessagePayload(false);
    }

    @Test
    void anActionTheAgencyDoesNotOwnIsNotFound() {
        fixture.given(actionNoted())
                .when(new CompleteStrategyActionCommand(ID, WORKER, "action-2"))
                .expectException(NotFoundException.class);
    }

    @Test
    void anActionIsCompletedOnceAndASecondClickAnswersThatItWas() {
        fixture.given(
                        actionNoted(),
                        new StrategyActionCompletedByAgencyEvent(
                                ID, CASE, AGENCY, null, "meeting-1", "action-1", WORKER, NOW))
                .when(new CompleteStrategyActionCommand(ID, WORKER, "action-1"))
                .expectNoEvents()
                .expectResultMessagePayload(true);
        fixture.given(actionNoted(), new StrategyActionConfirmedEvent(ID, CASE, AGENCY, "action-1", NOW))
                .when(new CompleteStrategyActionCommand(ID, WORKER, "action-1"))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void thePolicesCompletionIsNotedOnce() {
        fixture.given(actionNoted(), new StrategyActionConfirmedEvent(ID, CASE, AGENCY, "action-1", NOW))
                .when(new NoteActionCompletedCommand(ID, "action-1", NOW))
                .expectNoEvents();
    }
}
