package org.casebridge.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counters of the Kafka bridge, tagged by CloudEvents type. */
public class BridgeMetrics {

    private final MeterRegistry registry;

    public BridgeMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public void published(String type) {
        counter("casebridge.events.published", type).increment();
    }

    public void republished(String type) {
        counter("casebridge.events.republished", type).increment();
    }

    public void consumed(String type) {
        counter("casebridge.events.consumed", type).increment();
    }

    public void duplicate(String type) {
        counter("casebridge.events.duplicates", type).increment();
    }

    public void ignored(String type) {
        counter("casebridge.events.ignored", type).increment();
    }

    private Counter counter(String name, String type) {
        return Counter.builder(name).tag("type", type).register(registry);
    }
}
