package org.casebridge.notification.delivery.outbox;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The trace context each received event was handled in, kept in memory for the delivery worker so that a delivery
 * continues the trace of the referral it shares (ADR 0040): the webhook then carries that trace's {@code traceparent}.
 * It is deliberately not stored: it holds the last {@link #CAPACITY} events of this instance, so a delivery retried
 * after a restart, sent by another instance or long after many others starts a new trace instead. Trace context is
 * diagnostics, never a reason to hold a delivery back.
 */
@Component
public class DeliveryTraces {

    static final int CAPACITY = 10_000;

    private final Map<String, Map<String, String>> byEvent;

    public DeliveryTraces() {
        this(CAPACITY);
    }

    DeliveryTraces(int capacity) {
        this.byEvent = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Map<String, String>> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Remembers the trace context an event was received in; an empty context is not kept. */
    public synchronized void received(String eventId, Map<String, String> traceContext) {
        if (!traceContext.isEmpty()) {
            byEvent.put(eventId, Map.copyOf(traceContext));
        }
    }

    /** The trace context the event was received in, while this instance still remembers it. */
    public synchronized Optional<Map<String, String>> of(String eventId) {
        return Optional.ofNullable(byEvent.get(eventId));
    }
}
