package org.casebridge.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.deploy.JourneySteps.initialReview;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * One referral through the three real service jars, on a real PostgreSQL and a real Kafka broker started by the
 * local stack's own launcher: a school reports and refers a case over HTTP, case-service stores it as events and
 * publishes the referral to Kafka, the force's escalation inbox in police-liaison-service lists it, and
 * notification-service delivers it to the subscribed children's social care and records that in its delivery log.
 * The three services export their spans to the test's OTLP receiver: the referral is one trace from the school's
 * request to the agency's delivery (ADR 0040).
 */
@Order(2)
@ExtendWith(WholeStack.class)
class CrossServiceIT {

    /** Hollybank Academy (demo school): Birmingham E08000025, West Midlands Police. */
    private static final String SCHOOL_URN = "103456";

    private static final String LOCAL_AUTHORITY = "E08000025";
    private static final String FORCE = "WMP";
    private static final String AGENCY = "csc-birmingham";
    private static final String SCHOOL_EVENTS = "casebridge.school.events";
    private static final String REFERRAL_MADE = "org.casebridge.school.referral-made.v1";
    private static final List<String> PERSONAL_DATA = List.of("Amira", "Hussain", "2012-03-14", "H801200001001");
    private static final Duration PROPAGATION = Duration.ofSeconds(90);

