package org.casebridge.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;

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
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, EventMessage<?>, EventMessage<?>> handle(
                    List<? extends EventMessage<?>> messages) {
                return (index, event) -> withTraceContext(event, traces);
            }
        };
    }

    static EventMessage<?> withTraceContext(EventMessage<?> event, TraceContexts traces) {
        if (event.getMetaData().containsKey(TraceContexts.TRACEPARENT)) {
            return event;
        }
        Map<String, String> context = traces.current();
        return context.isEmpty() ? event : event.andMetaData(context);
    }

    /** A span around each event a processing group handles, when the event carries trace context. */
    public static MessageHandlerInterceptor<EventMessage<?>> handling(TraceContexts traces, String processingGroup) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public @Nullable Object handle(
                    UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
                    throws Exception {
                EventMessage<?> event = unitOfWork.getMessage();
                MetaData metaData = event.getMetaData();
                if (!TraceContexts.carries(key -> CommandTracing.text(metaData.get(key)))) {
                    return interceptorChain.proceed();
                }
                Span span = traces.continuing(key -> CommandTracing.text(metaData.get(key)))
                        .name(processingGroup + " " + event.getPayloadType().getSimpleName())
                        .kind(Span.Kind.CONSUMER)
                        .tag("casebridge.processing_group", processingGroup)
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
}
