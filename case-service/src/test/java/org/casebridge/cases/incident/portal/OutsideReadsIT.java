package org.casebridge.cases.incident.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.cases.CaseApi;
import org.casebridge.cases.CaseIntegrationTest;
import org.casebridge.cases.IncomingEvents;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.events.agency.CaseReadByAgencyEvent;
import org.casebridge.events.police.CaseReadByPoliceEvent;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;

/**
 * Who outside the school read its case (ADR 0070): the police's and the agencies' case-read events are received once
 * each (the same event twice is one line), a malformed one or one naming another school is dead-lettered, and the DSL
 * reads them in words on the case page and at {@code /api/cases/{id}/outside-reads}, which another school cannot
 * read and which is itself recorded.
 */
@CaseIntegrationTest
@AutoConfigureMockMvc
class OutsideReadsIT extends CasePortalSteps {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String SAFEGUARDING = "UK_GDPR/PUBLIC_TASK/SCH1_PARA_18";
    private static final String LAW_ENFORCEMENT = "DPA_2018_PART_3/S35_2_B/SCH8_PARA_4";

    @Test
    void thePolicesAndAgenciesReadsAreShownOnceEachInWordsToTheSchoolOnly() throws Exception {
        CaseApi dsl = CaseApi.dsl(port);
        String caseId = dsl.report(null);
        Instant readAt = Instant.parse("2026-11-30T09:05:00Z");
        String policeRead = UUID.randomUUID().toString();
        CaseReadByPoliceEvent officer = new CaseReadByPoliceEvent(
                caseId,
                "WMP",
                CaseApi.URN,
                "WMP",
                "POLICE_FORCE",
                "POLICE_LIAISON",
                "ESCALATION",
                LAW_ENFORCEMENT,
                readAt);
        publish(Topics.POLICE_EVENTS, Topics.POLICE_SOURCE, policeRead, officer);
        publish(Topics.POLICE_EVENTS, Topics.POLICE_SOURCE, policeRead, officer);
        publish(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                UUID.randomUUID().toString(),
                new CaseReadByAgencyEvent(
                        caseId,
                        CaseApi.URN,
                        "csc-birmingham",
                        "AGENCY",
                        "AGENCY",
                        "SHARED_INFORMATION",
                        SAFEGUARDING,
                        readAt.plusSeconds(3600)));

        await().atMost(PATIENCE)
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM case_outside_read WHERE case_id = ?::uuid", Integer.class, caseId)
                        == 2);
        await().during(Duration.ofSeconds(3))
                .atMost(Duration.ofSeconds(10))
                .until(() -> jdbc.queryForObject(
                                "SELECT count(*) FROM case_outside_read WHERE case_id = ?::uuid", Integer.class, caseId)
                        == 2);

        CaseApi.Response answer = dsl.get("/api/cases/" + caseId + "/outside-reads");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        JsonNode reads = answer.json();
        assertThat(reads).hasSize(2);
        assertThat(reads.get(0).get("organisationCode").asText()).isEqualTo("csc-birmingham");
        assertThat(reads.get(0).get("organisation").asText()).isEqualTo("Birmingham Children's Trust (demo)");
        assertThat(reads.get(0).get("record").asText()).isEqualTo("What was shared with the agency");
        assertThat(reads.get(1).get("organisation").asText()).isEqualTo("West Midlands Police");
        assertThat(reads.get(1).get("role").asText()).isEqualTo("Police liaison officer");
        assertThat(reads.get(1).get("record").asText()).isEqualTo("The police escalation");
        assertThat(reads.get(1).get("when").asText()).isEqualTo("30 November 2026 at 09:05");
        assertThat(reads.get(1).get("lawfulBasis").asText()).startsWith("DPA 2018 Part 3");
        assertThat(answer.body()).doesNotContain("pc-", "dsl-");

        assertThat(dsl.as(CaseApi.OTHER_URN, "SCHOOL_DSL")
                        .get("/api/cases/" + caseId + "/outside-reads")
                        .status())
                .isEqualTo(404);
        assertThat(dsl.as("WMP", "POLICE_LIAISON")
                        .get("/api/cases/" + caseId + "/outside-reads")
                        .status())
                .isEqualTo(404);
        assertThat(dsl.as(CaseApi.URN, "AUDITOR")
                        .get("/api/cases/" + caseId + "/outside-reads")
                        .status())
                .isEqualTo(200);
        assertThat(jdbc.queryForList(
                        "SELECT actor_role FROM access_log WHERE case_id = ? AND what = 'case-outside-reads'",
                        String.class,
                        caseId))
                .containsExactlyInAnyOrder("SCHOOL_DSL", "AUDITOR");

