package org.casebridge.platform.kafka;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.events.registry.IntegrationEventTypes;
import org.casebridge.events.registry.TopicOwners;
import org.casebridge.platform.observability.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The consuming side of the bridge. Each record is decoded, then, in one database transaction, its event id is
 * inserted into {@code processed_event} for the consumer and the effect runs; a duplicate insert means the
 * effect already happened and it is skipped. The listener acknowledges the record only after this returns, that
 * is after the commit, so an effect happens exactly once however often Kafka redelivers.
 *
 * <p>Before anything runs, a record must come from the service that owns its topic (its CloudEvents {@code source})
 * and be of that service's events: a record from anyone else, or a police event on the school topic, is poison and
 * goes to the dead-letter topic with the reason (ADR 0014). Kafka ACLs are what stop a forger; this check keeps a
 * misdirected or careless producer from changing anything. A record must also carry the lawful basis of the share
 * it makes (ADR 0024): one without, or with a basis a public authority may not use, is poison too, so nothing is
 * received that was not shared on a recorded basis; {@link ReceivedEvent#lawfulBasis()} gives the consumer the basis.
 *
 * <p>A consumer that names the events it acts on ({@link WantedEvents}) has a record of any other known type passed
 * over from its CloudEvents type header, after the source check and a header check that the type belongs on the
 * topic, but before decoding and without a transaction or an inbox row (ADR 0071). Such a record is acknowledged
 * like any other; the lawful basis and the body are checked by the consumers that act on it.
 */
public class IntegrationEventInbox {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventInbox.class);

    private final CloudEventCodec codec;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final BridgeMetrics metrics;
    private final TraceContexts traces;

    public IntegrationEventInbox(
            CloudEventCodec codec,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            BridgeMetrics metrics,
            TraceContexts traces) {
        this.codec = codec;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.metrics = metrics;
        this.traces = traces;
    }

    /**
     * Processes one record for {@code consumer} (a stable name of the effect, for example {@code escalations}).
     *
     * @return true when the effect ran, false for a duplicate or a type this build does not know
     * @throws PoisonRecordException when the record can never be processed
     */
    public boolean receive(ConsumerRecord<String, byte[]> record, String consumer, Consumer<ReceivedEvent> effect) {
        return receive(record, consumer, WantedEvents.all(), effect);
    }

    /**
     * Processes one record for {@code consumer} when it is of an event {@code wanted}; a record of another known type
     * is passed over without decoding and without touching the database (ADR 0071).
     *
     * @return true when the effect ran, false for a duplicate, a type not wanted or a type this build does not know
     * @throws PoisonRecordException when the record can never be processed
     */
    public boolean receive(
            ConsumerRecord<String, byte[]> record,
            String consumer,
            WantedEvents wanted,
            Consumer<ReceivedEvent> effect) {
        Optional<Class<? extends IntegrationEvent>> passedOver = wanted.unwanted(CloudEventHeaders.type(record));
        if (passedOver.isPresent()) {
            requireBelongs(requireOwner(record), passedOver.get(), record);
            metrics.ignored(IntegrationEventTypes.typeOf(passedOver.get()));
            return false;
        }
        Span span = consumerSpan(record, consumer);
        try (Tracer.SpanInScope scope = traces.tracer().withSpan(span)) {
            boolean applied = receiveInSpan(record, consumer, effect);
            span.tag("casebridge.outcome", applied ? "applied" : "skipped");
            return applied;
        } catch (RuntimeException | Error e) {
            span.tag("casebridge.outcome", e instanceof PoisonRecordException ? "poison" : "failed");
            span.tag("exception.type", e.getClass().getName());
            throw e;
        } finally {
            span.end();
        }
    }

    /**
     * The span of one record's processing, continuing the producer's trace from the CloudEvents distributed-tracing
     * extension ({@code ce_traceparent}, {@code ce_tracestate}); a record without one (sent before ADR 0040, or by a
     * producer that does not trace) starts a new trace. Its name and tags say which consumer, topic and event type:
     * never anything from the event's data.
     */
    private Span consumerSpan(ConsumerRecord<String, byte[]> record, String consumer) {
        return traces.continuing(attribute -> CloudEventHeaders.text(record, "ce_" + attribute))
                .name(consumer + " " + knownType(record))
                .kind(Span.Kind.CONSUMER)
                .tag("messaging.system", "kafka")
                .tag("messaging.destination.name", record.topic())
                .tag("messaging.operation", "process")
                .tag("messaging.kafka.destination.partition", Integer.toString(record.partition()))
                .tag("messaging.kafka.message.offset", Long.toString(record.offset()))
                .tag("casebridge.consumer", consumer)
                .start();
    }

    /** The record's CloudEvents type when the published language knows it: a forged header names no span. */
    private static String knownType(ConsumerRecord<String, byte[]> record) {
        String type = CloudEventHeaders.type(record);
        return IntegrationEventTypes.classOf(type).isPresent() ? type : "unknown";
    }

    private boolean receiveInSpan(
            ConsumerRecord<String, byte[]> record, String consumer, Consumer<ReceivedEvent> effect) {
        TopicOwners.Owner owner = requireOwner(record);
        Optional<ReceivedEvent> decoded = codec.decode(record);
        if (decoded.isEmpty()) {
            String type = CloudEventHeaders.type(record);
            log.warn(
                    "Skipping record {}-{}@{} of unknown type {} for {}",
                    record.topic(),
                    record.partition(),
                    record.offset(),
                    type,
                    consumer);
            metrics.ignored("unknown");
            return false;
        }
        ReceivedEvent received = decoded.get();
        if (!owner.events().isInstance(received.event())) {
            throw new PoisonRecordException("Event " + received.eventId() + " of type " + received.type()
                    + " does not belong on " + record.topic());
        }
        if (received.lawfulBasis() == null) {
            throw new PoisonRecordException("Event " + received.eventId() + " of type " + received.type()
                    + " carries no lawful basis (CloudEvents extension " + LawfulBasis.ATTRIBUTE
                    + ") that a public authority may share on");
        }
        Boolean applied = transactions.execute(status -> {
            int inserted = jdbc.update(
                    """
                    INSERT INTO processed_event (consumer, event_id, event_type, case_id, topic, kafka_partition,
                                                 kafka_offset, processed_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, now())
                    ON CONFLICT (consumer, event_id) DO NOTHING""",
                    consumer,
                    received.eventId(),
                    received.type(),
                    received.caseId(),
                    record.topic(),
                    record.partition(),
                    record.offset());
            if (inserted == 0) {
                return false;
            }
            effect.accept(received);
            return true;
        });
        if (Boolean.TRUE.equals(applied)) {
            metrics.consumed(received.type());
            return true;
        }
        log.debug("Skipping duplicate event {} for {}", received.eventId(), consumer);
        metrics.duplicate(received.type());
        return false;
    }

    /** A record passed over by its type header must still be of the topic owner's events, or it is poison. */
    private static void requireBelongs(
            TopicOwners.Owner owner,
            Class<? extends IntegrationEvent> eventClass,
            ConsumerRecord<String, byte[]> record) {
        if (!owner.events().isAssignableFrom(eventClass)) {
            throw new PoisonRecordException("A record of type " + IntegrationEventTypes.typeOf(eventClass)
                    + " does not belong on " + record.topic());
        }
    }

    private static TopicOwners.Owner requireOwner(ConsumerRecord<String, byte[]> record) {
        TopicOwners.Owner owner = TopicOwners.of(record.topic())
                .orElseThrow(() -> new PoisonRecordException(
                        "Topic " + record.topic() + " has no owner in the published language"));
        String source = CloudEventHeaders.source(record);
        if (!owner.source().equals(source)) {
            throw new PoisonRecordException("A record on " + record.topic() + " must come from " + owner.source()
                    + ", not from " + (source == null ? "an unnamed source" : quoted(source)));
        }
        return owner;
    }

    /** A source as it may appear in a log line and a dead-letter header: short, printable ASCII only. */
    private static String quoted(String source) {
        String printable = source.codePoints()
                .limit(100)
                .map(c -> c >= 0x20 && c < 0x7f ? c : '?')
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return "'" + printable + "'";
    }
}
