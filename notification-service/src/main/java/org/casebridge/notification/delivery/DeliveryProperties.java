package org.casebridge.notification.delivery;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How deliveries are attempted.
 *
 * @param retryPeriod    how long a delivery is retried before it becomes a dead letter
 * @param initialBackoff the wait after the first failure; doubled after each further failure
 * @param maxBackoff     the longest wait between two attempts
 * @param pollInterval   how often each instance looks for due deliveries
 * @param batchSize      deliveries one lane claims at a time (at most one per case)
 * @param lease          how long a claim holds deliveries; longer than a batch of attempts can take
 * @param maxLanes       subscriptions delivered concurrently by one instance (each on its own virtual thread)
 * @param connectTimeout webhook TCP connect timeout
 * @param readTimeout    webhook time from request to the end of the (bounded) response
 * @param maxResponse    how much of a webhook response is read before the connection is dropped
 * @param sendTimeout    how long the Kafka channel waits for the broker's acknowledgement
 * @param consumer       the inbox consumer name and Kafka consumer group of the intake
 */
@ConfigurationProperties("casebridge.notification.delivery")
public record DeliveryProperties(
        @DefaultValue("24h") Duration retryPeriod,
        @DefaultValue("10s") Duration initialBackoff,
        @DefaultValue("1h") Duration maxBackoff,
        @DefaultValue("500ms") Duration pollInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("2m") Duration lease,
        @DefaultValue("64") int maxLanes,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout,
        @DefaultValue("64KB") DataSize maxResponse,
        @DefaultValue("10s") Duration sendTimeout,
        @DefaultValue("notification-service") String consumer) {}
