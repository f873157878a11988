package org.casebridge.notification.delivery.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.casebridge.events.police.OutcomeAssignedEvent;
import org.casebridge.events.police.StrategyMeetingConvenedEvent;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.EmbeddedInfrastructure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

@CasebridgeIntegrationTest
@TestPropertySource(
        properties = {
            "casebridge.security.tokens=true",
            "casebridge.notification.subscriptions.allow-local-webhooks=true",
            "casebridge.notification.delivery.initial-backoff=100ms",
            "casebridge.notification.delivery.max-backoff=400ms",
            "casebridge.notification.delivery.poll-interval=100ms",
            "casebridge.notification.email.portal-url=https://casebridge.example"
        })
class EmailAndKafkaDeliveryIT {

    private static final String REFERRAL = IntegrationEventTypes.typeOf(ReferralMadeEvent.class);
    private static final String MEETING = IntegrationEventTypes.typeOf(StrategyMeetingConvenedEvent.class);
    private static final String OUTCOME = IntegrationEventTypes.typeOf(OutcomeAssignedEvent.class);
    private static final Duration PATIENCE = Duration.ofSeconds(40);
    private static final int SMTP_PORT = freePort();
    /** Areas no other test class publishes to: every context of the JVM consumes the shared topics from the start. */
    private static final String EMAIL_AREA = "E08000021";

    private static final String KAFKA_AREA = "E08000026";

    @RegisterExtension
    static final GreenMailExtension smtp =
            new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", "smtp")).withPerMethodLifecycle(false);

    private static final BusRecords bus = new BusRecords();

    @Autowired
    private TestRestTemplate rest;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @AfterAll
    static void close() {
        bus.close();
    }

    private static ReferralMadeEvent referral(String caseId, String area) {
        return new ReferralMadeEvent(
                caseId,
                "105877",
                area,
                "MPS",
                List.of("CHILDRENS_SOCIAL_CARE"),
                List.of("UNDER_13_SEXUAL_ACTS"),
                List.of(new ChildSummary("child-1", 12, "Year 7", List.of("PICTURED"))),
                Instant.now());
    }

    @Test
    void emailsAShortNoticeWithALinkAndNoCaseContent() throws Exception {
        AgencyApi mash = new AgencyApi(rest, "mash-it-email");
        mash.subscribe(
                List.of(REFERRAL),
                List.of(EMAIL_AREA),
                "ALL_IN_AREA",
                Map.of("type", "EMAIL", "email", "mash@westminster.example"));

        bus.publish(referral("c-it-email", EMAIL_AREA));

        await().atMost(PATIENCE).until(() -> messagesAbout("c-it-email").size() == 1);
        MimeMessage message = messagesAbout("c-it-email").getFirst();
        String body = GreenMailUtil.getBody(message);
        assertThat(message.getAllRecipients()[0].toString()).isEqualTo("mash@westminster.example");
        assertThat(message.getSubject())
                .isEqualTo("Casebridge: an update on a case shared with your agency")
                .doesNotContain("c-it-email");
        assertThat(body)
                .contains("Something happened on a case shared with your agency")
                .contains("https://casebridge.example/cases/c-it-email")
                .doesNotContain("child-1", "105877", "UNDER_13", "Year 7", "referral", "PICTURED");

        await().atMost(PATIENCE)
                .until(() ->
                        mash.get("/api/information-shares?caseId=c-it-email").size() == 1);
        assertThat(mash.get("/api/information-shares?caseId=c-it-email")
                        .get(0)
                        .get("channel")
                        .asText())
                .isEqualTo("EMAIL");
        await().during(Duration.ofSeconds(2))
                .atMost(Duration.ofSeconds(5))
                .until(() -> messagesAbout("c-it-email").size() == 1);
    }

    @Test
    void anAgencyTopicCarriesOnlyTheAgencysFilteredEvents() {
        String agencyId = "csc-it-kafka";
        AgencyApi csc = new AgencyApi(rest, agencyId);
        JsonNode created =
                csc.subscribe(List.of(REFERRAL, OUTCOME), List.of(KAFKA_AREA), "ALL_IN_AREA", Map.of("type", "KAFKA"));
        String topic = created.at("/subscription/channel/endpoint").asText();
        assertThat(topic).isEqualTo("casebridge.agency.csc-it-kafka.events");
        assertThat(created.get("webhookSecret")).isNull();
        String caseId = "c-it-kafka";

        String referralId = bus.publish(referral(caseId, KAFKA_AREA));
        bus.publish(new StrategyMeetingConvenedEvent(
                caseId,
                "MPS",
                "m-9",
                Instant.now().plusSeconds(3600),
                List.of(new StrategyMeetingConvenedEvent.Organisation("CHILDRENS_SOCIAL_CARE", agencyId)),
                Instant.now()));
        String outcomeId = bus.publish(new OutcomeAssignedEvent(caseId, "MPS", "OUTCOME_22", "22", Instant.now()));
        bus.publish(referral("c-it-kafka-elsewhere", "E08000027"));

        List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                EmbeddedInfrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "agency-system-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class))) {
            consumer.subscribe(List.of(topic));
            await().atMost(PATIENCE).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.size() >= 2;
            });
            Instant quietUntil = Instant.now().plusSeconds(3);
            while (Instant.now().isBefore(quietUntil)) {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
            }
        }

        assertThat(seen).extracting(ConsumerRecord::key).containsOnly(caseId);
        assertThat(seen).extracting(record -> header(record, "ce_id")).containsExactly(referralId, outcomeId);
        assertThat(seen)
                .extracting(record -> header(record, "ce_type"))
                .containsExactly(REFERRAL, OUTCOME)
                .doesNotContain(MEETING);
        assertThat(seen)
                .extracting(record -> header(record, "ce_traceparent"))
                .as("each record carries the trace its delivery ran in, as the CloudEvents distributed-tracing"
                        + " extension (ADR 0040)")
                .allMatch(traceparent -> traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"));
        JsonNode outcome = json(seen.get(1).value());
        assertThat(outcome.get("outcome").asText()).isEqualTo("OUTCOME_22");
        assertThat(outcome.get("caseId").asText()).isEqualTo(caseId);
    }

    /** The notices whose link names the case: the only place a notice has the case id (ADR 0052). */
    private static List<MimeMessage> messagesAbout(String caseId) {
        Pattern link = Pattern.compile("/cases/" + Pattern.quote(caseId) + "\\s");
        return Arrays.stream(smtp.getReceivedMessages())
                .filter(message -> link.matcher(GreenMailUtil.getBody(message)).find())
                .toList();
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(byte[] value) {
        try {
            return new ObjectMapper().readTree(value);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
