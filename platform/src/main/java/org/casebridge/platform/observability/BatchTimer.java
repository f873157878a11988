package org.casebridge.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;

/**
 * Times each batch a processing group handles, from its first event's handling to the end of its unit of work (the
 * commit of the handlers' writes and the token): {@value #TIMER}, tagged {@code processing_group}. A pooled streaming
 * processor handles a batch in one unit of work, which this interceptor sees once per event; the timer starts on the
 * first and stops when the unit of work is cleaned up, committed or rolled back ({@code outcome}).
 */
public final class BatchTimer implements MessageHandlerInterceptor<EventMessage<?>> {

    public static final String TIMER = "casebridge.processor.batch.duration";

    private static final String SAMPLE = BatchTimer.class.getName() + ".sample";

    private final MeterRegistry registry;
    private final String processingGroup;

    public BatchTimer(MeterRegistry registry, String processingGroup) {
        this.registry = registry;
        this.processingGroup = processingGroup;
    }

    @Override
    public @Nullable Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        unitOfWork.getOrComputeResource(SAMPLE, key -> {
            Timer.Sample sample = Timer.start(registry);
            unitOfWork.onCleanup(done -> sample.stop(timer(done.isRolledBack() ? "rolled_back" : "committed")));
            return sample;
        });
        return interceptorChain.proceed();
    }

    private Timer timer(String outcome) {
        return Timer.builder(TIMER)
                .description("How long a processing group takes to handle one batch of events and commit it")
                .tag("processing_group", processingGroup)
                .tag("outcome", outcome)
                .register(registry);
    }
}
