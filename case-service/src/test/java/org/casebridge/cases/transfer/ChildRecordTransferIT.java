package org.casebridge.cases.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.incident.query.CaseViewProjection;
import org.casebridge.cases.personaldetails.PersonalDetailsService;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.retention.RetentionSchedule;
import org.casebridge.cases.retention.erasure.RetentionErasure;
import org.casebridge.cases.transfer.handover.ChildRecordTransfers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Two schools walk a child protection file transfer over HTTP, on real PostgreSQL (ADR 0054): Hollybank Academy sends
 * child-1's record to Clapton Park Academy, which finds it among its incoming transfers, opens it (recorded in the
 * access log) and confirms receipt, which Hollybank's case then shows. Everyone else finds nothing.
 */
@CaseIntegrationTest
class ChildRecordTransferIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String CHILD_1 = """
            {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14", "upn": "H801200001001"}""";
    private static final String THIRD_URN = "105520";
    private static final String REASON = "child-1 starts at Clapton Park Academy; the family moved to Hackney.";

    @Autowired
    RetentionErasure retention;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    PersonalDetailsVault vault;

    @Autowired
    PersonalDetailsService personalDetails;

    @Autowired
    ChildRecordTransfers transfers;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    private static String transfer(String toUrn, String startedOn) {
        return """
                {"toSchoolUrn": "%s", "reason": "%s", "childStartedOn": "%s"}""".formatted(toUrn, REASON, startedOn);
    }

    @Test
    void theNewSchoolReadsAndConfirmsTheChildsOwnRecordAndTheOldSchoolSeesTheReceipt() {
        CaseApi sender = new CaseApi(port, CaseApi.URN, "SCHOOL_DSL");
        CaseApi receiver = new CaseApi(port, CaseApi.OTHER_URN, "SCHOOL_DSL");
        String caseId = readableCaseWithThirdChild(sender);
        String transfers = "/api/cases/" + caseId + "/children/child-1/transfers";

        assertProblem(sender.post(transfers, transfer("999999", "2026-12-01")), 422, "unknown-school");
        assertProblem(sender.post(transfers, transfer(CaseApi.URN, "2026-12-01")), 422, "transfer-to-own-school");
        assertProblem(
                sender.post(
                        "/api/cases/" + caseId + "/children/child-9/transfers",
                        transfer(CaseApi.OTHER_URN, "2026-12-01")),
                422,
                "unknown-child");
        assertProblem(sender.post(transfers, transfer("not-a-urn", "2026-12-01")), 400, "invalid-request");
        assertProblem(
                new CaseApi(port, THIRD_URN, "SCHOOL_DSL").post(transfers, transfer(CaseApi.OTHER_URN, "2026-12-01")),
                404,
                "not-found");
        assertThat(new CaseApi(port, "WMP", "POLICE_LIAISON")
                        .post(transfers, transfer(CaseApi.OTHER_URN, "2026-12-01"))
                        .status())
                .isEqualTo(403);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE payload_type LIKE '%ChildRecord%' AND"
                                + " aggregate_identifier = ?",
                        Long.class, caseId))
                .as("a refused transfer leaves nothing behind")
                .isZero();

        CaseApi.Response started = sender.post(transfers, transfer(CaseApi.OTHER_URN, "2026-12-01"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String transferId = started.json().get("transferId").asText();
        assertThat(started.header("Location")).isEqualTo("/api/transfers/" + transferId);
        assertProblem(sender.post(transfers, transfer(CaseApi.OTHER_URN, "2026-12-02")), 409, "transfer-already-open");

        await().atMost(PATIENCE)
                .until(() -> receiver.get("/api/transfers?direction=incoming")
                        .json()
                        .findValuesAsText("transferId")
                        .contains(transferId));
        JsonNode record = receiver.get("/api/transfers/" + transferId).json();
        assertThat(record.at("/personalDetails/givenName").asText()).isEqualTo("Amira");
        assertThat(record.at("/fromCaseReference").asText()).startsWith("HBA-");
        assertThat(record.at("/record/child/ref").asText()).isEqualTo("child-1");
        assertThat(record.at("/record/otherChildRefs").toString()).isEqualTo("[\"child-2\",\"child-3\"]");
        assertThat(record.at("/record/timeline").size()).isGreaterThanOrEqualTo(2);
        assertThat(record.toString())
                .as("other children appear as refs only, never by who they are")
                .doesNotContain("Okoro", "2013-05-02");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND what = 'transferred-child-record'"
                                + " AND actor_org = ?",
                        Long.class,
                        transferId,
                        CaseApi.OTHER_URN))
                .as("opening the record is recorded")
                .isOne();
        assertThat(jdbc.queryForObject(
                        "SELECT school_urn FROM case_key WHERE case_id = ?::uuid", String.class, transferId))
                .as("the identity is held under the receiving record's own key")
                .isEqualTo(CaseApi.OTHER_URN);

        for (CaseApi outsider : new CaseApi[] {sender, new CaseApi(port, THIRD_URN, "SCHOOL_DSL")}) {
            assertThat(outsider.get("/api/transfers/" + transferId).status()).isEqualTo(404);
            assertThat(outsider.post("/api/transfers/" + transferId + "/receipt", "{}")
                            .status())
                    .isEqualTo(404);
            assertThat(outsider.get("/api/transfers?direction=incoming").json().findValuesAsText("transferId"))
                    .doesNotContain(transferId);
        }
        CaseApi police = new CaseApi(port, "MPS", "POLICE_LIAISON");
        assertThat(police.get("/api/transfers/" + transferId).status()).isEqualTo(404);
        assertThat(police.get("/api/transfers").json()).isEmpty();
        assertThat(police.post("/api/transfers/" + transferId + "/receipt", "{}")
                        .status())
                .isEqualTo(403);

        CaseApi.Response receipt = receiver.post("/api/transfers/" + transferId + "/receipt", "{}");
        assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
        assertThat(receipt.json().get("alreadyConfirmed").asBoolean()).isFalse();
        CaseApi.Response again = receiver.post("/api/transfers/" + transferId + "/receipt", "{}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().get("alreadyConfirmed").asBoolean()).isTrue();
        assertThat(again.json().get("confirmedAt").asText())
                .isEqualTo(receipt.json().get("confirmedAt").asText());

        await().atMost(PATIENCE)
                .until(() -> !sender.get("/api/cases/" + caseId)
                        .json()
                        .at("/transfers/0/receivedAt")
                        .isNull());
        JsonNode sent = sender.get("/api/cases/" + caseId).json().at("/transfers/0");
        assertThat(sent.get("toSchoolUrn").asText()).isEqualTo(CaseApi.OTHER_URN);
        assertThat(sent.get("receiptDueAt").asText()).isEqualTo("2026-12-08T00:00:00Z");
        assertThat(sent.get("overdue").asBoolean()).isFalse();
        assertThat(sender.get("/api/transfers?direction=outgoing").json().findValuesAsText("transferId"))
                .contains(transferId);
        assertThat(sender.get("/api/cases?filter=TRANSFER_OVERDUE").json().findValuesAsText("caseId"))
                .doesNotContain(caseId);
        await("the receipt on the sender's timeline")
                .atMost(PATIENCE)
                .untilAsserted(() -> assertThat(sender.get("/api/cases/" + caseId + "/timeline")
                                .json()
                                .findValuesAsText("type"))
                        .contains("ChildRecordTransferStarted", "ChildRecordTransferReceiptConfirmed"));
        CaseApi.Response sideways = receiver.get("/api/transfers?direction=sideways");
        assertThat(sideways.status()).isEqualTo(400);
        assertThat(sideways.body()).contains("/problems/invalid-request", "\"field\":\"direction\"");
    }

    @Test
    void theSendingSchoolIsRemindedWhenNoReceiptArrivesWithinFiveSchoolDays() {
        CaseApi sender = new CaseApi(port, CaseApi.URN, "SCHOOL_DSL");
        String caseId = readableCaseWithThirdChild(sender);

        CaseApi.Response started =
                sender.post("/api/cases/" + caseId + "/children/child-2/transfers", transfer(THIRD_URN, "2026-01-05"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);

        await().atMost(PATIENCE)
                .until(() -> sender.get("/api/cases/" + caseId)
                        .json()
                        .at("/transfers/0/overdue")
                        .asBoolean());
        assertThat(sender.get("/api/cases/" + caseId + "/timeline").json().findValuesAsText("type"))
                .contains("ChildRecordTransferOverdue");
        assertThat(sender.get("/api/cases?filter=TRANSFER_OVERDUE").json().findValuesAsText("caseId"))
                .contains(caseId);
    }

    @Test
    void noRecordIsSentOnceTheIdentitiesAreErased() {
        CaseApi sender = new CaseApi(port, CaseApi.URN, "SCHOOL_DSL");
        String caseId = readableCaseWithThirdChild(sender);
        assertThat(sender.post(
                                "/api/cases/" + caseId + "/personal-details/erasure",
                                "{\"reason\": \"Subject access and erasure request upheld by the school's DPO.\"}")
                        .status())
                .isEqualTo(204);

        assertProblem(
                sender.post(
                        "/api/cases/" + caseId + "/children/child-1/transfers",
                        transfer(CaseApi.OTHER_URN, "2026-12-01")),
                409,
                "personal-details-already-erased");
    }

    @Test
    void aReceivedRecordIsKeptUntilItsOwnChildsBirthYearPlus25AndOneReceivedUndatedIsDatedByTheJob() {
        CaseApi sender = new CaseApi(port, CaseApi.URN, "SCHOOL_DSL");
        String caseId = readableCaseWithThirdChild(sender);
        CaseApi.Response named = sender.post(
                "/api/cases/" + caseId + "/children/child-1/transfers", transfer(CaseApi.OTHER_URN, "2026-12-01"));
        CaseApi.Response unnamed =
                sender.post("/api/cases/" + caseId + "/children/child-2/transfers", transfer(THIRD_URN, "2026-12-01"));
        assertThat(named.status()).as(named.body()).isEqualTo(201);
        assertThat(unnamed.status()).as(unnamed.body()).isEqualTo(201);
        String namedRecord = named.json().get("transferId").asText();
        String unnamedRecord = unnamed.json().get("transferId").asText();

        assertThat(keptUntil(namedRecord)).as("child-1 born in 2012").isEqualTo(LocalDate.of(2037, 12, 31));
        assertThat(keptUntil(unnamedRecord))
                .as("child-2, no date of birth, 15 when it came to light in 2026")
                .isEqualTo(LocalDate.of(2036, 12, 31));

        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM transferred_child_record WHERE transfer_id IN (?::uuid, ?::uuid)",
                                Integer.class,
                                namedRecord,
                                unnamedRecord)
                        == 2);
        jdbc.update(
                "UPDATE case_key SET retain_until = NULL WHERE case_id IN (?::uuid, ?::uuid)",
                namedRecord,
                unnamedRecord);

        RetentionErasure.Run run = retention.run();

        assertThat(run.dated()).isGreaterThanOrEqualTo(2);
        assertThat(keptUntil(namedRecord)).isEqualTo(LocalDate.of(2037, 12, 31));
        assertThat(keptUntil(unnamedRecord)).isEqualTo(LocalDate.of(2036, 12, 31));
    }

    @Test
    void aTransferStartedTheMomentTheCaseIsReportedWaitsForTheCaseToBeReadable() throws Exception {
        CaseApi sender = new CaseApi(port, CaseApi.URN, "SCHOOL_DSL");
        StreamingEventProcessor views = processing
                .eventProcessor(CaseViewProjection.PROCESSING_GROUP, StreamingEventProcessor.class)
                .orElseThrow();
        views.shutDown();
        try {
            String caseId = sender.report(CHILD_1);
            CompletableFuture<CaseApi.Response> started = CompletableFuture.supplyAsync(() -> sender.post(
                    "/api/cases/" + caseId + "/children/child-1/transfers", transfer(CaseApi.OTHER_URN, "2026-12-01")));
            Thread.sleep(1_000);
            assertThat(started)
                    .as("the transfer waits while the case is not readable")
                    .isNotDone();
            views.start();
            CaseApi.Response response = started.get(60, TimeUnit.SECONDS);
            assertThat(response.status()).as(response.body()).isEqualTo(201);
        } finally {
            if (!views.isRunning()) {
                views.start();
            }
        }
    }

    @Test
    void aReceivedRecordPastItsRetentionIsErasedByTheJobWithAnEventAndNoLongerComesUpDaily() {
        CaseApi sender = new CaseApi(port, CaseApi.URN, "SCHOOL_DSL");
        CaseApi receiver = new CaseApi(port, CaseApi.OTHER_URN, "SCHOOL_DSL");
        String caseId = readableCaseWithThirdChild(sender);
        CaseApi.Response sent = sender.post(
                "/api/cases/" + caseId + "/children/child-1/transfers", transfer(CaseApi.OTHER_URN, "2026-12-01"));
        assertThat(sent.status()).as(sent.body()).isEqualTo(201);
        String record = sent.json().get("transferId").asText();
        await().atMost(PATIENCE)
                .until(() -> receiver.get("/api/transfers/" + record)
                        .json()
                        .toString()
                        .contains("Hackney"));
        // As if the child had been born in 1999: its record is kept until the end of 2024.
        jdbc.update("UPDATE case_key SET retain_until = DATE '2024-12-31' WHERE case_id = ?::uuid", record);
        Clock afterRetention = Clock.fixed(Instant.parse("2025-01-02T09:00:00Z"), ZoneOffset.UTC);

        RetentionErasure.Run run = job(afterRetention).run();

        assertThat(run.erased()).extracting(id -> id.value().toString()).contains(record);
        assertThat(run.erased()).extracting(id -> id.value().toString()).doesNotContain(caseId);
        String erasure = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%ReceivedChildRecordErasedEvent'""", String.class, record);
        assertThat(erasure)
                .contains("\"casebridge:retention\"", "\"SYSTEM\"", "\"" + CaseApi.OTHER_URN + "\"")
                .contains("Retention period ended (school child protection record: date of birth + 25 years)");
        assertThat(jdbc.queryForObject(
                        "SELECT key_material IS NULL FROM case_key WHERE case_id = ?::uuid", Boolean.class, record))
                .as("the record's key is destroyed")
                .isTrue();
        await().atMost(PATIENCE).untilAsserted(() -> {
            String read = receiver.get("/api/transfers/" + record).json().toString();
            assertThat(read).doesNotContain("Amira", "Hackney");
            assertThat(read).contains("Erased with the case's personal details");
        });
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM transferred_child_record WHERE transfer_id = ?::uuid"
                                + " AND (reason LIKE '%Hackney%' OR record::text LIKE '%Hackney%')",
                        Integer.class, record))
                .as("no copy of the sender's words is left in the read model")
                .isZero();
        assertThat(job(afterRetention).run().erased())
                .extracting(id -> id.value().toString())
                .as("an erased record is not found again")
                .doesNotContain(record);
        assertThat(jdbc.queryForObject(
                        "SELECT key_material IS NOT NULL FROM case_key WHERE case_id = ?::uuid", Boolean.class, caseId))
                .as("the sending school's own case keeps its key")
                .isTrue();
    }

    private RetentionErasure job(Clock clock) {
        return new RetentionErasure(vault, personalDetails, transfers, schedule, jdbc, clock, meters);
    }

    private LocalDate keptUntil(String keyId) {
        return jdbc.queryForObject("SELECT retain_until FROM case_key WHERE case_id = ?::uuid", LocalDate.class, keyId);
    }

    /** The standard case, with child-3 (named) added, once the read model shows child-3. */
    private String readableCaseWithThirdChild(CaseApi dsl) {
        String caseId = dsl.report(CHILD_1);
        CaseApi.Response added = dsl.post("/api/cases/" + caseId + "/children", """
                {"child": {"ref": "child-3", "age": 13, "yearGroup": "Year 8", "roles": ["RECEIVED"],
                           "personalDetails": {"givenName": "Sam", "familyName": "Okoro",
                                               "dateOfBirth": "2013-05-02"}},
                 "reason": "child-3 came forward on Monday and named child-1 as the sender."}""");
        assertThat(added.status()).as(added.body()).isEqualTo(204);
        await().atMost(PATIENCE)
                .until(() -> dsl.get("/api/cases/" + caseId)
                        .json()
                        .findValuesAsText("ref")
                        .contains("child-3"));
        return caseId;
    }

    private static void assertProblem(CaseApi.Response response, int status, String rule) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asText()).endsWith("/" + rule);
    }
}
