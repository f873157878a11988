package org.casebridge.cases.retention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.MeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseApiSteps;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.incident.api.CaseId;
import org.casebridge.cases.personaldetails.PersonalDetailsService;
import org.casebridge.cases.personaldetails.PersonalDetailsVault;
import org.casebridge.cases.retention.erasure.RetentionErasure;
import org.casebridge.cases.transfer.handover.ChildRecordTransfers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The retention job (ADR 0053) on real PostgreSQL, with its clock set after the retention of the test's cases ended:
 * their only child was born in 1999, so their personal details are kept until 31 December 2024, while every other
 * test's children were born in this century and stay out of the run.
 */
@CaseIntegrationTest
class RetentionErasureIT extends CaseApiSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final LocalDate KEPT_UNTIL = LocalDate.of(2024, 12, 31);
    private static final Clock AFTER_RETENTION = Clock.fixed(Instant.parse("2025-01-02T09:00:00Z"), ZoneOffset.UTC);
    private static final Clock ON_ITS_LAST_DAY = Clock.fixed(Instant.parse("2024-12-31T20:00:00Z"), ZoneOffset.UTC);
    /** A report of a child born in 1999, whose record the school keeps until the end of 2024 (DOB + 25). */
    static final String BORN_1999 = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "imageryNotes": "Described by the child; not viewed",
             "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT", "mayHaveReachedInternet": false,
             "onSchoolDeviceOrNetwork": false,
             "children": [
               {"ref": "child-1", "age": 17, "yearGroup": "Year 13", "roles": ["PICTURED"], "flags": [],
                "personalDetails": {"givenName": "Nadia", "familyName": "Okafor", "dateOfBirth": "1999-05-01",
                                    "upn": "H801200009001"}}
             ],
             "summary": "child-1 told her tutor that a picture was forwarded"}
            """;

    @Autowired
    PersonalDetailsVault vault;

    @Autowired
    PersonalDetailsService personalDetails;

    @Autowired
    RetentionSchedule schedule;

    @Autowired
    ChildRecordTransfers transfers;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    private CaseApi api;

    @BeforeEach
    void setUp() {
        api = CaseApi.dsl(port);
    }

    @Test
    void aCasePastItsRetentionIsErasedByTheJobAndTheErasureIsAnEvent() {
        String caseId = report();
        assertThat(keptUntil(caseId)).isEqualTo(KEPT_UNTIL);
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(api.get("/api/cases/" + caseId)
                                .json()
                                .path("personalDetailsKeptUntil")
                                .asText())
                        .as("once the read model shows the case")
                        .isEqualTo("2024-12-31"));

        assertThat(job(ON_ITS_LAST_DAY).run().erased())
                .as("kept through its last day")
                .doesNotContain(id(caseId));
        RetentionErasure.Run run = job(AFTER_RETENTION).run();

        assertThat(run.erased()).contains(id(caseId));
        assertThat(api.get("/api/cases/" + caseId + "/personal-details/child-1").status())
                .isEqualTo(404);
        String erasure = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%PersonalDetailsErasedEvent'""", String.class, caseId);
        assertThat(erasure)
                .contains("\"casebridge:retention\"", "\"SYSTEM\"", "\"" + CaseApi.URN + "\"")
                .contains("Retention period ended (school child protection record: date of birth + 25 years)");
        await().atMost(PATIENCE).untilAsserted(() -> {
            var detail = api.get("/api/cases/" + caseId).json();
            assertThat(detail.get("personalDetailsErased").asBoolean()).isTrue();
            assertThat(detail.has("personalDetailsKeptUntil"))
                    .as("kept until no longer")
                    .isFalse();
        });
        assertThat(meters.getObject()
                        .get("casebridge.retention.erasures")
                        .counter()
                        .count())
                .isPositive();
    }

    @Test
    void aCaseUnderALegalHoldIsKeptAndABlockedCaseIsReportedWhileTheOthersAreErased() {
        String held = report();
        assertThat(api.post(
                                "/api/cases/" + held + "/legal-hold",
                                "{\"reason\": \"Solicitor's letter: a civil claim about this is expected.\"}")
                        .status())
                .isEqualTo(204);
        String referred = report();
        assertThat(api.post("/api/cases/" + referred + "/initial-review", CaseApi.reviewJson(true))
                        .status())
                .isEqualTo(204);
        assertThat(api.post("/api/cases/" + referred + "/referral", """
                {"referredTo": ["POLICE"], "reasons": "The sender is believed to be an adult aged 19."}""").status())
                .isEqualTo(204);
        String free = report();

        RetentionErasure.Run run = job(AFTER_RETENTION).run();

        assertThat(run.held()).contains(id(held)).doesNotContain(id(free), id(referred));
        assertThat(run.blocked()).contains(id(referred)).doesNotContain(id(free), id(held));
        assertThat(run.erased()).contains(id(free)).doesNotContain(id(held), id(referred));
        assertThat(vault.hasKey(id(held))).isTrue();
        assertThat(vault.hasKey(id(referred))).isTrue();
        assertThat(vault.hasKey(id(free))).isFalse();
        assertThat(erasures(held) + erasures(referred)).isZero();
    }

    @Test
    void runningTheJobTwiceErasesOnce() {
        String caseId = report();

        RetentionErasure.Run first = job(AFTER_RETENTION).run();
        RetentionErasure.Run second = job(AFTER_RETENTION).run();

        assertThat(first.erased()).contains(id(caseId));
        assertThat(second.erased()).doesNotContain(id(caseId));
        assertThat(second.failed()).isZero();
        assertThat(erasures(caseId)).isEqualTo(1);
    }

    @Test
    void aCaseReportedBeforeTheScheduleIsDatedOnTheNextRunFromItsIdentitiesAndAges() {
        String caseId = CaseApi.dsl(port).report("""
                {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14", "upn": "H801200001001"}""");
        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM case_child WHERE case_id = ?::uuid", Integer.class, caseId)
                        == 2);
        jdbc.update("UPDATE case_key SET retain_until = NULL WHERE case_id = ?::uuid", caseId);

        RetentionErasure.Run run = job(Clock.systemUTC()).run();

        assertThat(run.dated()).isPositive();
        assertThat(keptUntil(caseId))
                .as("child-1 born 2012 is younger than child-2, 15 when it came to light in 2026")
                .isEqualTo(LocalDate.of(2037, 12, 31));
    }

    @Test
    void theJobIsADailyTaskInTheSchedulersTableSoARestartOrAnotherInstanceKeepsIt() {
        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(jdbc.queryForList(
                                "SELECT execution_time FROM scheduled_tasks WHERE task_name = 'retention-erasure'",
                                Timestamp.class))
                        .singleElement()
                        .satisfies(next -> assertThat(next.toInstant()
                                        .atZone(ZoneId.of("Europe/London"))
                                        .toLocalTime())
                                .isEqualTo(LocalTime.of(2, 30))));
    }

    private RetentionErasure job(Clock clock) {
        return new RetentionErasure(vault, personalDetails, transfers, schedule, jdbc, clock, meters);
    }

    private String report() {
        CaseApi.Response created = api.post("/api/cases", BORN_1999);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("caseId").asText();
    }

    private LocalDate keptUntil(String caseId) {
        return jdbc.queryForObject(
                "SELECT retain_until FROM case_key WHERE case_id = ?::uuid", LocalDate.class, caseId);
    }

    private int erasures(String caseId) {
        return jdbc.queryForObject("""
                SELECT count(*) FROM domain_event_entry
                WHERE aggregate_identifier = ? AND payload_type LIKE '%PersonalDetailsErasedEvent'""", Integer.class, caseId);
    }

    private static CaseId id(String caseId) {
        return new CaseId(UUID.fromString(caseId));
    }
}
