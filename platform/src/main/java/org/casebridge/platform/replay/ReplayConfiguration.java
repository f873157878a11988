package org.casebridge.platform.replay;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Projection replays on operators' request, their gauge and their progress log (ADR 0050). */
@AutoConfiguration
@Import(ProjectionReplayController.class)
public class ReplayConfiguration {

    @Bean(destroyMethod = "close")
    public ProjectionReplays projectionReplays(
            EventProcessingConfiguration processing,
            EventStorageEngine storage,
            PlatformTransactionManager transactions,
            JdbcTemplate jdbc,
            Clock clock) {
        return new ProjectionReplays(
                processing, new SubscribingRebuilds(storage, new TransactionTemplate(transactions), jdbc), clock);
    }

    /** Every live event of a subscribing group waits for a rebuild of the group to commit. */
    @Bean
    public ConfigurerModule subscribingGroupsWaitForTheirRebuild(ObjectProvider<ProjectionReplays> replays) {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerDefaultHandlerInterceptor((config, group) -> new LiveTurn(group, config, replays)));
    }

    /** The progress gauges and log, once every processing group exists. */
    @Bean
    public ApplicationListener<ApplicationReadyEvent> replayProgressGauges(
            ProjectionReplays replays, ObjectProvider<MeterRegistry> meters) {
        return event -> {
            MeterRegistry registry = meters.getIfAvailable();
            if (registry != null) {
                replays.register(registry);
            }
            replays.startProgressLog();
        };
    }
}
