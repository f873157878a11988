package org.casebridge.cases.incident.command;

import static org.casebridge.cases.incident.command.CaseFixtures.CASE_ID;
import static org.casebridge.cases.incident.command.CaseFixtures.DSL;
import static org.casebridge.cases.incident.command.CaseFixtures.NOW;
import static org.casebridge.cases.incident.command.CaseFixtures.SCHOOL;
import static org.casebridge.cases.incident.command.CaseFixtures.URN;
import static org.casebridge.cases.incident.command.CaseFixtures.reported;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.ChildRecordTransferOverdueEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferReceiptConfirmedEvent;
import org.casebridge.cases.incident.api.ChildRecordTransferStartedEvent;
import org.casebridge.cases.incident.api.PersonalDetailsErasedEvent;
import org.casebridge.cases.incident.api.RecordChildRecordReceiptCommand;
import org.casebridge.cases.incident.api.StartChildRecordTransferCommand;
import org.casebridge.cases.school.School;
import org.casebridge.cases.school.SchoolDirectory;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** KCSIE: a child's child protection file follows them to the new school, with confirmed receipt (ADR 0054). */
class ChildRecordTransferTest {

    private static final String NEW_URN = "100001";
    private static final School NEW_SCHOOL = new School(
            NEW_URN, "Clapton Park Academy", "E09000012", "Hackney", "MPS", "Metropolitan Police Service", "CPA");
    private static final SchoolDirectory SCHOOLS = urn -> switch (urn) {
        case URN -> Optional.of(SCHOOL);
        case NEW_URN -> Optional.of(NEW_SCHOOL);
        default -> Optional.empty();
    };
    private static final ActedBy NEW_DSL = new ActedBy("dsl-new", CaseActors.SCHOOL_DSL, NEW_URN);
    private static final ActedBy THIRD_DSL = new ActedBy("dsl-third", CaseActors.SCHOOL_DSL, "105520");
    private static final UUID TRANSFER = UUID.fromString("5f0e8a1c-9b7d-4c3e-8a21-0d6b2f4e9c10");
    private static final UUID SECOND = UUID.fromString("6a1f9b2d-0c8e-4d4f-9b32-1e7c3a5f0d21");
    /** A Monday. */
    private static final LocalDate STARTS_ON = LocalDate.parse("2026-11-30");
    /** The end of Friday 4 December, the fifth school day counting the Monday, in London (GMT in winter). */
    private static final Instant DUE = Instant.parse("2026-12-05T00:00:00Z");

    private static final String REASON = "child-1 moved to Clapton Park Academy; the family moved to Hackney.";

    private FixtureConfiguration<SafeguardingCase> fixture;

    @BeforeEach
    void setUp() {
        fixture = CaseFixtures.caseAt(NOW, SCHOOLS);
    }

    private static StartChildRecordTransferCommand transfer(UUID id, String childRef, String toUrn) {
        return new StartChildRecordTransferCommand(CASE_ID, DSL, id, childRef, toUrn, STARTS_ON, REASON);
    }

    private static ChildRecordTransferStartedEvent started(UUID id) {
        return new ChildRecordTransferStartedEvent(
                CASE_ID, URN, DSL, NOW, id, "child-1", NEW_URN, STARTS_ON, DUE, REASON);
    }

    private static ChildRecordTransferReceiptConfirmedEvent confirmed(UUID id) {
        return new ChildRecordTransferReceiptConfirmedEvent(
                CASE_ID,
                URN,
                NEW_DSL,
                NOW,
                id,
                "child-1",
                NEW_URN,
                "Receipt confirmed by the school the child moved to");
    }

