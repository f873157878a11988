package org.casebridge.platform.kafka;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The Kafka bridge's settings (environment: CASEBRIDGE_TOPIC_PARTITIONS, CASEBRIDGE_TOPIC_REPLICATION).
 *
 * @param partitions          partitions of each Casebridge topic when the bridge creates it
 * @param replication         replication factor of each topic when the bridge creates it
 * @param sendTimeout         how long the publisher waits for Kafka to acknowledge a batch; below PostgreSQL's
 *                            idle-in-transaction timeout, so a stuck broker fails the batch rather than the session
 * @param retryMaxElapsed     how long a consumer retries a failing record before it goes to the dead-letter topic
 * @param reconcileInterval   how often the publication check compares the event store with the ledger
 * @param consumerGroupSuffix appended to every listener's consumer group (tests give each context its own)
 * @param consumerThreads     consumer threads of each listener in one instance (CASEBRIDGE_KAFKA_CONSUMER_THREADS);
 *                            each takes its share of the partitions, so a slow or retried record holds up only the
 *                            cases of its own partition (ADR 0080)
 */
@ConfigurationProperties("casebridge.kafka")
public record KafkaBridgeProperties(
        @DefaultValue("3") int partitions,
        @DefaultValue("1") short replication,
        @DefaultValue("15s") Duration sendTimeout,
        @DefaultValue("5m") Duration retryMaxElapsed,
        @DefaultValue("60s") Duration reconcileInterval,
        @DefaultValue("") String consumerGroupSuffix,
        @DefaultValue("3") int consumerThreads) {

    public KafkaBridgeProperties {
        if (consumerThreads < 1) {
            throw new IllegalArgumentException("casebridge.kafka.consumer-threads must be 1 or more");
        }
    }
}
