package org.casebridge.platform.kafka;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.registry.LawfulBases;
import org.casebridge.platform.observability.TraceContexts;
import org.casebridge.platform.text.TextJson;
import org.casebridge.platform.text.TextJson.RefusedJsonTextException;

/**
 * Integration events as CloudEvents in Kafka binary mode: the attributes in {@code ce_*} headers, the record as
 * JSON in the value, the case id as the key and the subject.
 */
public class CloudEventCodec {

    public static final String JSON = "application/json";

    /** The CloudEvents distributed-tracing extension's attributes, W3C trace context (ADR 0040). */
    static final List<String> TRACE_ATTRIBUTES = List.of(TraceContexts.TRACEPARENT, TraceContexts.TRACESTATE);

    /** Strings read from events obey the text rule (ADR 0011): an event that breaks it is poison. */
    private final ObjectMapper mapper = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(TextJson.cleanText())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /**
     * The Kafka record for an integration event whose producer-side id is {@code eventId}, with the lawful basis
     * declared for its type.
     *
     * @throws IllegalStateException when no basis is declared for the event's type: nothing is shared without one
     */
    public ProducerRecord<String, byte[]> encode(
            String topic, URI source, String eventId, Instant time, IntegrationEvent event) {
        return encode(topic, source, eventId, time, event, Map.of());
    }

    /**
     * As {@link #encode(String, URI, String, Instant, IntegrationEvent)}, with the CloudEvents distributed-tracing
     * extension: {@code traceContext}'s {@code traceparent} and {@code tracestate}, when present, become the
     * extension attributes of the same names (headers {@code ce_traceparent}, {@code ce_tracestate}), ADR 0040.
     */
    public ProducerRecord<String, byte[]> encode(
            String topic,
            URI source,
            String eventId,
            Instant time,
            IntegrationEvent event,
            Map<String, String> traceContext) {
        LawfulBasis basis = LawfulBases.declaredFor(event.getClass())
                .orElseThrow(() -> new IllegalStateException(event.getClass().getName()
                        + " has no declared lawful basis: declare it in the published language's LawfulBases"));
        CloudEventBuilder builder = CloudEventBuilder.v1()
                .withId(eventId)
                .withSource(source)
                .withType(IntegrationEventTypes.typeOf(event.getClass()))
                .withSubject(event.caseId())
                .withTime(time.atOffset(ZoneOffset.UTC))
                .withDataContentType(JSON)
                .withData(json(event))
                .withExtension(LawfulBasis.ATTRIBUTE, basis.attribute());
        for (String attribute : TRACE_ATTRIBUTES) {
            String value = traceContext.get(attribute);
            if (value != null && !value.isBlank()) {
                builder.withExtension(attribute, value);
            }
        }
        CloudEvent cloudEvent = builder.build();
        return KafkaMessageFactory.createWriter(topic, event.caseId()).writeBinary(cloudEvent);
    }

    /**
     * Decodes a record; a record that is not a valid CloudEvent or whose data does not fit its type is poison.
     * A well-formed event of a type this build does not know decodes to an empty result.
     */
    public Optional<ReceivedEvent> decode(ConsumerRecord<String, byte[]> record) {
        CloudEvent cloudEvent;
        try {
            cloudEvent = KafkaMessageFactory.createReader(record).toEvent();
        } catch (RuntimeException e) {
            throw new PoisonRecordException("Not a CloudEvent: " + e.getClass().getSimpleName(), e);
        }
        Optional<Class<? extends IntegrationEvent>> eventClass = IntegrationEventTypes.classOf(cloudEvent.getType());
        if (eventClass.isEmpty()) {
            return Optional.empty();
        }
        if (cloudEvent.getData() == null) {
            throw new PoisonRecordException("CloudEvent " + cloudEvent.getId() + " has no data");
        }
        IntegrationEvent event;
        try {
            event = mapper.readValue(cloudEvent.getData().toBytes(), eventClass.get());
        } catch (RefusedJsonTextException e) {
            throw new PoisonRecordException(
                    "CloudEvent " + cloudEvent.getId() + " breaks the text rule: "
                            + e.refusal().getMessage(),
                    e);
        } catch (IOException | RuntimeException e) {
            throw new PoisonRecordException(
                    "CloudEvent " + cloudEvent.getId() + " does not match its type " + cloudEvent.getType(), e);
        }
        Instant time =
                cloudEvent.getTime() == null ? null : cloudEvent.getTime().toInstant();
        String subject = cloudEvent.getSubject() == null ? event.caseId() : cloudEvent.getSubject();
        Object basis = cloudEvent.getExtension(LawfulBasis.ATTRIBUTE);
        return Optional.of(new ReceivedEvent(
                cloudEvent.getId(),
                cloudEvent.getType(),
                subject,
                time,
                event,
                basis instanceof String attribute ? LawfulBasis.parse(attribute).orElse(null) : null));
    }

    /** The JSON of an integration event, as it travels in the CloudEvent data. */
    public byte[] json(IntegrationEvent event) {
        try {
            return mapper.writeValueAsBytes(event);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot write " + event.getClass().getSimpleName(), e);
        }
    }
}
