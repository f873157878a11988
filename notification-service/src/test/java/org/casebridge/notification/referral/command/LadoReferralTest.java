package org.casebridge.notification.referral.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.notification.referral.command.AgencyCaseCommand.AcknowledgeLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.EraseAgencyCaseFreeTextCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.ReceiveLadoReferralCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationMeetingCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordAllegationOutcomeCommand;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AgencyCaseFreeTextErasedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationMeetingRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationOutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoAcknowledgementOverdueEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralNotRoutedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AgencyCaseNotConcludedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationDetailRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationMeetingAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationMeetingNotRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationOutcomeAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationRationaleRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.LadoReferralNotAcknowledgedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoLadoReferralException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotTheRetentionJobException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotThisAgencyException;
import org.casebridge.platform.domain.ActedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The LADO's part in a case (KCSIE Part 4, ADR 0055), one test per rule. */
class LadoReferralTest {

    private static final Instant REFERRED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant SCHOOL_DUE = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant ACKNOWLEDGE_BY = Instant.parse("2026-12-02T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String CASE = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10";
    private static final String LADO = "lado-east-london";
    private static final String ID = AgencyCaseId.of(LADO, CASE);
    private static final String SCHOOL = "100001";
    private static final ActedBy OFFICER = new ActedBy("lado.osei", "AGENCY", LADO);
    private static final LadoAdult ADULT_1 = new LadoAdult("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY");
    private static final LadoAdult ADULT_2 = new LadoAdult("adult-2", "VOLUNTEER", "OTHER_ORGANISATION");
    private static final LocalDate HELD_ON = LocalDate.parse("2026-11-30");
    private static final List<MeetingAttendee> ATTENDEES = List.of(
            new MeetingAttendee(MeetingAttendeeRole.LADO, "East London LADO service"),
            new MeetingAttendee(MeetingAttendeeRole.HEADTEACHER, "Clapton Park Academy"),
            new MeetingAttendee(MeetingAttendeeRole.POLICE, "Metropolitan Police Service"));
    private static final String DECISION = "Police to investigate; the agency withdraws the teacher meanwhile.";
    private static final String WHY = "No evidence either way after the police's enquiries; safeguarding advice given.";

    private FixtureConfiguration<AgencyCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgencyCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ReceiveLadoReferralCommand referral(LadoAdult... adults) {
        return new ReceiveLadoReferralCommand(
                ID, CASE, LADO, SCHOOL, "E09000012", List.of(adults), 2, SCHOOL_DUE, true, REFERRED, ACKNOWLEDGE_BY);
    }

    private static LadoReferralReceivedEvent received(LadoAdult... adults) {
        return new LadoReferralReceivedEvent(
                ID,
                CASE,
                LADO,
                SCHOOL,
                "E09000012",
                List.of(adults),
                2,
                SCHOOL_DUE,
                true,
                REFERRED,
                ACKNOWLEDGE_BY,
                NOW);
    }

    private static LadoReferralAcknowledgedEvent acknowledged() {
        return new LadoReferralAcknowledgedEvent(ID, CASE, LADO, SCHOOL, OFFICER, NOW, false);
    }

    private static AllegationMeetingRecordedEvent met() {
        return new AllegationMeetingRecordedEvent(ID, CASE, LADO, SCHOOL, OFFICER, HELD_ON, ATTENDEES, DECISION, NOW);
    }

    @Test
    void aLadoReferralReachesTheLadoOncePerAdult() {
        fixture.givenNoPriorActivity().when(referral(ADULT_1)).expectEvents(received(ADULT_1));
        fixture.given(received(ADULT_1)).when(referral(ADULT_1)).expectNoEvents();
        fixture.given(received(ADULT_1)).when(referral(ADULT_1, ADULT_2)).expectEvents(received(ADULT_2));
    }

    @Test
    void theFirstLadoReferralStartsOneWorkingDayToAcknowledge() {
        fixture.givenNoPriorActivity()
                .when(referral(ADULT_1))
                .expectScheduledDeadlineWithName(ACKNOWLEDGE_BY, AgencyCase.LADO_ACKNOWLEDGEMENT_DEADLINE);
    }

    @Test
    void aFurtherLadoReferralKeepsTheFirstOnesClock() {
        fixture.given(received(ADULT_1)).when(referral(ADULT_1, ADULT_2)).expectNoScheduledDeadlines();
    }

    @Test
    void theLadosAcknowledgementClockFlagsTheReferralWhenItRunsOut() {
        Instant after = ACKNOWLEDGE_BY.plusSeconds(60);
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(referral(ADULT_1))
                .whenTimeAdvancesTo(after)
                .expectTriggeredDeadlinesWithName(AgencyCase.LADO_ACKNOWLEDGEMENT_DEADLINE)
                .expectEvents(new LadoAcknowledgementOverdueEvent(ID, CASE, LADO, SCHOOL, ACKNOWLEDGE_BY, NOW));
    }

    @Test
    void theLadosAcknowledgementStopsItsClock() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(referral(ADULT_1))
                .when(new AcknowledgeLadoReferralCommand(ID, OFFICER))
                .expectEvents(acknowledged())
                .expectNoScheduledDeadlines();
    }

