package org.casebridge.platform.history;

import java.time.Clock;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Historical views, in every service (ADR 0047). */
@AutoConfiguration
public class HistoryConfiguration {

    @Bean
    public HistoricalViews historicalViews(
            EventStore eventStore, JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        return new HistoricalViews(eventStore, jdbc, transactions, clock);
    }
}
