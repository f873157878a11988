package org.casebridge.platform.deadletter;

import java.util.Set;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs each event handler of a projection inside a savepoint of the processor's transaction. PostgreSQL
 * aborts a whole transaction at the first failed statement; without the savepoint, a handler's refused insert would
 * also doom the dead letter and the token written after it, and the batch would be retried for ever (review H4).
 * With it, the failed handler's writes are rolled back alone, the event is parked and the batch commits.
 * The outbox ({@code kafka-publisher}), excluded groups and aggregates are left as they are.
 */
final class SavepointPerEvent implements HandlerEnhancerDefinition {

    private final ObjectProvider<PlatformTransactionManager> transactions;
    private final Set<String> excludedGroups;
    /** The manager once found: looking it up in the bean factory for every event cost 1.5% of a service's CPU. */
    private volatile @Nullable PlatformTransactionManager manager;

    SavepointPerEvent(ObjectProvider<PlatformTransactionManager> transactions, Set<String> excludedGroups) {
        this.transactions = transactions;
        this.excludedGroups = excludedGroups;
    }

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        if (!original.canHandleMessageType(EventMessage.class)
                || !parksEvents(original.declaringClass(), excludedGroups)) {
            return original;
        }
        return new WrappedMessageHandlingMember<>(original) {
            @Override
            public Object handle(Message<?> message, T target) throws Exception {
                PlatformTransactionManager manager = manager();
                if (manager == null || !TransactionSynchronizationManager.isActualTransactionActive()) {
                    return super.handle(message, target);
                }
                TransactionTemplate savepoint = new TransactionTemplate(manager);
                savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
                Object[] result = new Object[1];
                Exception[] checked = new Exception[1];
                savepoint.executeWithoutResult(status -> {
                    try {
                        result[0] = super.handle(message, target);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        checked[0] = e;
                        status.setRollbackOnly();
                    }
                });
                if (checked[0] != null) {
                    throw checked[0];
                }
                return result[0];
            }
        };
    }

    private @Nullable PlatformTransactionManager manager() {
        PlatformTransactionManager found = manager;
        if (found == null) {
            found = transactions.getIfAvailable();
            manager = found;
        }
        return found;
    }

    /**
     * Projections, except the outbox and the groups a service excludes. Not sagas: Axon 4 has no dead-letter queue
     * for them, and a savepoint would turn a failed deadline into one silently skipped (ADR 0012).
     */
    static boolean parksEvents(Class<?> handlerClass, Set<String> excludedGroups) {
        ProcessingGroup group = handlerClass.getAnnotation(ProcessingGroup.class);
        return group != null && DeadLetterProperties.parks(group.value(), excludedGroups);
    }
}
