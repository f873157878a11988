package org.casebridge.cases.incident.command;

import static org.axonframework.test.matchers.Matchers.andNoMore;
import static org.axonframework.test.matchers.Matchers.exactSequenceOf;
import static org.axonframework.test.matchers.Matchers.payloadsMatching;
import static org.axonframework.test.matchers.Matchers.predicate;
import static org.casebridge.cases.incident.command.CaseFixtures.CASE_ID;
import static org.casebridge.cases.incident.command.CaseFixtures.CHILDREN;
import static org.casebridge.cases.incident.command.CaseFixtures.DSL;
import static org.casebridge.cases.incident.command.CaseFixtures.NOW;
import static org.casebridge.cases.incident.command.CaseFixtures.RATIONALE;
import static org.casebridge.cases.incident.command.CaseFixtures.URN;
import static org.casebridge.cases.incident.command.CaseFixtures.reported;
import static org.casebridge.cases.incident.command.CaseFixtures.review;
import static org.casebridge.cases.incident.command.CaseFixtures.reviewed;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.AdultEmployer;
import org.casebridge.cases.incident.api.AdultInPositionOfTrustRecordedEvent;
import org.casebridge.cases.incident.api.AdultInvolved;
import org.casebridge.cases.incident.api.AdultRole;
import org.casebridge.cases.incident.api.Agency;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseClosedEvent;
import org.casebridge.cases.incident.api.CaseEscalatedEvent;
import org.casebridge.cases.incident.api.CaseReferredToLadoEvent;
import org.casebridge.cases.incident.api.CaseStatus;
import org.casebridge.cases.incident.api.CloseCaseCommand;
import org.casebridge.cases.incident.api.Criterion;
import org.casebridge.cases.incident.api.EscalateCaseCommand;
import org.casebridge.cases.incident.api.HandleInSchoolCommand;
import org.casebridge.cases.incident.api.LadoReferralNotRoutedEvent;
import org.casebridge.cases.incident.api.LadoReferralOverdueEvent;
import org.casebridge.cases.incident.api.LadoUpdateKind;
import org.casebridge.cases.incident.api.LadoUpdateReceivedEvent;
import org.casebridge.cases.incident.api.RecordAdultInPositionOfTrustCommand;
import org.casebridge.cases.incident.api.RecordLadoNotRoutedCommand;
import org.casebridge.cases.incident.api.RecordLadoUpdateCommand;
import org.casebridge.cases.incident.api.ReferToLadoCommand;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KCSIE Part 4: an adult in a position of trust involved means a referral to the LADO within one working day. */
class LadoReferralTest {

    /** {@link CaseFixtures#NOW} is a Friday morning: one working day later is the Monday morning. */
    private static final Instant DUE = Instant.parse("2026-11-30T10:15:30Z");

    private static final String CONCERN = "child-1 says a supply teacher asked her for the image by message.";
    private static final String TOLD = "Supply teacher from an agency; allegation made by child-1 on Friday.";
    private static final AdultInvolved ADULT_1 =
            new AdultInvolved("adult-1", AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY);
    private static final AdultInvolved ADULT_2 =
            new AdultInvolved("adult-2", AdultRole.VOLUNTEER, AdultEmployer.OTHER_ORGANISATION);
    private static final String LADO = "lado-east-london";

