package org.casebridge.platform.observability;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * W3C trace context ({@code traceparent}, and {@code tracestate} when there is one) as it travels between the
 * platform's hops: in an Axon message's metadata, in a CloudEvent's distributed-tracing extension and in a webhook's
 * header. The keys are the W3C header names, which are also the CloudEvents extension attribute names.
 *
 * <p>When tracing is off (no tracer, or a no-op one) nothing is written and every span is a no-op, so every hop works
 * the same with and without trace context: a message without one simply starts a new trace where a span is wanted.
 */
public class TraceContexts {

    public static final String TRACEPARENT = "traceparent";
    public static final String TRACESTATE = "tracestate";

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContexts(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** Off: no spans, nothing written. */
    public static TraceContexts off() {
        return new TraceContexts(Tracer.NOOP, Propagator.NOOP);
    }

    public Tracer tracer() {
        return tracer;
    }

    /** The current span's context as {@code traceparent} (and {@code tracestate}); empty without a current span. */
    public Map<String, String> current() {
        Span span = tracer.currentSpan();
        return span == null || span.isNoop() ? Map.of() : of(span.context());
    }

    /** A span's context as {@code traceparent} (and {@code tracestate}). */
    public Map<String, String> of(TraceContext context) {
        Map<String, String> carrier = new LinkedHashMap<>();
        propagator.inject(context, carrier, (map, key, value) -> {
            if (map != null && (TRACEPARENT.equals(key) || TRACESTATE.equals(key))) {
                map.put(key, value);
            }
        });
        return carrier;
    }

    /**
     * A span continuing the trace whose context {@code lookup} gives for {@code traceparent} and {@code tracestate}:
     * a child of the remote parent when there is a well-formed {@code traceparent}, a new trace otherwise.
     */
    public Span.Builder continuing(Function<String, @Nullable String> lookup) {
        String traceparent = lookup.apply(TRACEPARENT);
        if (traceparent == null || traceparent.isBlank()) {
            return tracer.spanBuilder().setNoParent();
        }
        return propagator.extract(lookup, (carrier, key) -> carrier.apply(key));
    }

    /** Whether {@code lookup} carries a {@code traceparent} at all. */
    public static boolean carries(Function<String, @Nullable String> lookup) {
        return Optional.ofNullable(lookup.apply(TRACEPARENT))
                .filter(value -> !value.isBlank())
                .isPresent();
    }
}
