package org.casebridge.police.strategy.process;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.test.saga.SagaTestFixture;
import org.casebridge.events.police.StrategyActionType;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.police.escalation.command.AggravatingFactor;
import org.casebridge.police.escalation.command.EscalationCommand.FlagStrategyMeetingOverdueCommand;
import org.casebridge.police.escalation.command.EscalationCommand.StopStrategyMeetingClockCommand;
import org.casebridge.police.escalation.command.EscalationEvent.AggravatingFactorsAssessedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationDeclinedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.EscalationReceivedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.OutcomeAssignedEvent;
import org.casebridge.police.escalation.command.EscalationEvent.ReferralCriteriaUpdatedEvent;
import org.casebridge.police.escalation.command.FactorFinding;
import org.casebridge.police.escalation.command.PolicePath;
import org.casebridge.police.escalation.command.ReferredChild;
import org.casebridge.police.escalation.command.StrategyMeetingClock;
import org.casebridge.police.reference.OutcomeCode;
import org.casebridge.police.shared.PoliceRoles;
import org.casebridge.police.strategy.command.OrganisationType;
import org.casebridge.police.strategy.command.Participant;
import org.casebridge.police.strategy.command.StrategyMeetingCommand.FlagActionOverdueCommand;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionAssignedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.ActionCompletedEvent;
import org.casebridge.police.strategy.command.StrategyMeetingEvent.StrategyMeetingHeldEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StrategyClocksSagaTest {

    static final String CASE = "case-7f3a";
    static final String FORCE = "WMP";
    static final ActedBy SCHOOL = new ActedBy("137001", PoliceRoles.SCHOOL_DSL, "137001");
    static final ActedBy OFFICER = new ActedBy("pc-4411", PoliceRoles.POLICE_LIAISON, FORCE);
    static final ActedBy SUPERVISOR = new ActedBy("ps-0917", PoliceRoles.POLICE_SUPERVISOR, FORCE);
    static final Participant SOCIAL_CARE = new Participant(OrganisationType.CHILDRENS_SOCIAL_CARE, "E08000025", null);

    private SagaTestFixture<StrategyClocksSaga> fixture;
    private Instant now;

    @BeforeEach
    void setUp() {
        fixture = new SagaTestFixture<>(StrategyClocksSaga.class);
        now = fixture.currentTime();
    }

    EscalationReceivedEvent received(List<String> criteria, Instant dueBy) {
        return new EscalationReceivedEvent(
                CASE,
                FORCE,
                "137001",
                "E08000025",
                criteria,
                List.of(new ReferredChild("child-1", 14, "Year 9", List.of("PICTURED"))),
                now,
                dueBy,
                SCHOOL,
                now);
    }

    EscalationReceivedEvent received() {
        return received(List.of(), now.plus(StrategyMeetingClock.DEFAULT_WITHIN));
    }

    AggravatingFactorsAssessedEvent assessed(boolean aggravated) {
        List<FactorFinding> findings = aggravated
                ? List.of(new FactorFinding(AggravatingFactor.GROOMING, "Messages from an adult"))
                : List.of();
        return new AggravatingFactorsAssessedEvent(
                CASE,
                FORCE,
                findings,
                aggravated ? PolicePath.POLICE_IN_CONTROL : PolicePath.SUPPORT_VICTIMS_AND_ASSIST_SCHOOL,
                aggravated,
                OFFICER,
                now);
    }

    ActionAssignedEvent actionAssigned(Duration dueIn) {
        return new ActionAssignedEvent(
                "meeting-1",
                CASE,
                FORCE,
                "action-1",
                StrategyActionType.OTHER,
                "Visit the family",
                SOCIAL_CARE,
                now.plus(dueIn),
                OFFICER,
                now);
    }

    OutcomeAssignedEvent outcomeAssigned() {
        return new OutcomeAssignedEvent(
                CASE, FORCE, OutcomeCode.OUTCOME_22, null, "Education programme", OFFICER, SUPERVISOR, now);
    }

    @Test
    void theStrategyMeetingClockStartsWithTheReferral() {
        fixture.givenNoPriorActivity()
                .whenPublishingA(received())
                .expectActiveSagas(1)
                .expectAssociationWith("caseId", CASE)
                .expectScheduledDeadline(
                        now.plus(StrategyMeetingClock.DEFAULT_WITHIN), new StrategyClocksSaga.MeetingDue(CASE));
    }

    @Test
    void flagsTheMeetingOverdueWhenNoneIsHeldIn72Hours() {
        fixture.givenAPublished(received())
                .andThenAPublished(assessed(true))
                .whenTimeElapses(StrategyMeetingClock.DEFAULT_WITHIN.plusMinutes(1))
                .expectTriggeredDeadlinesWithName(StrategyClocksSaga.MEETING_DUE)
                .expectDispatchedCommands(new FlagStrategyMeetingOverdueCommand(CASE));
    }

    @Test
    void aChildAtImmediateRiskRunsOutTheSameDay() {
        Instant endOfDay = now.atZone(StrategyMeetingClock.UK)
                .toLocalDate()
                .plusDays(1)
                .atStartOfDay(StrategyMeetingClock.UK)
                .toInstant();
        fixture.givenAPublished(received(List.of(StrategyMeetingClock.IMMEDIATE_RISK_CRITERION), endOfDay))
                .whenTimeAdvancesTo(endOfDay.plusSeconds(1))
                .expectDispatchedCommands(new FlagStrategyMeetingOverdueCommand(CASE));
    }

    @Test
    void aLaterImmediateRiskBringsTheClockForward() {
        Instant sooner = now.plus(Duration.ofHours(5));
        fixture.givenAPublished(received())
                .andThenAPublished(new ReferralCriteriaUpdatedEvent(
                        CASE, FORCE, List.of(StrategyMeetingClock.IMMEDIATE_RISK_CRITERION), sooner, SCHOOL, now))
                .whenTimeElapses(Duration.ofHours(6))
                .expectDispatchedCommands(new FlagStrategyMeetingOverdueCommand(CASE));
    }

    @Test
    void aMeetingHeldInTimeStopsTheClock() {
        fixture.givenAPublished(received())
                .andThenAPublished(assessed(true))
                .andThenAPublished(
                        new StrategyMeetingHeldEvent("meeting-1", CASE, FORCE, now, List.of(SOCIAL_CARE), OFFICER, now))
                .whenTimeElapses(Duration.ofDays(10))
                .expectNoDispatchedCommands()
                .expectNoScheduledDeadlines();
    }

    @Test
    void aMeetingHeldWhileTheClockRunsTellsTheEscalationWhenItWasHeld() {
        fixture.givenAPublished(received())
                .andThenAPublished(assessed(true))
                .whenPublishingA(
                        new StrategyMeetingHeldEvent("meeting-1", CASE, FORCE, now, List.of(SOCIAL_CARE), OFFICER, now))
                .expectDispatchedCommands(new StopStrategyMeetingClockCommand(CASE, "meeting-1", now));
    }

    @Test
    void aMeetingHeldOnceTheClockStoppedTellsNothing() {
        fixture.givenAPublished(received())
                .andThenAPublished(assessed(false))
                .whenPublishingA(
                        new StrategyMeetingHeldEvent("meeting-1", CASE, FORCE, now, List.of(SOCIAL_CARE), OFFICER, now))
                .expectNoDispatchedCommands();
    }

    @Test
    void noAggravatingFactorsStopsTheMeetingClock() {
        fixture.givenAPublished(received()).whenPublishingA(assessed(false)).expectNoScheduledDeadlines();
    }

    @Test
    void anActionClockRunsToItsDueDate() {
        fixture.givenAPublished(received())
                .whenPublishingA(actionAssigned(Duration.ofDays(7)))
                .expectScheduledDeadline(
                        now.plus(Duration.ofDays(7)), new StrategyClocksSaga.ActionDue("meeting-1", "action-1"));
    }

    @Test
    void flagsAnActionOverdueWhenItsDueDatePasses() {
        fixture.givenAPublished(received())
                .andThenAPublished(
                        new StrategyMeetingHeldEvent("meeting-1", CASE, FORCE, now, List.of(SOCIAL_CARE), OFFICER, now))
                .andThenAPublished(actionAssigned(Duration.ofDays(7)))
                .whenTimeElapses(Duration.ofDays(7).plusMinutes(1))
                .expectDispatchedCommands(new FlagActionOverdueCommand("meeting-1", "action-1"));
    }

    @Test
    void completingAnActionStopsItsClock() {
        fixture.givenAPublished(received())
                .andThenAPublished(
                        new StrategyMeetingHeldEvent("meeting-1", CASE, FORCE, now, List.of(SOCIAL_CARE), OFFICER, now))
                .andThenAPublished(actionAssigned(Duration.ofDays(7)))
                .andThenAPublished(new ActionCompletedEvent("meeting-1", CASE, FORCE, "action-1", null, OFFICER, now))
                .whenTimeElapses(Duration.ofDays(8))
                .expectNoDispatchedCommands();
    }

    @Test
    void endsOnceTheOutcomeIsAssignedAndNoClockRuns() {
        fixture.givenAPublished(received())
                .andThenAPublished(assessed(false))
                .whenPublishingA(outcomeAssigned())
                .expectActiveSagas(0);
    }

    @Test
    void keepsRunningWhileAnActionIsOpenAfterTheOutcome() {
        fixture.givenAPublished(received())
                .andThenAPublished(assessed(false))
                .andThenAPublished(actionAssigned(Duration.ofDays(3)))
                .whenPublishingA(outcomeAssigned())
                .expectActiveSagas(1);
    }

    @Test
    void anActionAssignedAfterTheSagaEndedRunsItsOwnClockToCompletion() {
        fixture.givenAPublished(actionAssigned(Duration.ofDays(3)))
                .whenPublishingA(new ActionCompletedEvent("meeting-1", CASE, FORCE, "action-1", null, OFFICER, now))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }

    @Test
    void aDeclinedEscalationStopsEveryClock() {
        fixture.givenAPublished(received())
                .whenPublishingA(new EscalationDeclinedEvent(CASE, FORCE, "Duplicate referral", OFFICER, now))
                .expectActiveSagas(0)
                .expectNoScheduledDeadlines();
    }
}
