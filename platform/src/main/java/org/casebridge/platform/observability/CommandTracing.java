package org.casebridge.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Trace context on Axon commands. On dispatch the current span's {@code traceparent} goes into the command's metadata
 * (a request's span, a Kafka consumer's, an event handler's); on handling a span {@code command <CommandType>}
 * continues it, so that the events the command applies carry the command's span (see {@link EventTracing}).
 */
public final class CommandTracing {

    private CommandTracing() {}

    /** Writes the current trace context into every dispatched command that carries none. */
    public static MessageDispatchInterceptor<CommandMessage<?>> dispatch(TraceContexts traces) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(
                    List<? extends CommandMessage<?>> messages) {
                return (index, command) -> withTraceContext(command, traces);
            }
        };
    }

    static CommandMessage<?> withTraceContext(CommandMessage<?> command, TraceContexts traces) {
        if (command.getMetaData().containsKey(TraceContexts.TRACEPARENT)) {
            return command;
        }
        Map<String, String> context = traces.current();
        return context.isEmpty() ? command : command.andMetaData(context);
    }

    /** A span around the handling of each command, continuing the trace in its metadata. */
    public static MessageHandlerInterceptor<CommandMessage<?>> handling(TraceContexts traces) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public @Nullable Object handle(
                    UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                    throws Exception {
                CommandMessage<?> command = unitOfWork.getMessage();
                MetaData metaData = command.getMetaData();
                if (!TraceContexts.carries(key -> text(metaData.get(key)))) {
                    return interceptorChain.proceed();
                }
                Span span = traces.continuing(key -> text(metaData.get(key)))
                        .name("command " + command.getPayloadType().getSimpleName())
                        .start();
                Tracer tracer = traces.tracer();
                try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                    return interceptorChain.proceed();
                } catch (Exception | Error e) {
                    Spans.failed(span, e);
                    throw e;
                } finally {
                    span.end();
                }
            }
        };
    }

    static @Nullable String text(@Nullable Object value) {
        return value instanceof String text ? text : null;
    }
}
