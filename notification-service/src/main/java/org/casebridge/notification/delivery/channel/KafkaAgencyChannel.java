package org.casebridge.notification.delivery.channel;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.platform.kafka.KafkaBridgeProperties;
import org.casebridge.platform.observability.TraceContexts;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The filtered CloudEvent on the agency's own topic {@code casebridge.agency.<agencyId>.events}, in the same binary
 * mode as the Casebridge topics ({@code ce_*} headers, JSON data, key = case id), so the agency's consumers can dedupe
 * by {@code ce_id}. The topic is created on first use. The record carries the delivery's trace context as the
 * CloudEvents distributed-tracing extension ({@code ce_traceparent}, {@code ce_tracestate}; ADR 0040), as the Casebridge
 * topics do, so an agency's consumer can continue the referral's trace.
 */
@Component
public class KafkaAgencyChannel implements DeliveryChannel {

    private final KafkaTemplate<String, byte[]> kafka;
    private final KafkaAdmin admin;
    private final KafkaBridgeProperties topics;
    private final DeliveryProperties properties;
    private final TraceContexts traces;
    private final Set<String> created = ConcurrentHashMap.newKeySet();

    public KafkaAgencyChannel(
            KafkaTemplate<String, byte[]> kafka,
            KafkaAdmin admin,
            KafkaBridgeProperties topics,
            DeliveryProperties properties,
            TraceContexts traces) {
        this.kafka = kafka;
        this.admin = admin;
        this.topics = topics;
        this.properties = properties;
        this.traces = traces;
    }

    @Override
    public ChannelType type() {
        return ChannelType.KAFKA;
    }

    @Override
    public SendResult send(OutgoingDelivery delivery) {
        String topic = delivery.subscription().endpoint();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(
                topic, delivery.caseId(), delivery.payload().getBytes(StandardCharsets.UTF_8));
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", delivery.eventId());
        header(record, "ce_source", delivery.source());
        header(record, "ce_type", delivery.eventType());
        header(record, "ce_subject", delivery.caseId());
        header(record, "ce_time", delivery.occurredAt().toString());
        header(record, "content-type", "application/json");
        header(record, "ce_" + LawfulBasis.ATTRIBUTE, delivery.lawfulBasis());
        traces.current().forEach((name, value) -> header(record, "ce_" + name, value));
        try {
            ensureTopic(topic);
            kafka.send(record).get(properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return SendResult.accepted(null);
        } catch (TimeoutException e) {
            return SendResult.failed(null, "Kafka did not acknowledge in time");
        } catch (ExecutionException | KafkaException e) {
            return SendResult.failed(null, "Kafka: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(null, "interrupted");
        }
    }

    private void ensureTopic(String topic) {
        if (!created.contains(topic)) {
            admin.createOrModifyTopics(new NewTopic(topic, topics.partitions(), topics.replication()));
            created.add(topic);
        }
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