    private FixtureConfiguration<SafeguardingCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.caseAt(NOW);
        fixture.registerInjectableResource((SchoolActionsOpen) (caseId, schoolUrn) -> List.of());
    }

    private static RecordAdultInPositionOfTrustCommand record(AdultRole role, AdultEmployer employer) {
        return new RecordAdultInPositionOfTrustCommand(CASE_ID, DSL, role, employer, CONCERN);
    }

    private static AdultInPositionOfTrustRecordedEvent recorded(AdultInvolved adult) {
        return new AdultInPositionOfTrustRecordedEvent(CASE_ID, URN, DSL, NOW, adult, DUE, CONCERN);
    }

    private static CaseReferredToLadoEvent referred(boolean late, AdultInvolved... adults) {
        return new CaseReferredToLadoEvent(
                CASE_ID, URN, DSL, NOW, "E08000025", List.of(adults), CHILDREN, DUE, late, TOLD);
    }

    private static RecordLadoUpdateCommand ladoStep(String eventId, String agencyId, LadoUpdateKind kind) {
        return new RecordLadoUpdateCommand(CASE_ID, eventId, agencyId, kind, NOW, null, List.of(), null, false);
    }

    @Test
    void anAdultInAPositionOfTrustStartsOneWorkingDayToReferToTheLado() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .when(record(AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY))
                .expectEvents(recorded(ADULT_1))
                .expectScheduledDeadline(DUE, new LadoReferralDue(DUE));
    }

    @Test
    void theOneWorkingDaySkipsBankHolidaysAndKeepsTheTimeOfDay() {
        // Thursday 25 March 2027 at 10:15 (GMT): Good Friday, the weekend (the clocks go forward) and Easter Monday are
        // skipped, so the referral is due on Tuesday 30 March at 10:15 BST
        Instant thursday = Instant.parse("2027-03-25T10:15:00Z");
        Instant tuesday = Instant.parse("2027-03-30T09:15:00Z");
        CaseFixtures.caseAt(thursday)
                .givenCurrentTime(thursday)
                .andGiven(reported())
                .when(record(AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY))
                .expectEvents(
                        new AdultInPositionOfTrustRecordedEvent(CASE_ID, URN, DSL, thursday, ADULT_1, tuesday, CONCERN))
                .expectScheduledDeadline(tuesday, new LadoReferralDue(tuesday));
    }

    @Test
    void aSecondAdultBeforeTheReferralKeepsTheFirstOnesClock() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported(), recorded(ADULT_1))
                .when(record(AdultRole.VOLUNTEER, AdultEmployer.OTHER_ORGANISATION))
                .expectEvents(recorded(ADULT_2))
                .expectNoScheduledDeadlines();
    }

    @Test
    void anAdultIsRecordedWithRoleEmployerAndWhyButNeverAName() {
        fixture.given(reported())
                .when(new RecordAdultInPositionOfTrustCommand(CASE_ID, DSL, null, AdultEmployer.THIS_SCHOOL, CONCERN))
                .expectException(RequiredDetailMissingException.class)
                .expectNoEvents();
        fixture.given(reported())
                .when(new RecordAdultInPositionOfTrustCommand(CASE_ID, DSL, AdultRole.STAFF, null, CONCERN))
                .expectException(RequiredDetailMissingException.class)
                .expectNoEvents();
        fixture.given(reported())
                .when(new RecordAdultInPositionOfTrustCommand(
                        CASE_ID, DSL, AdultRole.STAFF, AdultEmployer.THIS_SCHOOL, "a teacher"))
                .expectException(RationaleRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheSchoolsDslRecordsAnAdult() {
        fixture.given(reported())
                .when(new RecordAdultInPositionOfTrustCommand(
                        CASE_ID,
                        new ActedBy("auditor", CaseActors.AUDITOR, URN),
                        AdultRole.STAFF,
                        AdultEmployer.THIS_SCHOOL,
                        CONCERN))
                .expectException(DslOnlyException.class);
        fixture.given(reported())
                .when(new RecordAdultInPositionOfTrustCommand(
                        CASE_ID,
                        new ActedBy("dsl-other", CaseActors.SCHOOL_DSL, "100001"),
                        AdultRole.STAFF,
                        AdultEmployer.THIS_SCHOOL,
                        CONCERN))
                .expectException(NotFoundException.class);
    }

    @Test
    void anAdultInvolvedMeetsTheCriterionSoTheCaseCannotBeHandledInSchool() {
        fixture.given(reported(), recorded(ADULT_1))
                .when(review())
                .expectException(CriterionContradictsReportException.class);
        fixture.given(reported(), reviewed(), recorded(ADULT_1))
                .when(new HandleInSchoolCommand(CASE_ID, DSL, RATIONALE))
                .expectException(ReferralRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void theReferralGoesToTheLadoOfTheSchoolsAreaAndStopsTheClock() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(record(AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY))
                .when(new ReferToLadoCommand(CASE_ID, DSL, TOLD))
                .expectEvents(referred(false, ADULT_1))
                .expectNoScheduledDeadlines();
    }

    @Test
    void theClockFlagsTheCaseWhenTheLadoIsNotReferredToWithinOneWorkingDay() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(record(AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY))
                .whenTimeAdvancesTo(DUE.plus(Duration.ofMinutes(1)))
                .expectTriggeredDeadlinesWithName(SafeguardingCase.LADO_REFERRAL_DEADLINE)
                .expectEvents(new LadoReferralOverdueEvent(
                        CASE_ID,
                        URN,
                        ActedBy.casebridge(),
                        NOW,
                        DUE,
                        "The case was not referred to the LADO within one working day of an adult in a position of"
                                + " trust being recorded as involved."));
    }

    @Test
    void theClockCancelledByTheReferralNeverFires() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(
                        record(AdultRole.SUPPLY_STAFF, AdultEmployer.SUPPLY_AGENCY),
                        new ReferToLadoCommand(CASE_ID, DSL, TOLD))
                .whenTimeAdvancesTo(DUE.plus(Duration.ofDays(1)))
                .expectNoEvents();
    }

    @Test
    void aLateReferralSaysItWasLate() {
        fixture.given(
                        reported(),
                        new AdultInPositionOfTrustRecordedEvent(
                                CASE_ID,
                                URN,
                                DSL,
                                NOW.minus(Duration.ofDays(3)),
                                ADULT_1,
                                NOW.minusSeconds(1),
                                CONCERN))
                .when(new ReferToLadoCommand(CASE_ID, DSL, TOLD))
                .expectEvents(new CaseReferredToLadoEvent(
                        CASE_ID,
                        URN,
                        DSL,
                        NOW,
                        "E08000025",
                        List.of(ADULT_1),
                        CHILDREN,
                        NOW.minusSeconds(1),
                        true,
                        TOLD));
    }

    @Test
    void noReferralWithoutAnAdultAndASecondClickChangesNothing() {
        fixture.given(reported())
                .when(new ReferToLadoCommand(CASE_ID, DSL, TOLD))
                .expectException(NoAdultInPositionOfTrustException.class)
                .expectNoEvents();
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1))
                .when(new ReferToLadoCommand(CASE_ID, DSL, TOLD))
                .expectNoEvents()
                .expectResultMessagePayload(true);
    }

    @Test
    void anAdultRecordedAfterTheReferralIsReferredOnItsOwn() {
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1), recorded(ADULT_2))
                .when(new ReferToLadoCommand(CASE_ID, DSL, TOLD))
                .expectEvents(referred(false, ADULT_2));
    }

    @Test
    void theReferralNeedsWhatTheDslTellsTheLado() {
        fixture.given(reported(), recorded(ADULT_1))
                .when(new ReferToLadoCommand(CASE_ID, DSL, "see notes"))
                .expectException(RationaleRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void theLadosStepsAreOnTheCaseOnceEachEvenAfterItCloses() {
        CaseClosedEvent closed = new CaseClosedEvent(CASE_ID, URN, DSL, NOW, CaseStatus.REFERRED, null, RATIONALE);
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1), closed)
                .when(new RecordLadoUpdateCommand(
                        CASE_ID,
                        "agency-event-1",
                        LADO,
                        LadoUpdateKind.MEETING_HELD,
                        NOW,
                        LocalDate.parse("2026-11-26"),
                        List.of("LADO", "HEADTEACHER", "POLICE"),
                        null,
                        false))
                .expectEvents(new LadoUpdateReceivedEvent(
                        CASE_ID,
                        URN,
                        CaseActors.agency(LADO),
                        NOW,
                        "agency-event-1",
                        LadoUpdateKind.MEETING_HELD,
                        NOW,
                        LocalDate.parse("2026-11-26"),
                        List.of("LADO", "HEADTEACHER", "POLICE"),
                        null,
                        "The LADO held the allegation management meeting on 2026-11-26 with the LADO, the headteacher"
                                + " and the police."));
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1), ladoReceivedTheReferral())
                .when(ladoStep("agency-event-1", LADO, LadoUpdateKind.REFERRAL_RECEIVED))
                .expectNoEvents();
    }

    @Test
    void onlyTheLadoTheCaseWasReferredToIsHeard() {
        fixture.given(reported(), recorded(ADULT_1))
                .when(ladoStep("agency-event-1", LADO, LadoUpdateKind.REFERRAL_RECEIVED))
                .expectException(NotTheCasesLadoException.class);
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1), ladoReceivedTheReferral())
                .when(ladoStep("agency-event-2", "lado-elsewhere", LadoUpdateKind.REFERRAL_ACKNOWLEDGED))
                .expectException(NotTheCasesLadoException.class);
    }

    @Test
    void aCaseIsNotClosedWhileItsLadoReferralIsPending() {
        CloseCaseCommand close = new CloseCaseCommand(CASE_ID, DSL, RATIONALE, null);
        fixture.given(reported(), recorded(ADULT_1))
                .when(close)
                .expectException(LadoReferralPendingException.class)
                .expectExceptionMessage(containsString("adult-1"))
                .expectNoEvents();
        LadoReferralOverdueEvent overdue =
                new LadoReferralOverdueEvent(CASE_ID, URN, ActedBy.casebridge(), NOW, DUE, "Not referred in time.");
        fixture.given(reported(), recorded(ADULT_1), overdue)
                .when(close)
                .expectException(LadoReferralPendingException.class)
                .expectNoEvents();
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1), recorded(ADULT_2))
                .when(close)
                .expectException(LadoReferralPendingException.class)
                .expectExceptionMessage(containsString("adult-2"))
                .expectNoEvents();
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1))
                .when(close)
                .expectException(DecisionRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void theLadosOverdueAcknowledgementIsOnTheCaseInWords() {
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1))
                .when(ladoStep("agency-event-9", LADO, LadoUpdateKind.ACKNOWLEDGEMENT_OVERDUE))
                .expectEvents(new LadoUpdateReceivedEvent(
                        CASE_ID,
                        URN,
                        CaseActors.agency(LADO),
                        NOW,
                        "agency-event-9",
                        LadoUpdateKind.ACKNOWLEDGEMENT_OVERDUE,
                        NOW,
                        null,
                        List.of(),
                        null,
                        "The LADO had not acknowledged the referral within one working day of receiving it."));
    }

    @Test
    void aReferralThatReachedNoLadoIsOnTheCaseOnceWithWhatTheDslMustDo() {
        RecordLadoNotRoutedCommand notRouted =
                new RecordLadoNotRoutedCommand(CASE_ID, "agency-event-7", "E08000025", NOW);
        LadoReferralNotRoutedEvent recorded = new LadoReferralNotRoutedEvent(
                CASE_ID,
                URN,
                ActedBy.casebridge(),
                NOW,
                "agency-event-7",
                "E08000025",
                NOW,
                "No LADO receives referrals through Casebridge for local authority E08000025: telephone the local"
                        + " authority's LADO today and tell them what you referred.");
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1))
                .when(notRouted)
                .expectEvents(recorded);
        fixture.given(reported(), recorded(ADULT_1), referred(false, ADULT_1), recorded)
                .when(notRouted)
                .expectNoEvents();
        fixture.given(reported(), recorded(ADULT_1))
                .when(notRouted)
                .expectException(NotTheCasesLadoException.class)
                .expectNoEvents();
    }

    @Test
    void theEscalationToThePoliceCarriesTheAdultInvolved() {
        fixture.given(reported(), reviewed(), recorded(ADULT_1))
                .when(new EscalateCaseCommand(
                        CASE_ID,
                        DSL,
                        Set.of(Agency.POLICE),
                        Set.of(),
                        "An adult in a position of trust is involved: the police must know."))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(payloadsMatching(exactSequenceOf(
                        predicate(event -> event instanceof CaseEscalatedEvent e
                                && e.criteriaMet().contains(Criterion.ADULT_INVOLVED)),
                        andNoMore())));
    }

    /** The LADO's receipt of the referral, as agency event 1. */
    private static LadoUpdateReceivedEvent ladoReceivedTheReferral() {
        return new LadoUpdateReceivedEvent(
                CASE_ID,
                URN,
                CaseActors.agency(LADO),
                NOW,
                "agency-event-1",
                LadoUpdateKind.REFERRAL_RECEIVED,
                NOW,
                null,
                List.of(),
                null,
                "The LADO received the referral.");
    }
}
