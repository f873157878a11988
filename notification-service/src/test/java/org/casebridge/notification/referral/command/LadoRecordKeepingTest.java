package org.casebridge.notification.referral.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordPensionAgeCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.RecordRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseCommand.WithdrawRetentionConsentCommand;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AgencyCaseFreeTextErasedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationMeetingRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.AllegationOutcomeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralAcknowledgedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.LadoReferralReceivedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.PensionAgeRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.RetentionConsentRecordedEvent;
import org.casebridge.notification.referral.command.AgencyCaseEvent.RetentionConsentWithdrawnEvent;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AgencyCaseFreeTextErasedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationDetailRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.AllegationRationaleRequiredException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.ConsentNeedsFalseOrMaliciousOutcomeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoLadoReferralException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NoRetentionConsentException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.NotThisAgencyException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.PensionAgeOutOfRangeException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.RetentionConsentAlreadyRecordedException;
import org.casebridge.notification.referral.command.AgencyCaseRuleViolations.UnknownAdultException;
import org.casebridge.platform.domain.ActedBy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How long the LADO's record of an allegation is kept (KCSIE Part 4, ADR 0084): the adult's normal pension age and
 * their consent to keep the record of a false or malicious allegation, one test per rule.
 */
class LadoRecordKeepingTest {

    private static final Instant REFERRED = Instant.parse("2026-11-30T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final String CASE = "8ccb4417-2b1e-4a4e-9f0e-5d1b6a3c2e10";
    private static final String LADO = "lado-east-london";
    private static final String ID = AgencyCaseId.of(LADO, CASE);
    private static final String SCHOOL = "100001";
    private static final ActedBy OFFICER = new ActedBy("lado.osei", "AGENCY", LADO);
    private static final LadoAdult ADULT = new LadoAdult("adult-1", "SUPPLY_STAFF", "SUPPLY_AGENCY");
    private static final String BASIS = "Mr Doe asked in writing on 1 December for the record to be kept.";
    private static final String WITHDRAWN = "Mr Doe wrote on 1 December that he no longer consents to it.";

    private FixtureConfiguration<AgencyCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgencyCase.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static LadoReferralReceivedEvent received() {
        return new LadoReferralReceivedEvent(
                ID,
                CASE,
                LADO,
                SCHOOL,
                "E09000012",
                List.of(ADULT),
                1,
                REFERRED,
                false,
                REFERRED,
                REFERRED.plusSeconds(86_400),
                REFERRED);
    }

    private static Object[] concluded(AllegationOutcome outcome) {
        return new Object[] {
            received(),
            new LadoReferralAcknowledgedEvent(ID, CASE, LADO, SCHOOL, OFFICER, NOW, false),
            new AllegationMeetingRecordedEvent(
                    ID,
                    CASE,
                    LADO,
                    SCHOOL,
                    OFFICER,
                    LocalDate.parse("2026-11-30"),
                    List.of(new MeetingAttendee(MeetingAttendeeRole.LADO, "East London LADO service")),
                    "Police to investigate; the agency withdraws the teacher meanwhile.",
                    NOW),
            new AllegationOutcomeRecordedEvent(
                    ID, CASE, LADO, SCHOOL, OFFICER, outcome, "The school's records show he was away that day.", NOW)
        };
    }

    private static Object[] with(Object[] given, Object... more) {
        Object[] all = new Object[given.length + more.length];
        System.arraycopy(given, 0, all, 0, given.length);
        System.arraycopy(more, 0, all, given.length, more.length);
        return all;
    }

    private static RetentionConsentRecordedEvent consented() {
        return new RetentionConsentRecordedEvent(ID, CASE, LADO, SCHOOL, "adult-1", OFFICER, BASIS, NOW);
    }

    private static AgencyCaseFreeTextErasedEvent erased() {
        return new AgencyCaseFreeTextErasedEvent(
                ID,
                CASE,
                LADO,
                SCHOOL,
                "LADO_ALLEGATION_FALSE",
                LocalDate.parse("2026-12-01"),
                new ActedBy("casebridge:retention", ActedBy.SYSTEM, LADO),
                NOW,
                "Retention period ended");
    }

    @Test
    void theLadoRecordsAnAdultsNormalPensionAgeSealedOrThatItIsNotKnown() {
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", LocalDate.parse("2051-06-14")))
                .expectEvents(
                        new PensionAgeRecordedEvent(ID, CASE, LADO, SCHOOL, "adult-1", "2051-06-14", OFFICER, NOW));
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", null))
                .expectEvents(new PensionAgeRecordedEvent(ID, CASE, LADO, SCHOOL, "adult-1", null, OFFICER, NOW));
    }

    @Test
    void aPensionAgeIsNotBeforeTheAllegationNorMoreThanSixtyYearsAfterIt() {
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", LocalDate.parse("2026-11-29")))
                .expectException(PensionAgeOutOfRangeException.class)
                .expectNoEvents();
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", LocalDate.parse("2026-11-30")))
                .expectSuccessfulHandlerExecution();
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", LocalDate.parse("2086-12-01")))
                .expectException(PensionAgeOutOfRangeException.class)
                .expectNoEvents();
    }

    @Test
    void onlyTheLadoRecordsForAnAdultTheReferralNamed() {
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-9", LocalDate.parse("2051-06-14")))
                .expectException(UnknownAdultException.class);
        fixture.given(received())
                .when(new RecordPensionAgeCommand(ID, OFFICER, null, LocalDate.parse("2051-06-14")))
                .expectException(UnknownAdultException.class);
        fixture.given(received())
                .when(new RecordPensionAgeCommand(
                        ID, new ActedBy("sw.adeyemi", "AGENCY", "csc-hackney"), "adult-1", null))
                .expectException(NotThisAgencyException.class);
        fixture.given(new AgencyCaseEvent.StrategyActionNotedEvent(
                        ID, CASE, LADO, "meeting-1", "action-1", "LADO_REFERRAL", NOW, NOW))
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", null))
                .expectException(NoLadoReferralException.class);
    }

    @Test
    void consentToKeepTheRecordIsOnlyForAFalseOrMaliciousOutcome() {
        fixture.given(received())
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectException(ConsentNeedsFalseOrMaliciousOutcomeException.class);
        fixture.given(concluded(AllegationOutcome.UNFOUNDED))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectException(ConsentNeedsFalseOrMaliciousOutcomeException.class);
        fixture.given(concluded(AllegationOutcome.FALSE))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectEvents(consented());
        fixture.given(concluded(AllegationOutcome.MALICIOUS))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectEvents(consented());
    }

    @Test
    void consentIsRecordedOnceWhileItStandsWithItsBasis() {
        fixture.given(with(concluded(AllegationOutcome.FALSE), consented()))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectException(RetentionConsentAlreadyRecordedException.class);
        fixture.given(concluded(AllegationOutcome.FALSE))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", "yes"))
                .expectException(AllegationRationaleRequiredException.class);
        fixture.given(concluded(AllegationOutcome.FALSE))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", "x".repeat(4001)))
                .expectException(AllegationDetailRequiredException.class);
    }

    @Test
    void aWithdrawalNeedsAStandingConsentAndAReasonAndAllowsConsentAgain() {
        RetentionConsentWithdrawnEvent withdrawn =
                new RetentionConsentWithdrawnEvent(ID, CASE, LADO, SCHOOL, "adult-1", OFFICER, WITHDRAWN, NOW);
        fixture.given(concluded(AllegationOutcome.FALSE))
                .when(new WithdrawRetentionConsentCommand(ID, OFFICER, "adult-1", WITHDRAWN))
                .expectException(NoRetentionConsentException.class);
        fixture.given(with(concluded(AllegationOutcome.FALSE), consented()))
                .when(new WithdrawRetentionConsentCommand(ID, OFFICER, "adult-1", "no"))
                .expectException(AllegationRationaleRequiredException.class);
        fixture.given(with(concluded(AllegationOutcome.FALSE), consented()))
                .when(new WithdrawRetentionConsentCommand(ID, OFFICER, "adult-1", WITHDRAWN))
                .expectEvents(withdrawn);
        fixture.given(with(concluded(AllegationOutcome.FALSE), consented(), withdrawn))
                .when(new WithdrawRetentionConsentCommand(ID, OFFICER, "adult-1", WITHDRAWN))
                .expectException(NoRetentionConsentException.class);
        fixture.given(with(concluded(AllegationOutcome.FALSE), consented(), withdrawn))
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectEvents(consented());
    }

    @Test
    void nothingIsRecordedForKeepingOnceTheRecordIsErased() {
        Object[] gone = with(concluded(AllegationOutcome.FALSE), erased());
        fixture.given(gone)
                .when(new RecordRetentionConsentCommand(ID, OFFICER, "adult-1", BASIS))
                .expectException(AgencyCaseFreeTextErasedException.class);
        fixture.given(gone)
                .when(new RecordPensionAgeCommand(ID, OFFICER, "adult-1", LocalDate.parse("2051-06-14")))
                .expectException(AgencyCaseFreeTextErasedException.class);
        fixture.given(with(concluded(AllegationOutcome.FALSE), consented(), erased()))
                .when(new WithdrawRetentionConsentCommand(ID, OFFICER, "adult-1", WITHDRAWN))
                .expectException(AgencyCaseFreeTextErasedException.class);
    }
}
