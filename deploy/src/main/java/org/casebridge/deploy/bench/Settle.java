package org.casebridge.deploy.bench;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Waits until every event processor of the three services has caught up with its own event store and every Kafka
 * consumer group has consumed its topics to their end, so that a measurement does not pay for the backlog the one
 * before it left (P1 leaves hundreds of reports to project and publish, and as many school events for every
 * consumer group to read: a P2 run started on top of them measured that backlog, not its own latency, ADR 0071).
 */
final class Settle {

    private static final List<String> DATABASES =
            List.of("casebridge_case", "casebridge_police", "casebridge_notification");
    private static final String TOPIC_PREFIX = "casebridge.";
    private static final Pattern INDEX = Pattern.compile("\"index\"\\s*:\\s*(\\d+)");

    private Settle() {}

    /** Seconds waited; gives up after {@code limitSeconds} and says so. */
    static double untilCaughtUp(StackClient stack, double limitSeconds) throws SQLException {
        long start = System.nanoTime();
        long limit = start + (long) (limitSeconds * 1e9);
        try (Admin kafka = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                stack.kafkaBootstrap,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                10_000))) {
            while (System.nanoTime() < limit) {
                if (behind(stack) == 0 && lag(kafka).values().stream().allMatch(l -> l == 0)) {
                    return (System.nanoTime() - start) / 1e9;
                }
                LockSupport.parkNanos(200_000_000L);
            }
            System.out.printf(
                    "  still %d events behind and Kafka lag %s after %.0f s; measuring anyway%n",
                    behind(stack), lag(kafka), limitSeconds);
        }
        return limitSeconds;
    }

    /**
     * Each consumer group's lag on the stack's own topics: the records after its committed offset, summed over the
     * partitions it has committed on, from the broker's end offsets (as the services' own lag gauge reads it).
     */
    static Map<String, Long> lag(Admin kafka) {
        try {
            Map<String, Map<TopicPartition, Long>> committed = new TreeMap<>();
            for (ConsumerGroupListing group : kafka.listConsumerGroups().all().get()) {
                Map<TopicPartition, Long> offsets = new HashMap<>();
                kafka.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata()
                        .get()
                        .forEach((partition, offset) -> {
                            if (offset != null && partition.topic().startsWith(TOPIC_PREFIX)) {
                                offsets.put(partition, offset.offset());
                            }
                        });
                committed.put(group.groupId(), offsets);
            }
            Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
            committed
                    .values()
                    .forEach(offsets -> offsets.keySet().forEach(p -> partitions.put(p, OffsetSpec.latest())));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                    kafka.listOffsets(partitions).all().get();
            Map<String, Long> lags = new TreeMap<>();
            committed.forEach((group, offsets) -> lags.put(
                    group,
                    offsets.entrySet().stream()
                            .mapToLong(e -> Math.max(0, ends.get(e.getKey()).offset() - e.getValue()))
                            .sum()));
            return lags;
        } catch (ExecutionException e) {
            throw new IllegalStateException("The broker did not answer for the consumer groups' lag", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the consumer groups' lag", e);
        }
    }

    /** Events between the slowest processor's token and the head of its store, summed over the services. */
    static long behind(StackClient stack) throws SQLException {
        long behind = 0;
        for (String database : DATABASES) {
            try (Connection db = stack.database(database);
                    Statement statement = db.createStatement()) {
                long head = 0;
                try (ResultSet rs =
                        statement.executeQuery("SELECT coalesce(max(global_index), 0) FROM domain_event_entry")) {
                    rs.next();
                    head = rs.getLong(1);
                }
                long slowest = head;
                try (ResultSet rs = statement.executeQuery("SELECT token FROM token_entry WHERE token IS NOT NULL")) {
                    while (rs.next()) {
                        Matcher index = INDEX.matcher(new String(rs.getBytes(1), StandardCharsets.UTF_8));
                        if (index.find()) {
                            slowest = Math.min(slowest, Long.parseLong(index.group(1)));
                        }
                    }
                }
                behind += head - slowest;
            }
        }
        return behind;
    }
}
