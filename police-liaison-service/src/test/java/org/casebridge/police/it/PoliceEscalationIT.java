package org.casebridge.police.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.police.it.PoliceRequests.crime;
import static org.casebridge.police.it.PoliceRequests.noFactors;
import static org.casebridge.police.it.PoliceRequests.role;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.events.Topics;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.kafka.CloudEventCodec;
import org.casebridge.platform.test.KafkaTestRecords;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A school referral through the police service on real PostgreSQL and Kafka, and back out on the police topic. */
class PoliceEscalationIT extends PoliceApiIntegrationTest {

    static final String FORCE = "WMP";
    static final Actor OFFICER = new Actor("pc-4411", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SECOND_OFFICER = new Actor("pc-5120", Actor.Role.POLICE_LIAISON, FORCE);
    static final Actor SUPERVISOR = new Actor("ps-0917", Actor.Role.POLICE_SUPERVISOR, FORCE);
    static final Actor OTHER_FORCE = new Actor("pc-0001", Actor.Role.POLICE_LIAISON, "MPS");
    static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    MeterRegistry meters;

    private final CloudEventCodec codec = new CloudEventCodec();

    ReferralMadeEvent referral(String caseId, List<String> criteria) {
        return new ReferralMadeEvent(
                caseId,
                "137001",
                "E08000025",
                FORCE,
                List.of("POLICE", "CHILDRENS_SOCIAL_CARE"),
                criteria,
                List.of(
                        new ChildSummary("child-1", 14, "Year 9", List.of("PICTURED")),
                        new ChildSummary("child-2", 14, "Year 9", List.of("RECEIVED", "SHARED"))),
                Instant.now().minusSeconds(3600));
    }

    ProducerRecord<String, byte[]> asCaseServiceWouldPublish(ReferralMadeEvent referral, String eventId) {
        return codec.encode(
                Topics.SCHOOL_EVENTS, URI.create("/casebridge/case-service"), eventId, Instant.now(), referral);
    }

    String referToPolice(List<String> criteria) throws Exception {
        String caseId = UUID.randomUUID().toString();
        kafka.send(asCaseServiceWouldPublish(
                        referral(caseId, criteria), UUID.randomUUID().toString()))
                .get();
        awaitInInbox(caseId);
        return caseId;
    }

    void awaitInInbox(String caseId) {
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(
                                api().get(OFFICER, "/api/escalations/" + caseId).getStatusCode())
                        .isEqualTo(HttpStatus.OK));
    }

    double duplicatesSkipped() {
        return meters.find("casebridge.events.duplicates").counters().stream()
                .mapToDouble(c -> c.count())
                .sum();
    }

