package org.casebridge.platform.deadletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.ThrowableCause;
import org.axonframework.serialization.Serializer;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * A retry reaches a parked sequence however many are parked before it. Axon 4.13.0's own statement pages by the
 * sequence-local index and misses it (AxonFramework issue 4544, ADR 0012); when an upgrade fixes that, the second
 * test fails and {@link ClaimableHeadsInOrder} can go.
 */
@CasebridgeIntegrationTest
class ClaimableHeadsInOrderIT {

    private static final int PARKED = 130;

    @Autowired
    ConnectionProvider connections;

    @Autowired
    TransactionManager transactions;

    @Autowired
    DeadLetterSchema schema;

    @Autowired
    Serializer serializer;

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    @Test
    void aRetryReachesTheSequenceParkedLastOfMany() {
        String group = "paging-" + UUID.randomUUID();
        parkMany(DeadLetterConfiguration.queue(group, connections, transactions, schema, serializer, eventSerializer));

        boolean processed = transactions.fetchInTransaction(() -> DeadLetterConfiguration.queue(
                        group, connections, transactions, schema, serializer, eventSerializer)
                .process(ClaimableHeadsInOrderIT::isLast, letter -> Decisions.evict()));

        assertThat(processed).isTrue();
        assertThat(transactions.fetchInTransaction(() -> axonsOwn(group).contains(last())))
                .isFalse();
    }

    @Test
    void axonsOwnStatementMissesIt() {
        String group = "paging-" + UUID.randomUUID();
        parkMany(axonsOwn(group));

        boolean processed = transactions.fetchInTransaction(
                () -> axonsOwn(group).process(ClaimableHeadsInOrderIT::isLast, letter -> Decisions.evict()));

        assertThat(processed).isFalse();
    }

    private void parkMany(SequencedDeadLetterQueue<EventMessage<?>> queue) {
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        transactions.executeInTransaction(() -> {
            for (int i = 0; i < PARKED; i++) {
                Instant at = start.plusSeconds(i);
                queue.enqueue(
                        "sequence-" + i,
                        new GenericDeadLetter<>(
                                "sequence-" + i,
                                GenericEventMessage.asEventMessage("parked " + i),
                                new ThrowableCause("java.lang.IllegalStateException", "test"),
                                at,
                                at,
                                MetaData.emptyInstance()));
            }
        });
    }

    private JdbcSequencedDeadLetterQueue<EventMessage<?>> axonsOwn(String group) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .connectionProvider(connections)
                .transactionManager(transactions)
                .schema(schema)
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .build();
    }

    private static boolean isLast(Object letter) {
        return letter instanceof JdbcDeadLetter<?> jdbc
                && jdbc.getSequenceIdentifier().equals(last());
    }

    private static String last() {
        return "sequence-" + (PARKED - 1);
    }
}
