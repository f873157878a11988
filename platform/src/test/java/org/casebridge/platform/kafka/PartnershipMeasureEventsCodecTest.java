package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.Topics;
import org.casebridge.events.police.StrategyMeetingClockResultEvent;
import org.casebridge.events.school.CaseClosedEventV2;
import org.casebridge.events.school.IncidentReportedEvent;
import org.casebridge.events.school.InitialReviewClockResultEvent;
import org.junit.jupiter.api.Test;

/**
 * The events that carry the partnership report's measures (ADR 0067) cross Kafka unchanged, with their type, their
 * lawful basis and only the fields the ADR names: a case id, an area or force code, codes and times.
 */
class PartnershipMeasureEventsCodecTest {

    private static final Instant AT = Instant.parse("2026-11-28T10:15:30.123Z");

    private final CloudEventCodec codec = new CloudEventCodec();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anIncidentReportedCrossesWithItsAreaAndNothingOfWhatHappened() throws Exception {
        IncidentReportedEvent event = new IncidentReportedEvent("case-1", "100001", "E09000012", AT);

        JsonNode data = roundTrip(Topics.SCHOOL_EVENTS, event, "org.casebridge.school.incident-reported.v1");

        assertThat(fields(data)).containsExactlyInAnyOrder("caseId", "schoolUrn", "localAuthorityCode", "reportedAt");
    }

    @Test
    void aCaseClosedVersionTwoCarriesTheAreaBesideVersionOnesFields() throws Exception {
        CaseClosedEventV2 event =
                new CaseClosedEventV2("case-1", "100001", "E09000012", "HANDLED_IN_SCHOOL", false, AT);

        JsonNode data = roundTrip(Topics.SCHOOL_EVENTS, event, "org.casebridge.school.case-closed.v2");

        assertThat(fields(data))
                .containsExactlyInAnyOrder(
                        "caseId", "schoolUrn", "localAuthorityCode", "route", "closedWithoutPoliceOutcome", "closedAt");
        assertThat(data.get("route").asText()).isEqualTo("HANDLED_IN_SCHOOL");
    }

    @Test
    void theClockResultsCrossAsCodesAndTimes() throws Exception {
        InitialReviewClockResultEvent review =
                new InitialReviewClockResultEvent("case-1", "100001", "E09000012", "MISSED", AT.minusSeconds(60), AT);
        StrategyMeetingClockResultEvent meeting =
                new StrategyMeetingClockResultEvent("case-1", "01", "MET", AT, AT.minusSeconds(3600));

        JsonNode reviewData =
                roundTrip(Topics.SCHOOL_EVENTS, review, "org.casebridge.school.initial-review-clock-result.v1");
        JsonNode meetingData =
                roundTrip(Topics.POLICE_EVENTS, meeting, "org.casebridge.police.strategy-meeting-clock-result.v1");

        assertThat(fields(reviewData))
                .containsExactlyInAnyOrder("caseId", "schoolUrn", "localAuthorityCode", "result", "dueAt", "decidedAt");
        assertThat(fields(meetingData))
                .containsExactlyInAnyOrder("caseId", "forceCode", "result", "dueBy", "decidedAt");
    }

    private JsonNode roundTrip(String topic, IntegrationEvent event, String type) throws Exception {
        ProducerRecord<String, byte[]> sent = codec.encode(topic, URI.create("/casebridge/test"), "event-1", AT, event);
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