    @Test
    void aReferralDeliveredTwiceAppearsInTheInboxOnce() throws Exception {
        String caseId = UUID.randomUUID().toString();
        String eventId = UUID.randomUUID().toString();
        double duplicatesBefore = duplicatesSkipped();
        ProducerRecord<String, byte[]> record = asCaseServiceWouldPublish(referral(caseId, List.of()), eventId);

        kafka.send(record).get();
        kafka.send(asCaseServiceWouldPublish(referral(caseId, List.of()), eventId))
                .get();

        awaitInInbox(caseId);
        await().atMost(WAIT).until(() -> duplicatesSkipped() > duplicatesBefore);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM processed_event WHERE consumer = 'escalations'" + " AND event_id = ?",
                        Integer.class,
                        eventId))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?",
                        Integer.class,
                        caseId))
                .isEqualTo(1);
        ResponseEntity<String> inbox = api().get(OFFICER, "/api/escalations?status=new&sort=due");
        assertThat(inbox.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(inbox.getBody()).findValuesAsText("caseId")).containsOnlyOnce(caseId);
        JsonNode line = line(inbox.getBody(), caseId);
        assertThat(line.get("children").asInt()).isEqualTo(2);
        assertThat(line.get("strategyMeetingClock").get("state").asText()).isEqualTo("RUNNING");
    }

    @Test
    void theInboxCanShowWhatHasJustArrivedFirstAndOnlyTheFirstFew() throws Exception {
        String earlier = referToPolice(List.of());
        String later = referToPolice(List.of());

        List<String> arrived = json.readTree(api().get(OFFICER, "/api/escalations?status=new&sort=arrived")
                        .getBody())
                .findValuesAsText("caseId");
        assertThat(arrived).containsSubsequence(later, earlier);
        ResponseEntity<String> firstTwo = api().get(OFFICER, "/api/escalations?status=new&sort=arrived&limit=2");
        assertThat(firstTwo.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(firstTwo.getBody()).findValuesAsText("caseId"))
                .containsExactlyElementsOf(arrived.subList(0, 2));

        for (String bad : List.of("0", "501", "-1", "ten", "1.5", "99999999999")) {
            ResponseEntity<String> refused = api().get(OFFICER, "/api/escalations?limit=" + bad);
            assertThat(refused.getStatusCode()).as("limit=%s", bad).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(refused.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
            assertThat(refused.getBody())
                    .contains("limit must be a whole number from 1 to 500")
                    .contains("/problems/invalid-request")
                    .contains("\"field\":\"limit\"");
        }
    }

    @Test
    void theInboxAndTheEscalationNameTheSchoolFromTheSchoolReferenceData() throws Exception {
        String known = UUID.randomUUID().toString();
        ReferralMadeEvent template = referral(known, List.of());
        kafka.send(asCaseServiceWouldPublish(
                        new ReferralMadeEvent(
                                known,
                                "100001",
                                "E09000012",
                                FORCE,
                                template.referredTo(),
                                template.criteriaMet(),
                                template.children(),
                                template.referredAt()),
                        UUID.randomUUID().toString()))
                .get();
        awaitInInbox(known);
        String unknown = referToPolice(List.of());

        JsonNode inbox = json.readTree(
                api().get(OFFICER, "/api/escalations?status=new&sort=due").getBody());
        assertThat(line(inbox.toString(), known).get("schoolUrn").asText()).isEqualTo("100001");
        assertThat(line(inbox.toString(), known).get("schoolName").asText()).isEqualTo("Clapton Park Academy");
        assertThat(line(inbox.toString(), unknown).get("schoolName").asText())
                .as("a school missing from the reference data")
                .isEqualTo("School 137001");
        JsonNode detail =
                json.readTree(api().get(OFFICER, "/api/escalations/" + known).getBody());
        assertThat(detail.get("schoolName").asText()).isEqualTo("Clapton Park Academy");
        assertThat(detail.get("schoolUrn").asText()).isEqualTo("100001");
    }

    @Test
    void anUnknownInboxFilterIsABadRequest() {
        assertThat(api().get(OFFICER, "/api/escalations?status=urgent").getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
    }

    @Test
    void anotherForceDoesNotSeeTheEscalation() throws Exception {
        String caseId = referToPolice(List.of());

        assertThat(api().get(OTHER_FORCE, "/api/escalations/" + caseId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().post(OTHER_FORCE, "/api/escalations/" + caseId + "/acceptance", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(json.readTree(api().get(OTHER_FORCE, "/api/escalations").getBody())
                        .findValuesAsText("caseId"))
                .doesNotContain(caseId);
        assertThat(api().get(OTHER_FORCE, "/api/escalations/" + caseId + "/devices")
                        .getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND actor_org = 'MPS'",
                        Integer.class,
                        caseId))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM access_log WHERE case_id = ? AND actor_id = ?"
                                + " AND what = 'escalation'",
                        Integer.class,
                        caseId,
                        OFFICER.id()))
                .isPositive();
    }

    @Test
    void aTransferMovesTheEscalationToTheOtherForcesInbox() throws Exception {
        String caseId = referToPolice(List.of());
        Actor dyfedPowys = new Actor("pc-77", Actor.Role.POLICE_LIAISON, "DPP");

        assertThat(api().post(
                                OFFICER,
                                "/api/escalations/" + caseId + "/transfer",
                                Map.of(
                                        "toForceCode",
                                        "DPP",
                                        "reason",
                                        "The children live and go to school in Dyfed-Powys"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(json.readTree(api().get(dyfedPowys, "/api/escalations?status=new")
                                        .getBody())
                                .findValuesAsText("caseId"))
                        .contains(caseId));
        assertThat(api().get(OFFICER, "/api/escalations/" + caseId).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(api().post(dyfedPowys, "/api/escalations/" + caseId + "/acceptance", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        JsonNode transferred = json.readTree(
                firstRecord(Topics.POLICE_EVENTS, caseId, "org.casebridge.police.escalation-transferred.v1")
                        .value());
        assertThat(transferred.get("toForceCode").asText()).isEqualTo("DPP");
        assertThat(transferred.toString()).doesNotContain("Dyfed-Powys");
    }

    @Test
    void twoOfficersAcceptingAtOnceOneWinsAndTheOtherLearnsWho() throws Exception {
        String caseId = referToPolice(List.of());

        List<ResponseEntity<String>> responses = atOnce(
                () -> api().post(OFFICER, "/api/escalations/" + caseId + "/acceptance", null),
                () -> api().post(SECOND_OFFICER, "/api/escalations/" + caseId + "/acceptance", null));

        assertThat(responses).extracting(r -> r.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
        ResponseEntity<String> conflict = responses.stream()
                .filter(r -> r.getStatusCode().value() == 409)
                .findFirst()
                .orElseThrow();
        String winner = responses.get(0).getStatusCode().value() == 204 ? OFFICER.id() : SECOND_OFFICER.id();
        assertThat(conflict.getHeaders().getContentType().toString()).contains("problem+json");
        assertThat(json.readTree(conflict.getBody()).get("acceptedBy").asText()).isEqualTo(winner);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%EscalationAcceptedEvent'",
                        Integer.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void anOutcome21SignedOffBySupervisorReachesThePoliceTopicWithoutPersonalData() throws Exception {
        String caseId = referToPolice(List.of());
        String base = "/api/escalations/" + caseId;
        String rationale = "Consensual exchange between peers; the school is supporting both children";

        assertThat(api().post(
                                OFFICER,
                                base + "/outcome-proposal",
                                Map.of("outcome", "OUTCOME_21", "rationale", rationale))
                        .getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
        accept(caseId);
        assertThat(api().post(OFFICER, base + "/crime", crime()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api().post(OFFICER, base + "/aggravating-factors", noFactors())
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(api().post(
                                OFFICER,
                                base + "/outcome-proposal",
                                Map.of("outcome", "OUTCOME_21", "rationale", rationale))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        ResponseEntity<String> selfSignOff = api().post(
                        new Actor(OFFICER.id(), Actor.Role.POLICE_SUPERVISOR, FORCE),
                        base + "/outcome-proposal/sign-off",
                        null);
        assertThat(selfSignOff.getStatusCode().value()).isEqualTo(422);
        assertThat(json.readTree(selfSignOff.getBody()).get("type").asText())
                .isEqualTo("https://casebridge.org/problems/four-eyes-sign-off");
        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(json.readTree(api().get(SUPERVISOR, "/api/sign-off-queue")
                                        .getBody())
                                .findValuesAsText("caseId"))
                        .contains(caseId));
        assertThat(api().post(SUPERVISOR, base + "/outcome-proposal/sign-off", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);

        ConsumerRecord<String, byte[]> published =
                firstRecord(Topics.POLICE_EVENTS, caseId, "org.casebridge.police.outcome-assigned.v1");
        String data = new String(published.value(), StandardCharsets.UTF_8);
        assertThat(json.readTree(data).get("outcome").asText()).isEqualTo("OUTCOME_21");
        assertThat(json.readTree(data).get("homeOfficeCode").asText()).isEqualTo("21");
        assertThat(data).doesNotContain(rationale).doesNotContain("pc-4411").doesNotContain("ps-0917");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode detail = json.readTree(api().get(OFFICER, base).getBody());
            assertThat(detail.get("outcome").get("status").asText()).isEqualTo("ASSIGNED");
            assertThat(detail.get("outcome").get("signedOffBy").asText()).isEqualTo(SUPERVISOR.id());
        });
    }

    @Test
    void twoSupervisorsSigningOffAtOnceAssignTheOutcomeOnce() throws Exception {
        String caseId = referToPolice(List.of());
        String base = "/api/escalations/" + caseId;
        accept(caseId);
        api().post(
                        OFFICER,
                        base + "/crime",
                        crime("86/10", role("child-1", "VICTIM"), role("child-2", "PERSON_INVOLVED")));
        api().post(OFFICER, base + "/aggravating-factors", noFactors());
        assertThat(api().post(
                                OFFICER,
                                base + "/outcome-proposal",
                                Map.of(
                                        "outcome",
                                        "OUTCOME_22",
                                        "diversionaryActivity",
                                        "Healthy relationships programme"))
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        Actor otherSupervisor = new Actor("ps-2211", Actor.Role.POLICE_SUPERVISOR, FORCE);

        List<ResponseEntity<String>> responses = atOnce(
                () -> api().post(SUPERVISOR, base + "/outcome-proposal/sign-off", null),
                () -> api().post(otherSupervisor, base + "/outcome-proposal/sign-off", null));

        assertThat(responses).extracting(r -> r.getStatusCode().value()).containsExactlyInAnyOrder(204, 409);
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM domain_event_entry WHERE aggregate_identifier = ?"
                                + " AND payload_type LIKE '%OutcomeAssignedEvent'",
                        Integer.class, caseId))
                .isEqualTo(1);
    }

    @Test
    void badInputGetsAProblemNamingTheFieldAndImageryIsRefused() throws Exception {
        String caseId = referToPolice(List.of());
        accept(caseId);

        ResponseEntity<String> invalid = api().post(
                        OFFICER,
                        "/api/escalations/" + caseId + "/crime",
                        Map.of("classification", "99/99", "crimeReference", "", "childRoles", List.of()));
        assertThat(invalid.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(invalid.getBody()).findValuesAsText("field"))
                .contains("classification", "crimeReference", "childRoles");

        HttpHeaders image = PoliceApi.headers(OFFICER);
        image.setContentType(MediaType.IMAGE_PNG);
        ResponseEntity<String> upload = http.exchange(
                "/api/escalations/" + caseId + "/devices",
                HttpMethod.POST,
                new HttpEntity<>(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, image),
                String.class);
        assertThat(upload.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM police_device WHERE case_id = ?", Integer.class, caseId))
                .isZero();
    }

    @Test
    void theApiIsDocumentedWithOpenApi() {
        ResponseEntity<String> docs = http.getForEntity("/v3/api-docs", String.class);

        assertThat(docs.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(docs.getBody())
                .contains(
                        "/api/escalations/{caseId}/acceptance",
                        "/api/escalations/{caseId}/strategy-meetings/{meetingId}/actions/{actionId}/completion",
                        "/api/escalations/{caseId}/devices/{deviceId}/caid",
                        "20/123456/26");
    }

    /** Sends the requests from two threads released together, and returns the answers in the same order. */
    @SafeVarargs
    private static List<ResponseEntity<String>> atOnce(Callable<ResponseEntity<String>>... requests) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            List<Future<ResponseEntity<String>>> answers = new ArrayList<>();
            for (Callable<ResponseEntity<String>> request : requests) {
                answers.add(threads.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<ResponseEntity<String>> responses = new ArrayList<>();
            for (Future<ResponseEntity<String>> answer : answers) {
                responses.add(answer.get());
            }
            return responses;
        } finally {
            threads.shutdownNow();
        }
    }

    private void accept(String caseId) {
        assertThat(api().post(OFFICER, "/api/escalations/" + caseId + "/acceptance", null)
                        .getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
    }

    private JsonNode line(String inbox, String caseId) throws Exception {
        for (JsonNode node : json.readTree(inbox)) {
            if (node.get("caseId").asText().equals(caseId)) {
                return node;
            }
        }
        throw new AssertionError("No inbox line for " + caseId);
    }

    static ConsumerRecord<String, byte[]> firstRecord(String topic, String key, String type) {
        return KafkaTestRecords.first(
                topic,
                record -> key.equals(record.key()) && type.equals(KafkaTestRecords.header(record, "ce_type")),
                WAIT);
    }

    static String header(ConsumerRecord<String, byte[]> record, String name) {
        return KafkaTestRecords.header(record, name);
    }
}
