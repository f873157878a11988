package org.casebridge.platform.replay;

import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Before a subscribing processing group handles a live event, in the command's transaction, it waits for a rebuild of
 * the group to commit (ADR 0050). Streaming groups pass straight through: their replay needs no lock.
 */
final class LiveTurn implements MessageHandlerInterceptor<EventMessage<?>> {

    private final String group;
    private final Configuration config;
    private final ObjectProvider<ProjectionReplays> replays;
    private @Nullable Boolean subscribing;

    LiveTurn(String group, Configuration config, ObjectProvider<ProjectionReplays> replays) {
        this.group = group;
        this.config = config;
        this.replays = replays;
    }

    @Override
    public @Nullable Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain chain)
            throws Exception {
        if (subscribing()) {
            replays.getObject().awaitLiveTurn(group);
        }
        return chain.proceed();
    }

    private boolean subscribing() {
        Boolean known = subscribing;
        if (known == null) {
            known = config.eventProcessingConfiguration()
                    .eventProcessor(group)
                    .map(SubscribingEventProcessor.class::isInstance)
                    .orElse(false);
            subscribing = known;
        }
        return known;
    }
}
