package org.casebridge.cases.transfer;

import static org.casebridge.cases.transfer.TransferEventFixturesTest.RECEIVER;
import static org.casebridge.cases.transfer.TransferEventFixturesTest.RECORD;
import static org.casebridge.cases.transfer.TransferEventFixturesTest.SENDER;
import static org.casebridge.cases.transfer.TransferEventFixturesTest.TRANSFER;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.cases.incident.command.PersonalDetailsAlreadyErasedException;
import org.casebridge.cases.incident.command.RationaleRequiredException;
import org.casebridge.cases.transfer.api.ChildRecordReceipt;
import org.casebridge.cases.transfer.api.ChildRecordReceiptConfirmedEvent;
import org.casebridge.cases.transfer.api.ChildRecordReceivedEvent;
import org.casebridge.cases.transfer.api.ConfirmChildRecordReceiptCommand;
import org.casebridge.cases.transfer.api.EraseReceivedChildRecordCommand;
import org.casebridge.cases.transfer.api.ReceiveChildRecordCommand;
import org.casebridge.cases.transfer.api.ReceivedChildRecordErasedEvent;
import org.casebridge.cases.transfer.command.TransferredChildRecord;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receiving school keeps its own record of a transferred child, and only its DSL confirms receipt. */
class TransferredChildRecordTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final CaseId FROM_CASE = new CaseId(UUID.fromString("0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d"));
    private static final LocalDate STARTS_ON = LocalDate.parse("2026-11-30");
    private static final Instant DUE = Instant.parse("2026-12-05T00:00:00Z");
    private static final String REASON = "The family moved to Hackney";

    private FixtureConfiguration<TransferredChildRecord> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(TransferredChildRecord.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    private static ReceiveChildRecordCommand receive(ActedBy by) {
        return new ReceiveChildRecordCommand(
                TRANSFER, "100001", "103456", FROM_CASE, "HBA-2026-0001", by, STARTS_ON, DUE, REASON, RECORD);
    }

    private static ChildRecordReceivedEvent received() {
        return new ChildRecordReceivedEvent(
                TRANSFER, "100001", SENDER, NOW, "103456", FROM_CASE, "HBA-2026-0001", STARTS_ON, DUE, RECORD, REASON);
    }

    private static ChildRecordReceiptConfirmedEvent confirmed() {
        return new ChildRecordReceiptConfirmedEvent(
                TRANSFER, "100001", RECEIVER, NOW, "Receipt of the child's record confirmed");
    }

    @Test
    void theReceivingSchoolHoldsItsOwnRecordOfTheChildWithWhoSentItAndWhy() {
        fixture.givenNoPriorActivity().when(receive(SENDER)).expectEvents(received());
    }

    @Test
    void onlyTheSendingSchoolsDslSendsIt() {
        fixture.givenNoPriorActivity()
                .when(receive(new ActedBy("dsl-third", CaseActors.SCHOOL_DSL, "105520")))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(receive(new ActedBy("pc-1", "POLICE_LIAISON", "103456")))
                .expectException(DslOnlyException.class)
                .expectNoEvents();
    }

    @Test
    void theReceivingSchoolsDslConfirmsReceipt() {
        fixture.given(received())
                .when(new ConfirmChildRecordReceiptCommand(TRANSFER, RECEIVER))
                .expectEvents(confirmed())
                .expectResultMessagePayload(new ChildRecordReceipt(FROM_CASE, NOW, false));
    }

    @Test
    void aSecondConfirmationChangesNothingAndSaysItWasAlreadyConfirmed() {
        fixture.given(received(), confirmed())
                .when(new ConfirmChildRecordReceiptCommand(TRANSFER, RECEIVER))
                .expectNoEvents()
                .expectResultMessagePayload(new ChildRecordReceipt(FROM_CASE, NOW, true));
    }

    @Test
    void forAnyOtherSchoolTheRecordDoesNotExist() {
        fixture.given(received())
                .when(new ConfirmChildRecordReceiptCommand(TRANSFER, SENDER))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(received())
                .when(new ConfirmChildRecordReceiptCommand(TRANSFER, new ActedBy("auditor-1", "AUDITOR", "100001")))
                .expectException(DslOnlyException.class)
                .expectNoEvents();
    }

    private static final String WHY =
            "Retention period ended (school child protection record: date of birth + 25 years)";

    @Test
    void theReceivingSchoolsRetentionJobErasesTheRecordOnceWithItsReason() {
        fixture.given(received())
                .when(new EraseReceivedChildRecordCommand(TRANSFER, CaseActors.retention("100001"), WHY))
                .expectEvents(new ReceivedChildRecordErasedEvent(
                        TRANSFER, "100001", CaseActors.retention("100001"), NOW, WHY));
        fixture.given(
                        received(),
                        new ReceivedChildRecordErasedEvent(
                                TRANSFER, "100001", CaseActors.retention("100001"), NOW, WHY))
                .when(new EraseReceivedChildRecordCommand(TRANSFER, CaseActors.retention("100001"), WHY))
                .expectException(PersonalDetailsAlreadyErasedException.class)
                .expectNoEvents();
    }

    @Test
    void noOneButTheReceivingSchoolsRetentionJobErasesIt() {
        fixture.given(received())
                .when(new EraseReceivedChildRecordCommand(TRANSFER, RECEIVER, WHY))
                .expectException(NotFoundException.class)
                .expectNoEvents();
        fixture.given(received())
                .when(new EraseReceivedChildRecordCommand(TRANSFER, CaseActors.retention("103456"), WHY))
                .expectException(NotFoundException.class)
                .expectNoEvents();
    }

    @Test
    void anErasureSaysWhy() {
        fixture.given(received())
                .when(new EraseReceivedChildRecordCommand(TRANSFER, CaseActors.retention("100001"), " "))
                .expectException(RationaleRequiredException.class)
                .expectNoEvents();
    }
}