    @Test
    void theClockStoppedByTheAcknowledgementNeverFires() {
        fixture.givenCurrentTime(NOW)
                .andGivenCommands(referral(ADULT_1), new AcknowledgeLadoReferralCommand(ID, OFFICER))
                .whenTimeAdvancesTo(ACKNOWLEDGE_BY.plusSeconds(60))
                .expectNoEvents();
    }

    @Test
    void aLadoReferralNoLadoReceivesIsRecordedOncePerCase() {
        FixtureConfiguration<UnroutedReferral> unrouted = new AggregateTestFixture<>(UnroutedReferral.class);
        String id = AgencyCaseId.unroutedLado(CASE);
        AgencyCaseCommand.RecordUnroutedLadoReferralCommand command =
                new AgencyCaseCommand.RecordUnroutedLadoReferralCommand(id, CASE, SCHOOL, "E06000099", REFERRED);
        LadoReferralNotRoutedEvent notRouted = new LadoReferralNotRoutedEvent(id, CASE, SCHOOL, "E06000099", REFERRED);
        unrouted.givenNoPriorActivity().when(command).expectEvents(notRouted);
        unrouted.given(notRouted).when(command).expectNoEvents();
    }

    @Test
    void theLadoAcknowledgesOnceAndSaysWhetherItWasLate() {
        fixture.given(received(ADULT_1))
                .when(new AcknowledgeLadoReferralCommand(ID, OFFICER))
                .expectEvents(acknowledged())
                .expectResultMessagePayload(false);
    }

