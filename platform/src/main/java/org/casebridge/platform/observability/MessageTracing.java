package org.casebridge.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * What {@link CommandTracing} and {@link EventTracing} do alike for any Axon message: write the current trace context
 * into a dispatched message's metadata, and handle a message that carries one in a span continuing it.
 */
final class MessageTracing {

    private MessageTracing() {}

    /** Writes the current trace context into every dispatched message that carries none. */
    static <M extends Message<?>> MessageDispatchInterceptor<M> dispatch(TraceContexts traces) {
        return new MessageDispatchInterceptor<>() {
            @Override
            public BiFunction<Integer, M, M> handle(List<? extends M> messages) {
                return (index, message) -> withTraceContext(message, traces);
            }
        };
    }

    @SuppressWarnings("unchecked") // andMetaData keeps the message's type: a command stays a command, an event an event
    static <M extends Message<?>> M withTraceContext(M message, TraceContexts traces) {
        if (message.getMetaData().containsKey(TraceContexts.TRACEPARENT)) {
            return message;
        }
        Map<String, String> context = traces.current();
        return context.isEmpty() ? message : (M) message.andMetaData(context);
    }

    /**
     * A span around the handling of each message that carries trace context, continuing it; {@code named} names the
     * span (and may add to it) for the message. A message without trace context is handled without a span.
     */
    static <M extends Message<?>> MessageHandlerInterceptor<M> handling(
            TraceContexts traces, BiFunction<Span.Builder, M, Span.Builder> named) {
        return new MessageHandlerInterceptor<>() {
            @Override
            public @Nullable Object handle(UnitOfWork<? extends M> unitOfWork, InterceptorChain interceptorChain)
                    throws Exception {
                M message = unitOfWork.getMessage();
                MetaData metaData = message.getMetaData();
                if (!TraceContexts.carries(key -> text(metaData.get(key)))) {
                    return interceptorChain.proceed();
                }
                Span span = named.apply(traces.continuing(key -> text(metaData.get(key))), message)
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

    private static @Nullable String text(@Nullable Object value) {
        return value instanceof String text ? text : null;
    }
}
