package org.casebridge.platform.observability;

import io.micrometer.tracing.Span;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Trace context on Axon events. On publication the current span (a command's) goes into the event's metadata, so it
 * is stored with the event and every processor reads it back, however late; each processing group handles the event
 * in a span {@code <processing group> <EventType>} continuing that trace. An event stored without trace context
 * (before ADR 0040, or published where no span was current) is handled as before, without a span.
 */
public final class EventTracing {

    private EventTracing() {}

    /** Writes the current trace context into every published event that carries none. */
    public static MessageDispatchInterceptor<EventMessage<?>> dispatch(TraceContexts traces) {
        return MessageTracing.dispatch(traces);
    }

    /** A span around each event a processing group handles, when the event carries trace context. */
    public static MessageHandlerInterceptor<EventMessage<?>> handling(TraceContexts traces, String processingGroup) {
        return MessageTracing.handling(
                traces,
                (span, event) -> span.name(
                                processingGroup + " " + event.getPayloadType().getSimpleName())
                        .kind(Span.Kind.CONSUMER)
                        .tag("casebridge.processing_group", processingGroup));
    }
}
