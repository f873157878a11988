package org.casebridge.platform.probe;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/** The trace id each probe effect ran in, by event id: what a test reads to follow a trace to the consumer. */
@Component
public class ProbeTraces {

    private final Map<String, String> byEvent = new ConcurrentHashMap<>();

    void effect(String eventId, String traceId) {
        byEvent.put(eventId, traceId);
    }

    public Optional<String> of(String eventId) {
        return Optional.ofNullable(byEvent.get(eventId));
    }
}