        assertThat(page(get("/portal/cases/" + caseId).with(user("dsl.reads", "SCHOOL_DSL", CaseApi.URN))))
                .contains(
                        "Who outside the school has read this case",
                        "id=\"case-outside-reads\"",
                        "West Midlands Police",
                        "Police liaison officer",
                        "The police escalation",
                        "30 November 2026 at 09:05",
                        "Birmingham Children&#39;s Trust (demo)");
    }

    @Test
    void aReadNamingAnotherSchoolOrWithoutItsCodesIsDeadLetteredAndShowsNothing() throws Exception {
        CaseApi dsl = CaseApi.dsl(port);
        String caseId = dsl.report(null);
        publish(
                Topics.POLICE_EVENTS,
                Topics.POLICE_SOURCE,
                UUID.randomUUID().toString(),
                new CaseReadByPoliceEvent(
                        caseId,
                        "WMP",
                        CaseApi.OTHER_URN,
                        "WMP",
                        "POLICE_FORCE",
                        "POLICE_LIAISON",
                        "ESCALATION",
                        LAW_ENFORCEMENT,
                        Instant.now()));
        publish(
                AgencyTopic.AGENCY_EVENTS,
                AgencyTopic.AGENCY_SOURCE,
                UUID.randomUUID().toString(),
                new CaseReadByAgencyEvent(
                        caseId,
                        CaseApi.URN,
                        "WMP",
                        "POLICE_FORCE",
                        "POLICE_LIAISON",
                        "ESCALATION",
                        SAFEGUARDING,
                        Instant.now()));
        publishRaw(AgencyTopic.AGENCY_EVENTS, AgencyTopic.AGENCY_SOURCE, caseId, """
                {"caseId": "%s", "schoolUrn": "%s", "readerKind": "AGENCY"}""".formatted(caseId, CaseApi.URN));

        List<String> reasons = IncomingEvents.parkedBecause(
                Topics.POLICE_EVENTS, r -> caseId.equals(r.key()) && outsideReads(r), 1, PATIENCE);
        assertThat(reasons).anySatisfy(reason -> assertThat(reason).contains("names another school"));
        List<String> agencyReasons = IncomingEvents.parkedBecause(
                AgencyTopic.AGENCY_EVENTS, r -> caseId.equals(r.key()) && outsideReads(r), 2, PATIENCE);
        assertThat(agencyReasons)
                .anySatisfy(reason -> assertThat(reason).contains("of a kind its publisher does not hold"))
                .anySatisfy(reason -> assertThat(reason).contains("lacks a code or its time"));
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM case_outside_read WHERE case_id = ?::uuid", Integer.class, caseId))
                .isZero();
        assertThat(page(get("/portal/cases/" + caseId).with(user("dsl.reads", "SCHOOL_DSL", CaseApi.URN))))
                .contains("Nobody outside the school has read this case");
    }

    /** Dead-lettered by the outside-reads consumer (its group is renamed per test JVM). */
    private static boolean outsideReads(ConsumerRecord<String, byte[]> record) {
        String group = KafkaTestRecords.header(record, "kafka_dlt-original-consumer-group");
        return group != null && group.startsWith("case-service-outside-reads");
    }

    private void publish(String topic, String source, String id, IntegrationEvent event) throws Exception {
        try (KafkaProducer<String, byte[]> producer = IncomingEvents.producer()) {
            producer.send(codec.encode(topic, URI.create(source), id, Instant.now(), event))
                    .get();
        }
    }

    /** A record with the headers of an agency case-read whose data lacks most of its fields. */
    private void publishRaw(String topic, String source, String caseId, String data) throws Exception {
        CaseReadByAgencyEvent shape = new CaseReadByAgencyEvent(
                caseId, CaseApi.URN, "csc-birmingham", "AGENCY", "AGENCY", "REFERRAL", SAFEGUARDING, Instant.now());
        ProducerRecord<String, byte[]> encoded =
                codec.encode(topic, URI.create(source), UUID.randomUUID().toString(), Instant.now(), shape);
        try (KafkaProducer<String, byte[]> producer = IncomingEvents.producer()) {
            producer.send(new ProducerRecord<>(
                            topic, null, caseId, data.getBytes(StandardCharsets.UTF_8), encoded.headers()))
                    .get();
        }
    }
}
