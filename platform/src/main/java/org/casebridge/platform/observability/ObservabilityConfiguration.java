package org.casebridge.platform.observability;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.time.Clock;
import java.util.ArrayList;
import org.apache.kafka.clients.admin.Admin;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventBus;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Tracing across the platform (ADR 0040) and the meters of its processors and consumers (ADR 0041). Spring Boot makes
 * the tracer (Micrometer Tracing on OpenTelemetry, W3C propagation) and, when {@code management.otlp.tracing.endpoint}
 * is set, the OTLP exporter; this configuration carries the trace context through Axon and registers the meters.
 */
@AutoConfiguration
public class ObservabilityConfiguration {

    @Bean
    public TraceContexts traceContexts(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new TraceContexts(
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    /** Trace context into every command and event Axon dispatches, and a span around every command's handling. */
    @Bean
    public InitializingBean tracedAxonMessages(CommandBus commandBus, EventBus eventBus, TraceContexts traces) {
        return () -> {
            commandBus.registerDispatchInterceptor(CommandTracing.dispatch(traces));
            commandBus.registerHandlerInterceptor(CommandTracing.handling(traces));
            eventBus.registerDispatchInterceptor(EventTracing.dispatch(traces));
        };
    }

    /** Every processing group times its batches and handles traced events in a span. */
    @Bean
    public ConfigurerModule observedProcessingGroups(TraceContexts traces, ObjectProvider<MeterRegistry> meters) {
        return configurer -> configurer.eventProcessing(processing -> {
            MeterRegistry registry = meters.getIfAvailable();
            if (registry != null) {
                processing.registerDefaultHandlerInterceptor((config, group) -> new BatchTimer(registry, group));
            }
            processing.registerDefaultHandlerInterceptor((config, group) -> EventTracing.handling(traces, group));
        });
    }

    @Bean
    public ProcessorLag processorLag(JdbcTemplate jdbc, Serializer serializer, Clock clock) {
        return new ProcessorLag(jdbc, serializer, clock);
    }

    @Bean(destroyMethod = "close")
    public KafkaConsumerLag kafkaConsumerLag(KafkaAdmin kafkaAdmin, Clock clock) {
        return new KafkaConsumerLag(Admin.create(kafkaAdmin.getConfigurationProperties()), clock);
    }

    /** The lag gauges, once every processing group and listener container exists. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> lagGauges(
            ProcessorLag processorLag,
            KafkaConsumerLag consumerLag,
            ObjectProvider<EventProcessingConfiguration> processing,
            ObjectProvider<KafkaListenerEndpointRegistry> listeners,
            ObjectProvider<MeterRegistry> meters) {
        return event -> {
            MeterRegistry registry = meters.getIfAvailable();
            if (registry == null) {
                return;
            }
            EventProcessingConfiguration processors = processing.getIfAvailable();
            if (processors != null) {
                processorLag.register(
                        registry, new ArrayList<>(processors.eventProcessors().keySet()));
            }
            KafkaListenerEndpointRegistry registered = listeners.getIfAvailable();
            if (registered != null) {
                consumerLag.register(registry, KafkaConsumerLag.groups(registered));
            }
        };
    }
}
