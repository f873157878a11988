package org.casebridge.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.casebridge.cases.FixtureTextKeys;
import org.casebridge.cases.incident.api.CaseActors;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ChildFlag;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.transfer.api.ChildRecordReceiptConfirmedEvent;
import org.casebridge.cases.transfer.api.ChildRecordReceivedEvent;
import org.casebridge.cases.transfer.api.ReceivedChildRecordErasedEvent;
import org.casebridge.cases.transfer.api.TransferredRecordContent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.test.StoredEventFixtureChecks;
import org.casebridge.platform.test.StoredEventFixtures;
import org.junit.jupiter.api.Test;

/** Every stored event of a receiving school's transferred record still reads back and writes again as saved. */
class TransferEventFixturesTest extends StoredEventFixtureChecks {

    static final UUID TRANSFER = UUID.fromString("5f0e8a1c-9b7d-4c3e-8a21-0d6b2f4e9c10");
    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final ActedBy SENDER = new ActedBy("dsl.okafor", CaseActors.SCHOOL_DSL, "103456");
    static final ActedBy RECEIVER = new ActedBy("dsl.clapton", CaseActors.SCHOOL_DSL, "100001");

    static final TransferredRecordContent RECORD = new TransferredRecordContent(
            new ChildInvolved("child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of(ChildFlag.SEND)),
            List.of("child-2"),
            "DISCLOSURE_BY_CHILD_INVOLVED",
            Instant.parse("2026-11-27T08:40:00Z"),
            List.of("NUDE"),
            List.of("Snapchat"),
            "BEYOND_SCHOOL",
            true,
            false,
            "CLOSED",
            Instant.parse("2026-11-27T09:00:00Z"),
            Instant.parse("2026-11-27T10:00:00Z"),
            List.of("ADULT_INVOLVED"),
            List.of("POLICE"),
            "Outcome 21: further investigation is not in the public interest",
            Instant.parse("2026-11-30T16:00:00Z"),
            List.of(new TransferredRecordContent.Entry(
                    Instant.parse("2026-11-27T09:00:00Z"),
                    "IncidentReported",
                    "dsl.okafor",
                    CaseActors.SCHOOL_DSL,
                    "103456",
                    "Incident reported",
                    "Told the form tutor")));

    static final List<Object> EXAMPLES = List.of(
            new ChildRecordReceivedEvent(
                    TRANSFER,
                    "100001",
                    SENDER,
                    AT,
                    "103456",
                    new CaseId(UUID.fromString("0b6f3f0e-2c1d-4a57-9d0e-5f7c1a2b3c4d")),
                    "HBA-2026-0001",
                    LocalDate.parse("2026-11-30"),
                    Instant.parse("2026-12-05T00:00:00Z"),
                    RECORD,
                    "The family moved to Hackney"),
            new ChildRecordReceiptConfirmedEvent(
                    TRANSFER, "100001", RECEIVER, AT, "Receipt of the child's record confirmed"),
            new ReceivedChildRecordErasedEvent(
                    TRANSFER,
                    "100001",
                    CaseActors.retention("100001"),
                    AT,
                    "Retention period ended (school child protection record: date of birth + 25 years)"));

    private static final StoredEventFixtures FIXTURES = StoredEventFixtures.of(
                    "org.casebridge.cases.transfer", FixtureTextKeys.serializer(), EXAMPLES)
            .fixturesIn("event-fixtures-transfer");

    @Test
    void theStoredEventTypesAreTheTransferredRecordsEvents() {
        assertThat(FIXTURES.storedTypes())
                .containsExactlyInAnyOrder(
                        ChildRecordReceivedEvent.class,
                        ChildRecordReceiptConfirmedEvent.class,
                        ReceivedChildRecordErasedEvent.class);
    }

    @Override
    protected StoredEventFixtures fixtures() {
        return FIXTURES;
    }
}
