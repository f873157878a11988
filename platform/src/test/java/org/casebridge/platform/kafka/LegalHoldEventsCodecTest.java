package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.police.EscalationLegalHoldLiftedEvent;
import org.casebridge.events.police.EscalationLegalHoldPlacedEvent;
import org.casebridge.events.school.LegalHoldLiftedEvent;
import org.casebridge.events.school.LegalHoldPlacedEvent;
import org.junit.jupiter.api.Test;

/**
 * A school's legal hold crosses Kafka (ADR 0082) as refs, codes and a time, on the school's basis, and a force's on its
 * escalation (ADR 0087) as the case, the force and a time, on the force's: never the reason, never who placed it. A
 * record of the type without its case or its time is poison, not a hold of nothing.
 */
class LegalHoldEventsCodecTest {

    private static final Instant AT = Instant.parse("2026-12-03T09:15:30.123Z");

    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aHoldPlacedCrossesAsTheCaseTheHoldingOrganisationAndWhen() throws Exception {
        LegalHoldPlacedEvent event = new LegalHoldPlacedEvent("case-1", "100001", "100001", AT);

        JsonNode data = roundTrip(event, "org.casebridge.school.legal-hold-placed.v1");

        assertThat(fields(data)).containsExactlyInAnyOrder("caseId", "schoolUrn", "holdingOrganisation", "placedAt");
    }

    @Test
    void aHoldLiftedCrossesAsTheCaseTheHoldingOrganisationAndWhen() throws Exception {
        LegalHoldLiftedEvent event = new LegalHoldLiftedEvent("case-1", "100001", "100001", AT);

        JsonNode data = roundTrip(event, "org.casebridge.school.legal-hold-lifted.v1");

        assertThat(fields(data)).containsExactlyInAnyOrder("caseId", "schoolUrn", "holdingOrganisation", "liftedAt");
    }

    @Test
    void aForcesHoldCrossesOnThePoliceTopicAsTheCaseTheForceAndWhenOnTheForcesBasis() throws Exception {
        for (IntegrationEvent event : List.of(
                new EscalationLegalHoldPlacedEvent("case-1", "WMP", AT),
                new EscalationLegalHoldLiftedEvent("case-1", "WMP", AT))) {
            ProducerRecord<String, byte[]> sent =
                    codec.encode(Topics.POLICE_EVENTS, URI.create(Topics.POLICE_SOURCE), "event-3", AT, event);
            ConsumerRecord<String, byte[]> consumed =
                    new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
            sent.headers().forEach(header -> consumed.headers().add(header));

            assertThat(codec.decode(consumed).orElseThrow().event()).isEqualTo(event);
            assertThat(new String(sent.headers().lastHeader("ce_lawfulbasis").value(), StandardCharsets.UTF_8))
                    .startsWith("DPA_2018_PART_3/");
            assertThat(fields(json.readTree(sent.value())))
                    .containsExactlyInAnyOrder(
                            "caseId",
                            "forceCode",
                            event instanceof EscalationLegalHoldPlacedEvent ? "placedAt" : "liftedAt");
        }
    }

    @Test
    void aHoldWithoutItsTimeIsPoison() {
        ProducerRecord<String, byte[]> sent = codec.encode(
                Topics.SCHOOL_EVENTS,
                URI.create("/casebridge/test"),
                "event-2",
                AT,
                new LegalHoldPlacedEvent("case-1", "100001", "100001", AT));
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(
                sent.topic(),
                0,
                0,
                sent.key(),
                "{\"caseId\":\"case-1\",\"schoolUrn\":\"100001\",\"holdingOrganisation\":\"100001\"}"
                        .getBytes(StandardCharsets.UTF_8));
        sent.headers().forEach(header -> consumed.headers().add(header));

        assertThatThrownBy(() -> codec.decode(consumed))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("does not match its type org.casebridge.school.legal-hold-placed.v1");
    }

    private JsonNode roundTrip(IntegrationEvent event, String type) throws Exception {
        ProducerRecord<String, byte[]> sent =
                codec.encode(Topics.SCHOOL_EVENTS, URI.create("/casebridge/test"), "event-1", AT, event);
        ConsumerRecord<String, byte[]> consumed = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
        sent.headers().forEach(header -> consumed.headers().add(header));

        ReceivedEvent received = codec.decode(consumed).orElseThrow();

        assertThat(received.event()).isEqualTo(event);
        assertThat(sent.key()).isEqualTo("case-1");
        assertThat(new String(sent.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8))
                .isEqualTo(type);
        assertThat(new String(sent.headers().lastHeader("ce_lawfulbasis").value(), StandardCharsets.UTF_8))
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
        return json.readTree(sent.value());
    }

    private static Set<String> fields(JsonNode data) {
        Set<String> names = new HashSet<>();
        data.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
