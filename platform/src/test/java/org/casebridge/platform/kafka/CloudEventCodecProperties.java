package org.casebridge.platform.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.events.Topics;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.events.school.ChildSummary;
import org.casebridge.events.school.ReferralMadeEvent;

/** Integration events survive the trip through Kafka's binary CloudEvents mode unchanged. */
class CloudEventCodecProperties {

    private final CloudEventCodec codec = new CloudEventCodec();

    @Property
    void decodesWhatItEncodes(@ForAll("referrals") ReferralMadeEvent event, @ForAll("ids") String eventId) {
        Instant time = Instant.parse("2026-11-28T10:15:30.123Z");
        ProducerRecord<String, byte[]> sent =
                codec.encode(Topics.SCHOOL_EVENTS, URI.create("/casebridge/case-service"), eventId, time, event);

        ReceivedEvent received = codec.decode(asConsumed(sent)).orElseThrow();

        assertThat(received.event()).isEqualTo(event);
        assertThat(received.eventId()).isEqualTo(eventId);
        assertThat(received.caseId()).isEqualTo(event.caseId());
        assertThat(received.time()).isEqualTo(time);
        assertThat(sent.key()).isEqualTo(event.caseId());
        assertThat(received.lawfulBasis())
                .isEqualTo(LawfulBases.declaredFor(ReferralMadeEvent.class).orElseThrow());
        assertThat(new String(sent.headers().lastHeader("ce_lawfulbasis").value(), StandardCharsets.UTF_8))
                .isEqualTo("UK_GDPR/PUBLIC_TASK/SCH1_PARA_18");
    }

    @Property
    void treatsArbitraryBytesAsPoison(@ForAll byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.SCHOOL_EVENTS, 0, 0, "k", value);
        record.headers().add("ce_specversion", "1.0".getBytes());
        record.headers().add("ce_id", "x".getBytes());
        record.headers().add("ce_source", "/x".getBytes());
        record.headers().add("ce_type", "org.casebridge.school.referral-made.v1".getBytes());
        assertThatThrownBy(() -> codec.decode(record)).isInstanceOf(PoisonRecordException.class);
    }

    @Property
    void anEventWhoseTextBreaksTheTextRuleIsPoisonNamingTheField(
            @ForAll("referrals") ReferralMadeEvent event, @ForAll("controls") char control) {
        ReferralMadeEvent broken = new ReferralMadeEvent(
                event.caseId(),
                event.schoolUrn(),
                "E0900" + control + "033",
                event.forceCode(),
                event.referredTo(),
                event.criteriaMet(),
                event.children(),
                event.referredAt());
        ProducerRecord<String, byte[]> sent = codec.encode(
                Topics.SCHOOL_EVENTS,
                URI.create("/casebridge/case-service"),
                "event-1",
                Instant.parse("2026-11-28T10:15:30Z"),
                broken);

        assertThatThrownBy(() -> codec.decode(asConsumed(sent)))
                .isInstanceOf(PoisonRecordException.class)
                .hasMessageContaining("event-1 breaks the text rule")
                .hasMessageContaining("localAuthorityCode")
                .hasMessageNotContaining(String.valueOf(control));
    }

    @Provide
    Arbitrary<Character> controls() {
        return Arbitraries.oneOf(
                Arbitraries.chars().range('\u0000', '\u0008'),
                Arbitraries.chars().range('\u007f', '\u009f'));
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings()
                .alpha()
                .numeric()
                .withChars('-')
                .ofMinLength(1)
                .ofMaxLength(40);
    }

    @Provide
    Arbitrary<ReferralMadeEvent> referrals() {
        Arbitrary<String> codes =
                Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(12);
        Arbitrary<ChildSummary> child = Combinators.combine(
                        Arbitraries.integers().between(1, 9).map(i -> "child-" + i),
                        Arbitraries.integers().between(4, 18),
                        Arbitraries.integers().between(1, 13).map(y -> "Year " + y),
                        Arbitraries.of("PICTURED", "SHARED", "RECEIVED", "POSSESSED")
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(4))
                .as(ChildSummary::new);
        return Combinators.combine(
                        Arbitraries.create(() -> java.util.UUID.randomUUID().toString()),
                        codes,
                        codes,
                        codes,
                        Arbitraries.of("POLICE", "CHILDRENS_SOCIAL_CARE")
                                .list()
                                .ofMinSize(1)
                                .ofMaxSize(2),
                        Arbitraries.of("ADULT_INVOLVED", "IMMEDIATE_RISK_OF_HARM")
                                .list()
                                .ofMaxSize(2),
                        child.list().ofMinSize(1).ofMaxSize(5),
                        Arbitraries.longs().between(0, 4_000_000_000L).map(Instant::ofEpochSecond))
                .as((caseId, urn, la, force, to, criteria, children, at) ->
                        new ReferralMadeEvent(caseId, urn, la, force, to, criteria, children, at));
    }

    private static ConsumerRecord<String, byte[]> asConsumed(ProducerRecord<String, byte[]> sent) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(sent.topic(), 0, 0, sent.key(), sent.value());
        sent.headers().forEach(header -> record.headers().add(header));
        return record;
    }
}