    @Test
    void aReferralReachesThePoliceInboxAndTheAgencyDeliveryLog(LocalStack stack, OtlpReceiver spans) throws Exception {
        ActorClient school = ActorClient.of(stack, Service.CASE, "school-" + SCHOOL_URN);
        ActorClient police = ActorClient.of(stack, Service.POLICE_LIAISON, "wmp-liaison");
        ActorClient agency = ActorClient.of(stack, Service.NOTIFICATION, "agency-" + AGENCY);
        assertThat(new ActorClient(stack.baseUri(Service.CASE), "not-a-token")
                        .get("/api/cases")
                        .status())
                .as("the services require the identity provider's tokens")
                .isEqualTo(401);

        ActorClient.Reply subscribed = agency.post("/api/subscriptions", """
                {"eventTypes": ["%s"], "areas": ["%s"], "scope": "ALL_IN_AREA",
                 "channel": {"type": "KAFKA"},
                 "lawfulBasis": {"article6": "PUBLIC_TASK", "article9Condition": "DPA 2018 Sch 1 para 18"}}
                """.formatted(REFERRAL_MADE, LOCAL_AUTHORITY));
        assertThat(subscribed.status()).as(subscribed.body()).isEqualTo(201);
        String subscriptionId =
                subscribed.json().get("subscription").get("subscriptionId").asText();

        ActorClient.Reply reported = school.post("/api/cases", REPORT);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String caseId = reported.json().get("caseId").asText();
        assertThat(reported.location()).endsWith("/api/cases/" + caseId);

        ActorClient.Reply reviewed = school.post(
                "/api/cases/" + caseId + "/initial-review", initialReview("Seen separately", "ADULT_INVOLVED"));
        assertThat(reviewed.status()).as(reviewed.body()).isEqualTo(204);
        ActorClient.Reply referred = school.post("/api/cases/" + caseId + "/referral", """
                {"referredTo": ["POLICE", "CHILDRENS_SOCIAL_CARE"],
                 "reasons": "The sender is believed to be an adult."}""");
        assertThat(referred.status()).as(referred.body()).isEqualTo(204);

        assertThat(storedEventTypes(stack, caseId))
                .as("case-service's event store")
                .anyMatch(type -> type.endsWith("IncidentReportedEvent"))
                .anyMatch(type -> type.endsWith("CaseReferredEvent"));

        ConsumerRecord<String, byte[]> published = firstRecordFor(stack, caseId, REFERRAL_MADE);
        assertThat(header(published, "ce_type")).isEqualTo(REFERRAL_MADE);
        assertThat(header(published, "ce_subject")).isEqualTo(caseId);
        assertThat(header(published, "ce_source")).isEqualTo("/casebridge/case-service");
        assertThat(new String(published.value(), StandardCharsets.UTF_8))
                .contains(SCHOOL_URN, LOCAL_AUTHORITY, FORCE, "child-1")
                .doesNotContain(PERSONAL_DATA);

        await("the referral in " + FORCE + "'s escalation inbox")
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    ActorClient.Reply inbox = police.get("/api/escalations?status=NEW&sort=OLDEST");
                    assertThat(inbox.status()).as(inbox.body()).isEqualTo(200);
                    assertThat(inbox.json().findValuesAsText("caseId")).contains(caseId);
                });
        ActorClient.Reply escalation = police.get("/api/escalations/" + caseId);
        assertThat(escalation.status()).as(escalation.body()).isEqualTo(200);
        assertThat(escalation.body()).contains(SCHOOL_URN).doesNotContain(PERSONAL_DATA);

        await("the delivery in " + AGENCY + "'s delivery log")
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    ActorClient.Reply log = agency.get("/api/deliveries?caseId=" + caseId);
                    assertThat(log.status()).as(log.body()).isEqualTo(200);
                    assertThat(log.json()).hasSize(1);
                    JsonNode delivery = log.json().get(0);
                    assertThat(delivery.get("subscriptionId").asText()).isEqualTo(subscriptionId);
                    assertThat(delivery.get("eventType").asText()).isEqualTo(REFERRAL_MADE);
                    assertThat(delivery.get("eventId").asText()).isEqualTo(header(published, "ce_id"));
                    assertThat(delivery.get("channel").asText()).isEqualTo("KAFKA");
                    assertThat(delivery.get("status").asText()).isEqualTo("DELIVERED");
                });

        String traceparent = header(published, "ce_traceparent");
        assertThat(traceparent)
                .as("the CloudEvent carries the distributed-tracing extension")
                .matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        String traceId = traceparent.split("-")[1];
        await("the referral's spans from all three services in one trace")
                .atMost(PROPAGATION)
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> {
                    List<OtlpReceiver.ReceivedSpan> trace = spans.trace(traceId);
                    assertThat(trace)
                            .as("case-service: the school's referral request is where the trace starts")
                            .anyMatch(span -> span.service().equals("case-service")
                                    && span.kind() == OtlpReceiver.ReceivedSpan.SERVER
                                    && span.parentSpanId().isEmpty());
                    assertThat(trace)
                            .as("police-liaison-service: the consumer's command")
                            .anyMatch(span -> span.service().equals("police-liaison-service")
                                    && span.name().startsWith("command "));
                    assertThat(trace)
                            .as("notification-service: the delivery to the agency")
                            .anyMatch(span -> span.service().equals("notification-service")
                                    && span.name().equals("deliver kafka"));
                });
        assertThat(spans.trace(traceId))
                .as("no personal data in span names")
                .allSatisfy(span -> assertThat(span.name()).doesNotContain(PERSONAL_DATA));
    }

    private static List<String> storedEventTypes(LocalStack stack, String caseId) throws SQLException {
        List<String> types = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(
                        stack.jdbcUrl(Service.CASE), stack.databaseUser(), stack.databasePassword());
                PreparedStatement query = connection.prepareStatement("select payload_type from domain_event_entry"
                        + " where aggregate_identifier = ? order by sequence_number")) {
            query.setString(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    types.add(rows.getString(1));
                }
            }
        }
        return types;
    }

    /** The case's first record of the type (the report and its initial-review clock go first, ADR 0067). */
    private static ConsumerRecord<String, byte[]> firstRecordFor(LocalStack stack, String caseId, String type) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        stack.kafkaBootstrapServers(),
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "cross-service-it-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(SCHOOL_EVENTS));
            long deadline = System.nanoTime() + PROPAGATION.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (caseId.equals(record.key()) && type.equals(header(record, "ce_type"))) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("No " + type + " with key " + caseId + " on " + SCHOOL_EVENTS + " within "
                + PROPAGATION.toSeconds() + " s");
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static final String REPORT = """
            {"howCameToLight": "DISCLOSURE_BY_CHILD_INVOLVED", "cameToLightAt": "2026-01-10T08:40:00Z",
             "imagery": ["SEMI_NUDE"], "platforms": ["Snapchat"], "spread": "ONE_RECIPIENT",
             "mayHaveReachedInternet": false, "onSchoolDeviceOrNetwork": false,
             "children": [
               {"ref": "child-1", "age": 14, "yearGroup": "Year 9", "roles": ["PICTURED"],
                "personalDetails": {"givenName": "Amira", "familyName": "Hussain", "dateOfBirth": "2012-03-14",
                                    "upn": "H801200001001"}},
               {"ref": "child-2", "age": 15, "yearGroup": "Year 10", "roles": ["RECEIVED"]}
             ],
             "summary": "child-1 told her tutor that an adult asked for a picture"}
            """;
}
