package org.casebridge.platform.axon;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Event store and processor settings. The gap timeout must stay well above the longest transaction PostgreSQL
 * allows ({@code transaction_timeout}), so that no committed event is ever skipped as a gap (ADR 0003).
 *
 * @param gapTimeout           how long a processor waits for a missing global index to appear
 * @param gapCleaningThreshold how many gaps a token may track before stale ones are cleaned
 * @param initialSegments      segments of a processor on its first start
 * @param processorBatchSize   events a processor handles in one transaction
 * @param pollInterval         how often processors look for events this JVM was not told of: another instance's
 *                             commits and late gaps (this JVM's own commits wake them at once, ADR 0029)
 */
@ConfigurationProperties("casebridge.event-store")
public record EventStoreProperties(
        @DefaultValue("120s") Duration gapTimeout,
        @DefaultValue("250") int gapCleaningThreshold,
        @DefaultValue("2") int initialSegments,
        @DefaultValue("50") int processorBatchSize,
        @DefaultValue("500ms") Duration pollInterval) {}
