package org.casebridge.platform.deadletter;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.function.Function;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.util.DeadLetterQueueProviderConfigurerModule;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every processing group but the outbox parks the events it cannot apply in Axon's JDBC dead-letter queue (table
 * {@code dead_letter_entry}, platform migration V7), one line per aggregate, and runs its handlers in savepoints so
 * that a refused write cannot abort the batch. See ADR 0012.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties(DeadLetterProperties.class)
@Import(DeadLetterController.class)
public class DeadLetterConfiguration {

    /** Sequences (aggregates) one group may park before the processor stops and retries, as without a queue. */
    static final int MAX_SEQUENCES = 10_000;
    /** Events one aggregate may have waiting behind its failed event. */
    static final int MAX_SEQUENCE_SIZE = 10_000;
    /** How long a retry holds a sequence before another node may take it over. */
    static final Duration CLAIM = Duration.ofSeconds(30);

    @Bean
    public DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /** Takes the place of Axon's module, which would enable queues only per property. */
    @Bean
    public DeadLetterQueueProviderConfigurerModule deadLetterQueueProviderConfigurerModule(
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            DeadLetterSchema schema,
            Serializer serializer,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            DeadLetterProperties properties) {
        Function<String, Function<Configuration, SequencedDeadLetterQueue<EventMessage<?>>>> provider =
                group -> !DeadLetterProperties.parks(group, properties.excludedGroups())
                        ? null
                        : config -> queue(
                                group, connectionProvider, transactionManager, schema, serializer, eventSerializer);
        return new DeadLetterQueueProviderConfigurerModule(new EventProcessorProperties(), provider) {
            @Override
            public void configureModule(Configurer configurer) {
                configurer
                        .eventProcessing()
                        .registerDeadLetterQueueProvider(provider)
                        .registerDefaultDeadLetterPolicy(config -> new ParkingPolicy());
            }
        };
    }

    static JdbcSequencedDeadLetterQueue<EventMessage<?>> queue(
            String group,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            DeadLetterSchema schema,
            Serializer serializer,
            Serializer eventSerializer) {
        return JdbcSequencedDeadLetterQueue.<EventMessage<?>>builder()
                .processingGroup(group)
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(schema)
                .statementFactory(new ClaimableHeadsInOrder(schema, serializer, eventSerializer))
                .genericSerializer(serializer)
                .eventSerializer(eventSerializer)
                .maxSequences(MAX_SEQUENCES)
                .maxSequenceSize(MAX_SEQUENCE_SIZE)
                .claimDuration(CLAIM)
                .build();
    }

    @Bean
    public SavepointPerEvent savepointPerEvent(
            ObjectProvider<PlatformTransactionManager> transactions, DeadLetterProperties properties) {
        return new SavepointPerEvent(transactions, properties.excludedGroups());
    }

    @Bean
    public ParkedEvents parkedEvents(JdbcTemplate jdbc) {
        return new ParkedEvents(jdbc);
    }

    @Bean
    public DeadLetterOperations deadLetterOperations(EventProcessingConfiguration processing, ParkedEvents parked) {
        return new DeadLetterOperations(processing, parked);
    }

    @Bean
    public DeadLetterMonitor deadLettersHealthIndicator(
            ParkedEvents parked, DeadLetterOperations operations, ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterMonitor(parked, operations, meters);
    }
}
