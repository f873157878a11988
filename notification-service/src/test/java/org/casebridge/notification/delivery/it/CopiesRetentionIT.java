package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.casebridge.notification.delivery.it.SchoolEvents.referral;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.notification.retention.CopiesRetention;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The retention job of ADR 0069 on real PostgreSQL and Kafka, with its clock set a year and a little after the test's
 * events, which the school recorded in 2019, before every other test's events, so no other test's copies are due.
 */
@NotificationIntegrationTest
@AutoConfigureMockMvc
class CopiesRetentionIT {

    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String AREA = "E06000018";
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final Instant MARCH_2019 = Instant.parse("2019-03-01T10:00:00Z");
    private static final Instant SEPTEMBER_2019 = Instant.parse("2019-09-02T10:00:00Z");
    private static final Clock ON_THE_LAST_DAY = Clock.fixed(Instant.parse("2020-03-01T20:00:00Z"), ZoneOffset.UTC);
    private static final Clock A_YEAR_AND_MORE_AFTER =
            Clock.fixed(Instant.parse("2020-06-15T02:45:00Z"), ZoneOffset.UTC);

    private static final BusRecords bus = new BusRecords();

    @Autowired
    TestRestTemplate rest;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CommandGateway commands;

    @Autowired
    ApplicationContext context;

    @Autowired
    ObjectProvider<MeterRegistry> meters;

    @AfterAll
    static void close() {
        bus.close();
    }

    @Test
    void copiesPastTheirYearAreErasedWithAnEventAndTheShareRecordStays() {
        AgencyApi csc = new AgencyApi(rest, "csc-it-retention");
        String subscription = csc.subscribe(List.of(REFERRAL), List.of(AREA), "ALL_IN_AREA", Map.of("type", "KAFKA"))
                .at("/subscription/subscriptionId")
                .asText();
        String old = bus.publishAt(referral("c-ret-old", AREA), MARCH_2019);
        String young = bus.publishAt(referral("c-ret-young", AREA), SEPTEMBER_2019);
        await().atMost(PATIENCE)
                .until(() -> delivered(csc, "c-ret-old").equals(List.of(old))
                        && delivered(csc, "c-ret-young").equals(List.of(young))
                        && shares("c-ret-old") == 1);

        assertThat(job(ON_THE_LAST_DAY).run().receivedEvents())
                .as("kept through the last day of its year")
                .isZero();
        assertThat(receivedPayload(old)).contains("child-1", "PICTURED");

        CopiesRetention.Run run = job(A_YEAR_AND_MORE_AFTER).run();

        assertThat(run.cases()).isEqualTo(1);
        assertThat(run.receivedEvents()).isEqualTo(1);
        assertThat(run.deliveries()).isEqualTo(1);
        assertThat(receivedPayload(old))
                .doesNotContain("child-1", "PICTURED", "Year 10", "COERCION")
                .contains("\"schoolUrn\": \"100001\"", "\"localAuthorityCode\": \"" + AREA + "\"");
        assertThat(jdbc.queryForObject("SELECT payload::text FROM delivery WHERE event_id = ?", String.class, old))
                .isEqualTo("{}");
        assertThat(receivedPayload(young)).as("the younger event is kept").contains("child-1");
        assertThat(shares("c-ret-old")).as("the share record stays").isEqualTo(1);
        String erasure = jdbc.queryForObject("""
                SELECT convert_from(payload, 'UTF8') FROM domain_event_entry
                WHERE payload_type LIKE '%CopiesErasedEvent' AND convert_from(payload, 'UTF8') LIKE '%c-ret-old%'""", String.class);
        assertThat(erasure)
                .contains("\"casebridge:retention\"", "\"SYSTEM\"", "\"100001\"")
                .contains("\"receivedEvents\":1", "\"deliveries\":1")
                .contains("Retention period ended (copies of received events kept 1 year");
        assertThat(meters.getObject()
                        .get("casebridge.retention.erasures")
                        .tag("record", "received-event")
                        .counter()
                        .count())
                .isPositive();

        assertThat(job(A_YEAR_AND_MORE_AFTER).run().cases())
                .as("an erased copy is not found again")
                .isZero();

        String oldDelivery = StreamSupport.stream(
                        csc.get("/api/deliveries?caseId=c-ret-old").spliterator(), false)
                .findFirst()
                .orElseThrow()
                .get("deliveryId")
                .asText();
        ResponseEntity<String> redelivery =
                csc.call(HttpMethod.POST, "/api/deliveries/" + oldDelivery + "/redelivery", null);
        assertThat(redelivery.getStatusCode().value()).isEqualTo(409);
        assertThat(redelivery.getBody()).contains("delivery-erased");

        ResponseEntity<String> replay = csc.call(
                HttpMethod.POST, "/api/subscriptions/" + subscription + "/replay?from=2019-01-01T00:00:00Z", null);
        assertThat(replay.getStatusCode().value()).isEqualTo(202);
        JsonNode replayed = AgencyApi.read(replay);
        assertThat(replayed.get("queued").asInt())
                .as("a replay sends again the younger event only")
                .isEqualTo(1);
    }

    private CopiesRetention job(Clock clock) {
        return RetentionJobs.of(context).copies(clock);
    }

    private String receivedPayload(String eventId) {
        return jdbc.queryForObject(
                "SELECT payload::text FROM received_event WHERE event_id = ?", String.class, eventId);
    }

    private int shares(String caseId) {
        return jdbc.queryForObject("SELECT count(*) FROM information_share WHERE case_id = ?", Integer.class, caseId);
    }

    private static List<String> delivered(AgencyApi agency, String caseId) {
        return StreamSupport.stream(
                        agency.get("/api/deliveries?caseId=" + caseId).spliterator(), false)
                .filter(delivery -> delivery.get("status").asText().equals("DELIVERED"))
                .map(delivery -> delivery.get("eventId").asText())
                .toList();
    }
}
