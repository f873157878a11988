package org.casebridge.platform.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.serialization.Serializer;
import org.casebridge.events.Topics;
import org.casebridge.events.agency.AgencyTopic;
import org.casebridge.platform.observability.TraceContexts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * The Kafka bridge, written once for every service: an idempotent producer ({@code enable.idempotence=true},
 * {@code acks=all}), the publisher that treats the event store as the outbox, the inbox that makes consumers
 * idempotent, manual acknowledgement after the database commit, dead-letter topics for poison records, and the
 * topics created at start-up.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(KafkaBridgeProperties.class)
public class KafkaBridgeConfiguration {

    @Bean
    public ProducerFactory<String, byte[]> kafkaProducerFactory(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(null));
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 12_000);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new DefaultKafkaProducerFactory<>(config);
    }

    @Bean
    public KafkaTemplate<String, byte[]> kafkaTemplate(ProducerFactory<String, byte[]> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    @Bean
    public ConsumerFactory<String, byte[]> kafkaConsumerFactory(KafkaProperties kafka) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties(null));
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.putIfAbsent(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new DefaultKafkaConsumerFactory<>(config);
    }

    @Bean
    public DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, byte[]> kafkaTemplate, KafkaBridgeProperties properties) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                kafkaTemplate, (record, exception) -> new TopicPartition(DeadLetters.topicFor(record.topic()), -1));
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(30_000);
        backOff.setMaxElapsedTime(properties.retryMaxElapsed().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(PoisonRecordException.class);
        return handler;
    }

    @Bean
    public ConcurrentKafkaListenerContainerFactory<String, byte[]> kafkaListenerContainerFactory(
            ConsumerFactory<String, byte[]> consumerFactory,
            DefaultErrorHandler kafkaErrorHandler,
            KafkaBridgeProperties properties) {
        ConcurrentKafkaListenerContainerFactory<String, byte[]> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumerFactory);
        if (!properties.consumerGroupSuffix().isEmpty()) {
            factory.setContainerCustomizer(container -> container
                    .getContainerProperties()
                    .setGroupId(container.getGroupId() + properties.consumerGroupSuffix()));
        }
        // A listener acknowledges a record once its transaction committed; the container commits the acknowledged
        // offsets once after each poll's records, not one synchronous commit per record (ADR 0074). A crash between
        // the two delivers those records again, and the inbox keeps their effects once.
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        // One thread per partition by default: records of one case share a partition (keyed by case id), so each
        // case keeps its order, while one case's slow or retried record no longer holds up every other (ADR 0080).
        factory.setConcurrency(properties.consumerThreads());
        factory.setCommonErrorHandler(kafkaErrorHandler);
        return factory;
    }

    @Bean
    public KafkaAdmin.NewTopics casebridgeTopics(KafkaBridgeProperties properties) {
        return new KafkaAdmin.NewTopics(
                topic(Topics.SCHOOL_EVENTS, properties),
                topic(DeadLetters.topicFor(Topics.SCHOOL_EVENTS), properties),
                topic(Topics.POLICE_EVENTS, properties),
                topic(DeadLetters.topicFor(Topics.POLICE_EVENTS), properties),
                topic(AgencyTopic.AGENCY_EVENTS, properties),
                topic(DeadLetters.topicFor(AgencyTopic.AGENCY_EVENTS), properties));
    }

    private static NewTopic topic(String name, KafkaBridgeProperties properties) {
        return new NewTopic(name, properties.partitions(), properties.replication());
    }

    @Bean
    public KafkaHealth kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
        return new KafkaHealth(kafkaAdmin);
    }

    @Bean
    public CloudEventCodec cloudEventCodec() {
        return new CloudEventCodec();
    }

    @Bean
    public BridgeMetrics bridgeMetrics(MeterRegistry registry, Clock clock) {
        return new BridgeMetrics(registry, clock);
    }

    @Bean
    public IntegrationEventInbox integrationEventInbox(
            CloudEventCodec codec,
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            BridgeMetrics metrics,
            ObjectProvider<TraceContexts> traces) {
        return new IntegrationEventInbox(codec, jdbc, transactions, metrics, traces.getIfAvailable(TraceContexts::off));
    }

    @Bean
    @ConditionalOnBean(IntegrationEventMapping.class)
    public IntegrationEventPublisher integrationEventPublisher(
            IntegrationEventMapping mapping,
            CloudEventCodec codec,
            KafkaTemplate<String, byte[]> kafkaTemplate,
            JdbcTemplate jdbc,
            BridgeMetrics metrics,
            KafkaBridgeProperties properties,
            ObjectProvider<TraceContexts> traces) {
        return new IntegrationEventPublisher(
                mapping,
                codec,
                kafkaTemplate,
                jdbc,
                metrics,
                properties.sendTimeout(),
                traces.getIfAvailable(TraceContexts::off));
    }

    @Bean
    @ConditionalOnBean(IntegrationEventMapping.class)
    public PublicationReconciler publicationReconciler(
            IntegrationEventMapping mapping,
            CloudEventCodec codec,
            KafkaTemplate<String, byte[]> kafkaTemplate,
            JdbcTemplate jdbc,
            @Qualifier("eventSerializer") Serializer eventSerializer,
            BridgeMetrics metrics,
            MeterRegistry registry,
            KafkaBridgeProperties properties) {
        return new PublicationReconciler(
                mapping,
                codec,
                kafkaTemplate,
                jdbc,
                eventSerializer,
                metrics,
                registry,
                properties.sendTimeout(),
                properties.reconcileInterval());
    }
}
