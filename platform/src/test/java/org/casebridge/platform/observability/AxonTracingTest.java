package org.casebridge.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** Trace context through Axon (ADR 0040): request to command, command to event, stored event to each processor. */
class AxonTracingTest {

    private final RecordingTracer recording = new RecordingTracer();
    private final TraceContexts traces = recording.traces;

    record ReferCase(String caseId) {}

    record CaseReferred(String caseId) {}

    @Test
    void aCommandDispatchedInARequestCarriesItsTraceAndIsHandledInAChildSpan() throws Exception {
        Span request = recording.tracer.nextSpan().name("http post").start();
        CommandMessage<?> dispatched;
        try (Tracer.SpanInScope scope = recording.tracer.withSpan(request)) {
            dispatched = CommandTracing.dispatch(traces)
                    .handle(GenericCommandMessage.asCommandMessage(new ReferCase("case-1")));
        } finally {
            request.end();
        }
        assertThat(dispatched.getMetaData().get(TraceContexts.TRACEPARENT))
                .isEqualTo("00-" + request.context().traceId() + "-"
                        + request.context().spanId() + "-01");

        List<EventMessage<?>> applied = new ArrayList<>();
        DefaultUnitOfWork<CommandMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(dispatched);
        CommandTracing.handling(traces).handle(unitOfWork, () -> {
            applied.add(EventTracing.dispatch(traces)
                    .handle(GenericEventMessage.asEventMessage(new CaseReferred("case-1"))));
            return null;
        });
        unitOfWork.commit();

        SpanData command = recording.finished("command ReferCase");
        assertThat(command.getTraceId()).isEqualTo(request.context().traceId());
        assertThat(command.getParentSpanId()).isEqualTo(request.context().spanId());
        assertThat(applied.getFirst().getMetaData().get(TraceContexts.TRACEPARENT))
                .as("the event is stored with the command's span")
                .isEqualTo("00-" + command.getTraceId() + "-" + command.getSpanId() + "-01");
    }

    @Test
    void anEventPublishedWithoutASpanIsLeftAsItIs() {
        EventMessage<?> event = GenericEventMessage.asEventMessage(new CaseReferred("case-1"));
        assertThat(EventTracing.dispatch(traces).handle(event)).isSameAs(event);
    }

    @Test
    void eachProcessingGroupHandlesATracedEventInASpanOfThatTrace() throws Exception {
        String traceparent = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        EventMessage<?> stored = GenericEventMessage.asEventMessage(new CaseReferred("case-1"))
                .andMetaData(java.util.Map.of(TraceContexts.TRACEPARENT, traceparent));
        List<String> seen = new ArrayList<>();

        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(stored);
        EventTracing.handling(traces, "escalation-views").handle(unitOfWork, () -> {
            Span current = recording.tracer.currentSpan();
            seen.add(current == null ? "none" : current.context().traceId());
            return null;
        });
        unitOfWork.commit();

        SpanData handled = recording.finished("escalation-views CaseReferred");
        assertThat(handled.getTraceId()).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(handled.getParentSpanId()).isEqualTo("00f067aa0ba902b7");
        assertThat(seen).containsExactly("4bf92f3577b34da6a3ce929d0e0e4736");
    }

    @Test
    void anEventStoredBeforeTracingIsHandledWithoutASpan() throws Exception {
        EventMessage<?> stored = GenericEventMessage.asEventMessage(new CaseReferred("case-1"));
        List<String> handled = new ArrayList<>();

        DefaultUnitOfWork<EventMessage<?>> unitOfWork = DefaultUnitOfWork.startAndGet(stored);
        EventTracing.handling(traces, "escalation-views").handle(unitOfWork, () -> handled.add("handled"));
        unitOfWork.commit();

        assertThat(handled).containsExactly("handled");
        assertThat(recording.finished).isEmpty();
    }

    @Test
    void aBatchIsTimedOnceFromItsFirstEventToItsCommit() throws Exception {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        BatchTimer timer = new BatchTimer(registry, "case-views");
        BatchingUnitOfWork<EventMessage<?>> batch = new BatchingUnitOfWork<>(List.of(
                GenericEventMessage.asEventMessage(new CaseReferred("case-1")),
                GenericEventMessage.asEventMessage(new CaseReferred("case-2"))));

        batch.executeWithResult(() -> timer.handle(batch, () -> null));

        Timer committed = registry.find(BatchTimer.TIMER)
                .tag("processing_group", "case-views")
                .tag("outcome", "committed")
                .timer();
        assertThat(committed).isNotNull();
        assertThat(committed.count()).isEqualTo(1);
    }
}
