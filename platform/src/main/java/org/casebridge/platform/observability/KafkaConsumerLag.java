package org.casebridge.platform.observability;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

/**
 * The lag of each Kafka consumer group this service runs, {@value #GAUGE} tagged {@code consumer_group}: the records
 * on its topics' partitions after the group's committed offsets, as the broker sees them. It is read from the broker
 * (not from the consumers' own metrics), so a group whose consumer has stopped still shows its lag growing. Read at
 * most once per {@link #REFRESH}; NaN when the broker cannot answer.
 */
public class KafkaConsumerLag implements AutoCloseable {

    public static final String GAUGE = "casebridge.kafka.consumer.lag";

    static final Duration REFRESH = Duration.ofSeconds(10);
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;
    private final Clock clock;
    private Map<String, Double> lags = Map.of();
    private @Nullable Instant readAt;

    public KafkaConsumerLag(Admin admin, Clock clock) {
        this.admin = admin;
        this.clock = clock;
    }

    /** The consumer groups of every listener container in the registry, suffix included. */
    public static Set<String> groups(KafkaListenerEndpointRegistry listeners) {
        Set<String> groups = new TreeSet<>();
        for (MessageListenerContainer container : listeners.getListenerContainers()) {
            String group = container.getGroupId();
            if (group != null) {
                groups.add(group);
            }
        }
        return groups;
    }

    public void register(MeterRegistry registry, Set<String> groups) {
        for (String group : groups) {
            Gauge.builder(GAUGE, this, lag -> lag.of(group, groups))
                    .description("Records on the consumer group's partitions after its committed offsets")
                    .baseUnit("records")
                    .tag("consumer_group", group)
                    .register(registry);
        }
    }

    synchronized double of(String group, Set<String> groups) {
        Instant now = clock.instant();
        if (readAt == null || !now.isBefore(readAt.plus(REFRESH))) {
            Map<String, Double> read = new HashMap<>();
            for (String each : groups) {
                read.put(each, read(each));
            }
            lags = read;
            readAt = now;
        }
        return lags.getOrDefault(group, Double.NaN);
    }

    /** The group's lag summed over its partitions; NaN when the broker does not answer in time. */
    double read(String group) {
        try {
            Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
            committed.forEach((partition, offset) -> {
                if (offset != null) {
                    latest.put(partition, OffsetSpec.latest());
                }
            });
            if (latest.isEmpty()) {
                return 0;
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    admin.listOffsets(latest).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            long lag = 0;
            for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
                OffsetAndMetadata offset = committed.get(end.getKey());
                if (offset != null) {
                    lag += Math.max(0, end.getValue().offset() - offset.offset());
                }
            }
            return lag;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Double.NaN;
        } catch (ExecutionException | TimeoutException | KafkaException e) {
            return Double.NaN;
        }
    }

    @Override
    public void close() {
        admin.close(TIMEOUT);
    }
}