    @Test
    void theReceiptIsDueWithinFiveSchoolDaysOfTheChildStarting() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .when(transfer(TRANSFER, "child-1", NEW_URN))
                .expectEvents(started(TRANSFER))
                .expectScheduledDeadline(DUE, new ChildRecordTransferDue(TRANSFER, DUE));
    }

    @Test
    void theFiveSchoolDaysSkipBankHolidays() {
        // Monday 21 December 2026: 21-24 are four school days; Christmas (Friday 25), the weekend and the Boxing Day
        // substitute (Monday 28) are skipped, so the fifth is Tuesday 29
        LocalDate monday = LocalDate.parse("2026-12-21");
        Instant endOfTuesday29 = Instant.parse("2026-12-30T00:00:00Z");
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .when(new StartChildRecordTransferCommand(CASE_ID, DSL, TRANSFER, "child-1", NEW_URN, monday, REASON))
                .expectEvents(new ChildRecordTransferStartedEvent(
                        CASE_ID, URN, DSL, NOW, TRANSFER, "child-1", NEW_URN, monday, endOfTuesday29, REASON))
                .expectScheduledDeadline(endOfTuesday29, new ChildRecordTransferDue(TRANSFER, endOfTuesday29));
    }

    @Test
    void aRecordGoesOnlyToAnotherSchoolKnownToTheReferenceData() {
        fixture.given(reported())
                .when(transfer(TRANSFER, "child-1", "999999"))
                .expectException(UnknownSchoolException.class)
                .expectNoEvents();
        fixture.given(reported())
                .when(transfer(TRANSFER, "child-1", URN))
                .expectException(TransferToOwnSchoolException.class)
                .expectNoEvents();
    }

    @Test
    void onlyAChildOfTheCaseIsTransferred() {
        fixture.given(reported())
                .when(transfer(TRANSFER, "child-9", NEW_URN))
                .expectException(UnknownChildException.class)
                .expectNoEvents();
    }

    @Test
    void noRecordIsTransferredOnceTheIdentitiesAreErased() {
        fixture.given(reported(), new PersonalDetailsErasedEvent(CASE_ID, URN, DSL, NOW, "Retention period ended"))
                .when(transfer(TRANSFER, "child-1", NEW_URN))
                .expectException(PersonalDetailsAlreadyErasedException.class)
                .expectNoEvents();
    }

    @Test
    void aChildIsSentToOneSchoolOnceWhileItsReceiptIsAwaited() {
        fixture.given(reported(), started(TRANSFER))
                .when(transfer(SECOND, "child-1", NEW_URN))
                .expectException(TransferAlreadyOpenException.class)
                .expectNoEvents();
        fixture.given(reported(), started(TRANSFER), confirmed(TRANSFER))
                .when(transfer(SECOND, "child-1", NEW_URN))
                .expectEvents(started(SECOND));
    }

    @Test
    void onlyTheDslOfTheCasesSchoolTransfersItsRecords() {
        fixture.given(reported())
                .when(new StartChildRecordTransferCommand(
                        CASE_ID, NEW_DSL, TRANSFER, "child-1", "105520", STARTS_ON, REASON))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void theReasonIsRequired() {
        fixture.given(reported())
                .when(new StartChildRecordTransferCommand(CASE_ID, DSL, TRANSFER, "child-1", NEW_URN, STARTS_ON, " "))
                .expectException(RationaleRequiredException.class)
                .expectNoEvents();
    }

    @Test
    void theSendingSchoolIsRemindedWhenNoReceiptArrivesWithinFiveSchoolDays() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(transfer(TRANSFER, "child-1", NEW_URN))
                .whenTimeAdvancesTo(DUE.plus(Duration.ofMinutes(1)))
                .expectTriggeredDeadlinesWithName(SafeguardingCase.TRANSFER_RECEIPT_DEADLINE)
                .expectEvents(
                        new ChildRecordTransferOverdueEvent(
                                CASE_ID,
                                URN,
                                ActedBy.casebridge(),
                                NOW,
                                TRANSFER,
                                "child-1",
                                NEW_URN,
                                DUE,
                                "No receipt from the school the child moved to within five school days of the child starting."));
    }

    @Test
    void theReceiptIsOnTheSendingCaseAndCancelsTheReminder() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(transfer(TRANSFER, "child-1", NEW_URN))
                .when(new RecordChildRecordReceiptCommand(CASE_ID, NEW_DSL, TRANSFER))
                .expectEvents(confirmed(TRANSFER))
                .expectResultMessagePayload(true)
                .expectNoScheduledDeadlines();
    }

    @Test
    void noReminderFollowsAReceipt() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(
                        transfer(TRANSFER, "child-1", NEW_URN),
                        new RecordChildRecordReceiptCommand(CASE_ID, NEW_DSL, TRANSFER))
                .whenTimeAdvancesTo(DUE.plus(Duration.ofDays(7)))
                .expectNoEvents();
    }

    @Test
    void theReceiptOfOneTransferLeavesAnotherTransfersReminderInPlace() {
        fixture.givenCurrentTime(NOW)
                .andGiven(reported())
                .andGivenCommands(transfer(TRANSFER, "child-1", NEW_URN), transfer(SECOND, "child-2", NEW_URN))
                .when(new RecordChildRecordReceiptCommand(CASE_ID, NEW_DSL, TRANSFER))
                .expectScheduledDeadline(DUE, new ChildRecordTransferDue(SECOND, DUE));
    }

    @Test
    void aSecondReceiptChangesNothing() {
        fixture.given(reported(), started(TRANSFER), confirmed(TRANSFER))
                .when(new RecordChildRecordReceiptCommand(CASE_ID, NEW_DSL, TRANSFER))
                .expectResultMessagePayload(false)
                .expectNoEvents();
    }

    @Test
    void onlyTheReceivingSchoolConfirmsReceipt() {
        fixture.given(reported(), started(TRANSFER))
                .when(new RecordChildRecordReceiptCommand(CASE_ID, THIRD_DSL, TRANSFER))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }
}