    @Test
    void aSecondAcknowledgementByTheLadoAnswersThatItWasAndRecordsNothing() {
        fixture.given(received(ADULT_1), acknowledged())
                .when(new AcknowledgeLadoReferralCommand(ID, OFFICER))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void onlyTheLadoTheReferralReachedActsOnIt() {
        fixture.given(received(ADULT_1))
                .when(new AcknowledgeLadoReferralCommand(ID, new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney")))
                .expectException(NotThisAgencyException.class);
        fixture.given(received(ADULT_1))
                .when(new AcknowledgeLadoReferralCommand(ID, new ActedBy("auditor", "AUDITOR", LADO)))
                .expectException(NotThisAgencyException.class);
    }

    @Test
    void aCaseNotReferredToTheLadoHasNoLadoSteps() {
        fixture.given(new AgencyCaseEvent.StrategyActionNotedEvent(
                        ID, CASE, LADO, "meeting-1", "action-1", "LADO_REFERRAL", ACKNOWLEDGE_BY, NOW))
                .when(new AcknowledgeLadoReferralCommand(ID, OFFICER))
                .expectException(NoLadoReferralException.class);
    }

    @Test
    void theMeetingFollowsTheAcknowledgementWithItsDayAttendeesAndWhy() {
        fixture.given(received(ADULT_1))
                .when(new RecordAllegationMeetingCommand(ID, OFFICER, HELD_ON, ATTENDEES, DECISION))
                .expectException(LadoReferralNotAcknowledgedException.class);
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationMeetingCommand(ID, OFFICER, HELD_ON, ATTENDEES, DECISION))
                .expectEvents(met());
        fixture.given(received(ADULT_1), acknowledged(), met())
                .when(new RecordAllegationMeetingCommand(ID, OFFICER, HELD_ON, ATTENDEES, DECISION))
                .expectException(AllegationMeetingAlreadyRecordedException.class);
    }

    @Test
    void aMeetingNeedsADayNotToComeAnAttendeeAndARationale() {
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationMeetingCommand(ID, OFFICER, null, ATTENDEES, DECISION))
                .expectException(AllegationDetailRequiredException.class);
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationMeetingCommand(
                        ID, OFFICER, LocalDate.parse("2026-12-02"), ATTENDEES, DECISION))
                .expectException(AllegationDetailRequiredException.class);
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationMeetingCommand(ID, OFFICER, HELD_ON, List.of(), DECISION))
                .expectException(AllegationDetailRequiredException.class);
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationMeetingCommand(
                        ID, OFFICER, HELD_ON, List.of(new MeetingAttendee(MeetingAttendeeRole.LADO, " ")), DECISION))
                .expectException(AllegationDetailRequiredException.class);
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationMeetingCommand(ID, OFFICER, HELD_ON, ATTENDEES, "agreed"))
                .expectException(AllegationRationaleRequiredException.class);
    }

    @Test
    void theOutcomeFollowsTheMeetingOnceWithWhy() {
        fixture.given(received(ADULT_1), acknowledged())
                .when(new RecordAllegationOutcomeCommand(ID, OFFICER, AllegationOutcome.UNSUBSTANTIATED, WHY))
                .expectException(AllegationMeetingNotRecordedException.class);
        fixture.given(received(ADULT_1), acknowledged(), met())
                .when(new RecordAllegationOutcomeCommand(ID, OFFICER, null, WHY))
                .expectException(AllegationDetailRequiredException.class);
        fixture.given(received(ADULT_1), acknowledged(), met())
                .when(new RecordAllegationOutcomeCommand(ID, OFFICER, AllegationOutcome.UNSUBSTANTIATED, "n/a"))
                .expectException(AllegationRationaleRequiredException.class);
        AllegationOutcomeRecordedEvent outcome = new AllegationOutcomeRecordedEvent(
                ID, CASE, LADO, SCHOOL, OFFICER, AllegationOutcome.UNSUBSTANTIATED, WHY, NOW);
        fixture.given(received(ADULT_1), acknowledged(), met())
                .when(new RecordAllegationOutcomeCommand(ID, OFFICER, AllegationOutcome.UNSUBSTANTIATED, WHY))
                .expectEvents(outcome);
        fixture.given(received(ADULT_1), acknowledged(), met(), outcome)
                .when(new RecordAllegationOutcomeCommand(ID, OFFICER, AllegationOutcome.MALICIOUS, WHY))
                .expectException(AllegationOutcomeAlreadyRecordedException.class);
    }

    @Test
    void onlyTheRetentionJobErasesAConcludedAllegationsFreeTextOnce() {
        AllegationOutcomeRecordedEvent outcome = new AllegationOutcomeRecordedEvent(
                ID, CASE, LADO, SCHOOL, OFFICER, AllegationOutcome.MALICIOUS, WHY, NOW);
        ActedBy retention = new ActedBy("casebridge:retention", ActedBy.SYSTEM, LADO);
        LocalDate ended = LocalDate.parse("2026-12-01");
        String reason = "Retention period ended (removed once concluded)";
        EraseAgencyCaseFreeTextCommand erase =
                new EraseAgencyCaseFreeTextCommand(ID, "LADO_ALLEGATION_MALICIOUS", ended, retention, reason);
        AgencyCaseFreeTextErasedEvent erased = new AgencyCaseFreeTextErasedEvent(
                ID, CASE, LADO, SCHOOL, "LADO_ALLEGATION_MALICIOUS", ended, retention, NOW, reason);
        fixture.given(received(ADULT_1), acknowledged(), met())
                .when(erase)
                .expectException(AgencyCaseNotConcludedException.class);
        fixture.given(received(ADULT_1), acknowledged(), met(), outcome)
                .when(new EraseAgencyCaseFreeTextCommand(ID, "LADO_ALLEGATION_MALICIOUS", ended, OFFICER, reason))
                .expectException(NotTheRetentionJobException.class);
        fixture.given(received(ADULT_1), acknowledged(), met(), outcome)
                .when(new EraseAgencyCaseFreeTextCommand(
                        ID,
                        "LADO_ALLEGATION_MALICIOUS",
                        ended,
                        new ActedBy("casebridge:retention", ActedBy.SYSTEM, "lado-elsewhere"),
                        reason))
                .expectException(NotTheRetentionJobException.class);
        fixture.given(received(ADULT_1), acknowledged(), met(), outcome)
                .when(new EraseAgencyCaseFreeTextCommand(ID, "LADO_ALLEGATION_MALICIOUS", ended, retention, " "))
                .expectException(IllegalArgumentException.class);
        fixture.given(received(ADULT_1), acknowledged(), met(), outcome)
                .when(erase)
                .expectEvents(erased);
        fixture.given(received(ADULT_1), acknowledged(), met(), outcome, erased)
                .when(erase)
                .expectNoEvents();
    }
}
