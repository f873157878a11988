package org.casebridge.platform.observability;

import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;

/**
 * Trace context on Axon commands. On dispatch the current span's {@code traceparent} goes into the command's metadata
 * (a request's span, a Kafka consumer's, an event handler's); on handling a span {@code command <CommandType>}
 * continues it, so that the events the command applies carry the command's span (see {@link EventTracing}).
 */
public final class CommandTracing {

    private CommandTracing() {}

    /** Writes the current trace context into every dispatched command that carries none. */
    public static MessageDispatchInterceptor<CommandMessage<?>> dispatch(TraceContexts traces) {
        return MessageTracing.dispatch(traces);
    }

    /** A span around the handling of each command, continuing the trace in its metadata. */
    public static MessageHandlerInterceptor<CommandMessage<?>> handling(TraceContexts traces) {
        return MessageTracing.handling(
                traces,
                (span, command) ->
                        span.name("command " + command.getPayloadType().getSimpleName()));
    }
}
