package org.casebridge.cases.transfer.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.incident.api.ChildInvolved;
import org.casebridge.cases.incident.api.ChildRole;
import org.casebridge.cases.incident.query.CaseScope;
import org.casebridge.cases.incident.query.CaseViewQueries;
import org.casebridge.cases.personaldetails.MasterKey;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.transfer.api.ChildRecordReceiptConfirmedEvent;
import org.casebridge.cases.transfer.api.ChildRecordReceivedEvent;
import org.casebridge.cases.transfer.api.ReceivedChildRecordErasedEvent;
import org.casebridge.cases.transfer.api.TransferredRecordContent;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.casebridge.platform.reference.PlaceNames;
import org.casebridge.platform.sealing.SealedText;
import org.casebridge.platform.test.ReadModelDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.env.MockEnvironment;

/**
 * The receiving schools' records of transferred children without Spring: the projection on a real PostgreSQL database
 * migrated by the service's Flyway scripts, fed events directly and read through {@link TransferQueries}. Each test
 * sends a record of its own.
 */
class TransferredChildRecordProjectionTest {

    static final String RECEIVING = "137001";
    static final String SENDING = "103456";
    static final Instant SENT = Instant.parse("2026-11-28T10:00:00Z");
    static final ActedBy SENDER = new ActedBy("dsl.amrit", "SCHOOL_DSL", SENDING);
    static final ActedBy RECEIVER = new ActedBy("dsl.okafor", "SCHOOL_DSL", RECEIVING);
    static final CaseScope RECEIVING_SCHOOL = new CaseScope.OneSchool(RECEIVING);

    static JdbcTemplate jdbc;
    static TransferredChildRecordProjection projection;
    static TransferQueries queries;

    private final UUID transferId = UUID.randomUUID();

    @BeforeAll
    static void database() {
        jdbc = new JdbcTemplate(ReadModelDatabase.migrated("transferred_records"));
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        Clock clock = Clock.fixed(SENT.plusSeconds(3_600), ZoneOffset.UTC);
        PlaceNames places = PlaceNames.of(Map.of(), Map.of(), Map.of());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        PersonalDetailsVault vault = new PersonalDetailsVault(
                jdbc, clock, new MasterKey(Base64.getEncoder().encodeToString(key), new MockEnvironment()));
        projection = new TransferredChildRecordProjection(jdbc, json);
        queries = new TransferQueries(jdbc, json, new CaseViewQueries(jdbc, clock, places), vault);
    }

    @Test
    void aReceivedRecordIsTheReceivingSchoolsAloneAndARedeliveryChangesNothing() throws Exception {
        projection.on(received("Moving to be nearer family"));
        projection.on(received("Moving to be nearer family"));

        assertThat(queries.transfers(RECEIVING_SCHOOL, TransferQueries.Direction.INCOMING))
                .filteredOn(line -> line.transferId().equals(transferId.toString()))
                .singleElement()
                .satisfies(line -> {
                    assertThat(line.direction()).isEqualTo("INCOMING");
                    assertThat(line.fromSchoolUrn()).isEqualTo(SENDING);
                    assertThat(line.caseReference()).isEqualTo("HBA-2026-0001");
                    assertThat(line.childRef()).isEqualTo("child-1");
                    assertThat(line.receiptDueAt()).isEqualTo(SENT.plusSeconds(86_400));
                    assertThat(line.receivedAt()).as("not confirmed yet").isNull();
                });
        TransferQueries.TransferredRecordView record = queries.record(transferId, RECEIVING_SCHOOL);
        assertThat(record.sentBy()).isEqualTo("dsl.amrit");
        assertThat(record.reason()).isEqualTo("Moving to be nearer family");
        assertThat(record.childStartedOn()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(record.personalDetails()).as("no identity was on file").isNull();
        assertThat(record.record().timeline())
                .extracting(TransferredRecordContent.Entry::what)
                .containsExactly("Reported: 1 child");

        assertThat(queries.transfers(new CaseScope.OneSchool(SENDING), TransferQueries.Direction.INCOMING))
                .noneMatch(line -> line.transferId().equals(transferId.toString()));
        assertThatThrownBy(() -> queries.record(transferId, new CaseScope.OneSchool(SENDING)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theConfirmedReceiptSaysWhoConfirmedItAndWhen() throws Exception {
        projection.on(received("Moving to be nearer family"));
        projection.on(new ChildRecordReceiptConfirmedEvent(
                transferId, RECEIVING, RECEIVER, SENT.plusSeconds(600), "Arrived with the pupil's file"));

        TransferQueries.TransferredRecordView record = queries.record(transferId, RECEIVING_SCHOOL);
        assertThat(record.receiptConfirmedAt()).isEqualTo(SENT.plusSeconds(600));
        assertThat(record.receiptConfirmedBy()).isEqualTo("dsl.okafor");
    }

    @Test
    void anErasedRecordKeepsItsShapeButNotOneSealedWord() throws Exception {
        projection.on(received("Moving to be nearer family"));
        projection.on(new ReceivedChildRecordErasedEvent(
                transferId, RECEIVING, ActedBy.casebridge(), SENT.plusSeconds(7_200), "Retention ended"));

        TransferQueries.TransferredRecordView record = queries.record(transferId, RECEIVING_SCHOOL);
        assertThat(record.reason()).isEqualTo(SealedText.ERASED);
        assertThat(record.record().timeline()).singleElement().satisfies(entry -> {
            assertThat(entry.what()).isEqualTo(SealedText.ERASED);
            assertThat(entry.why()).as("an entry without a why keeps none").isNull();
            assertThat(entry.type()).isEqualTo("IncidentReported");
            assertThat(entry.actorId()).isEqualTo("dsl.amrit");
            assertThat(entry.at()).isEqualTo(SENT.minusSeconds(86_400));
        });
        assertThat(record.record().child().ref()).isEqualTo("child-1");
    }

    @Test
    void aResetEmptiesTheTableForTheReplay() throws Exception {
        projection.on(received(null));
        projection.reset();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM transferred_child_record", Integer.class))
                .isZero();
    }

    private ChildRecordReceivedEvent received(String reason) {
        ChildInvolved child = new ChildInvolved("child-1", 14, "Year 9", Set.of(ChildRole.PICTURED), Set.of());
        TransferredRecordContent content = new TransferredRecordContent(
                child,
                List.of("child-2"),
                "DISCLOSURE_BY_CHILD_INVOLVED",
                SENT.minusSeconds(172_800),
                List.of("NUDE"),
                List.of("Snapchat"),
                "ONE_RECIPIENT",
                false,
                false,
                "CLOSED",
                SENT.minusSeconds(86_400),
                SENT.minusSeconds(80_000),
                List.of(),
                List.of(),
                null,
                SENT.minusSeconds(3_600),
                List.of(new TransferredRecordContent.Entry(
                        SENT.minusSeconds(86_400),
                        "IncidentReported",
                        "dsl.amrit",
                        "SCHOOL_DSL",
                        SENDING,
                        "Reported: 1 child",
                        null)));
        return new ChildRecordReceivedEvent(
                transferId,
                RECEIVING,
                SENDER,
                SENT,
                SENDING,
                new CaseId(UUID.randomUUID()),
                "HBA-2026-0001",
                LocalDate.of(2026, 11, 30),
                SENT.plusSeconds(86_400),
                content,
                reason);
    }
}
