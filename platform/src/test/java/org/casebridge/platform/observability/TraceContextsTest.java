package org.casebridge.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.trace.SpanId;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceContextsTest {

    private final RecordingTracer recording = new RecordingTracer();
    private final TraceContexts traces = recording.traces;

    @Test
    void writesTheCurrentSpanAsW3cTraceparent() {
        assertThat(traces.current()).as("no span, nothing to carry").isEmpty();
        Span span = recording.tracer.nextSpan().name("request").start();
        try (Tracer.SpanInScope scope = recording.tracer.withSpan(span)) {
            assertThat(traces.current())
                    .containsOnlyKeys(TraceContexts.TRACEPARENT)
                    .containsEntry(
                            TraceContexts.TRACEPARENT,
                            "00-" + span.context().traceId() + "-"
                                    + span.context().spanId() + "-01");
        } finally {
            span.end();
        }
    }

    @Test
    void continuesTheTraceOfAW3cTraceparent() {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        String parentId = "00f067aa0ba902b7";
        Map<String, String> carried = Map.of(TraceContexts.TRACEPARENT, "00-" + traceId + "-" + parentId + "-01");

        traces.continuing(carried::get).name("consumer").start().end();

        SpanData consumer = recording.finished("consumer");
        assertThat(consumer.getTraceId()).isEqualTo(traceId);
        assertThat(consumer.getParentSpanId()).isEqualTo(parentId);
    }

    @Test
    void startsANewTraceWithoutTraceparentEvenInsideAnotherSpan() {
        Span unrelated = recording.tracer.nextSpan().name("unrelated").start();
        try (Tracer.SpanInScope scope = recording.tracer.withSpan(unrelated)) {
            traces.continuing(key -> null).name("consumer").start().end();
        } finally {
            unrelated.end();
        }

        SpanData consumer = recording.finished("consumer");
        assertThat(consumer.getParentSpanId()).isEqualTo(SpanId.getInvalid());
        assertThat(consumer.getTraceId()).isNotEqualTo(unrelated.context().traceId());
    }

    @Test
    void offCarriesNothing() {
        TraceContexts off = TraceContexts.off();
        Span span = off.continuing(key -> "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01")
                .name("consumer")
                .start();
        assertThat(span.isNoop()).isTrue();
        assertThat(off.current()).isEmpty();
    }
}
