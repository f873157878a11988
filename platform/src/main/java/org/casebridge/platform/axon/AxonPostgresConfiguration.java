package org.casebridge.platform.axon;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurationScopeAwareProvider;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.deadline.DeadlineManager;
import org.axonframework.deadline.DeadlineManagerSpanFactory;
import org.axonframework.deadline.dbscheduler.DbSchedulerDeadlineManager;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.lifecycle.Phase;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.springboot.autoconfig.AxonDbSchedulerAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.casebridge.platform.sealing.SealedTextModule;
import org.casebridge.platform.sealing.TextKeys;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Axon on PostgreSQL without Axon Server: the JDBC event store with {@code bytea} payloads and a raised gap
 * timeout, JDBC token and saga stores with snake_case PostgreSQL tables (created by Flyway, never by Axon), one
 * dedicated Jackson mapper for every serializer, and pooled streaming processors everywhere. See ADR 0003.
 */
@AutoConfiguration(before = {JdbcAutoConfiguration.class, AxonDbSchedulerAutoConfiguration.class})
@EnableConfigurationProperties(EventStoreProperties.class)
public class AxonPostgresConfiguration {

    /** The mapper Axon uses for events, messages, tokens and sagas; the web layer's mapper is separate. */
    public static ObjectMapper axonObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .findAndRegisterModules();
    }

    private static Serializer jackson() {
        return JacksonSerializer.builder().objectMapper(axonObjectMapper()).build();
    }

    @Bean
    @Primary
    public Serializer serializer() {
        return jackson();
    }

    /**
     * The event store's serializer: where the service has {@link TextKeys}, its {@code @Sealed} fields are stored
     * sealed under their record's key and opened while the key exists (ADR 0058).
     */
    @Bean
    @Qualifier("eventSerializer")
    public Serializer eventSerializer(ObjectProvider<TextKeys> keys) {
        TextKeys textKeys = keys.getIfAvailable();
        return textKeys == null ? jackson() : sealingSerializer(textKeys);
    }

    /** The event store's serializer with these keys (also for the services' saved event fixtures). */
    public static Serializer sealingSerializer(TextKeys keys) {
        return JacksonSerializer.builder()
                .objectMapper(SealedTextModule.sealingWith(axonObjectMapper(), keys))
                .build();
    }

    @Bean
    @Qualifier("messageSerializer")
    public Serializer messageSerializer() {
        return jackson();
    }

    @Bean
    public EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry")
                .snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index")
                .timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .typeColumn("type")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .build();
    }

    @Bean
    public EventStorageEngine eventStorageEngine(
            @Qualifier("eventSerializer") Serializer eventSerializer,
            Serializer snapshotSerializer,
            PersistenceExceptionResolver persistenceExceptionResolver,
            ConnectionProvider connectionProvider,
            TransactionManager transactionManager,
            EventSchema eventSchema,
            org.axonframework.config.Configuration configuration,
            EventStoreProperties properties) {
        return new OneBatchJdbcEventStorageEngine(JdbcEventStorageEngine.builder()
                .eventSerializer(eventSerializer)
                .snapshotSerializer(snapshotSerializer)
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .upcasterChain(configuration.upcasterChain())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .schema(eventSchema)
                .dataType(byte[].class)
                .gapTimeout((int) properties.gapTimeout().toMillis())
                .gapCleaningThreshold(properties.gapCleaningThreshold()));
    }

    @Bean
    public TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry")
                .setProcessorNameColumn("processor_name")
                .setSegmentColumn("segment")
                .setTokenColumn("token")
                .setTokenTypeColumn("token_type")
                .setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Axon's db-scheduler deadline manager as Axon's auto-configuration builds it (the event serializer, the scheduler
     * started and stopped by db-scheduler's own starter), with a cancellation by scope that reads only its own case's
     * rows (ADR 0060).
     */
    @Bean
    public DeadlineManager deadlineManager(
            Scheduler scheduler,
            org.axonframework.config.Configuration configuration,
            @Qualifier("eventSerializer") Serializer serializer,
            TransactionManager transactionManager,
            DeadlineManagerSpanFactory spanFactory,
            JdbcTemplate jdbc) {
        return new ScopeFilteredDeadlineManager(
                DbSchedulerDeadlineManager.builder()
                        .scopeAwareProvider(new ConfigurationScopeAwareProvider(configuration))
                        .transactionManager(transactionManager)
                        .spanFactory(spanFactory)
                        .startScheduler(false)
                        .stopScheduler(false),
                scheduler,
                serializer,
                jdbc);
    }

    @Bean
    public DeadlineSchedulerShutdown deadlineSchedulerShutdown(ObjectProvider<Scheduler> scheduler) {
        return new DeadlineSchedulerShutdown(scheduler);
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema(SagaSchema.builder()
                .sagaEntryTable("saga_entry")
                .sagaIdColumn("saga_id")
                .revisionColumn("revision")
                .sagaTypeColumn("saga_type")
                .serializedSagaColumn("serialized_saga")
                .associationValueEntryTable("association_value_entry")
                .associationKeyColumn("association_key")
                .associationValueColumn("association_value")
                .build());
    }

    /** The processors' message source: woken by this JVM's commits, not by polling (ADR 0029). */
    @Bean(destroyMethod = "close")
    public CommitSignalledEventSource commitSignalledEventSource(
            ObjectProvider<EventStorageEngine> eventStorageEngine, EventStoreProperties properties) {
        return new CommitSignalledEventSource(eventStorageEngine::getObject, properties.pollInterval());
    }

    /**
     * Every processing group runs as a pooled streaming processor that starts, on its first run, from the tail of
     * the event store: projections and the publisher both need every event ever stored. They read through the
     * commit-signalled source, which the event store tells of every commit.
     */
    @Bean
    public ConfigurerModule pooledProcessorsFromTheTail(
            EventStoreProperties properties, CommitSignalledEventSource eventSource) {
        return configurer -> {
            configurer.onInitialize(config -> config.onStart(
                    Phase.LOCAL_MESSAGE_HANDLER_REGISTRATIONS,
                    () -> config.eventStore().subscribe(eventSource::eventsPublished)));
            configurer.eventProcessing(processing -> processing.usingPooledStreamingEventProcessors(
                    (config, builder) -> builder.messageSource(eventSource)
                            .initialToken(StreamableMessageSource::createTailToken)
                            .initialSegmentCount(properties.initialSegments())
                            .batchSize(properties.processorBatchSize())));
        };
    }
}
