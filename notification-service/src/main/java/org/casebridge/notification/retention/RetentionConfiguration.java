package org.casebridge.notification.retention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The retention job as the db-scheduler task {@code retention-erasure}: once a day ({@code
 * casebridge.notification.retention-erasure-at}, UK time), on one instance only, and persistent: a run missed while
 * every instance was down runs when one starts again (ADR 0069, as case-service's of ADR 0053). It erases the copies
 * whose period passed, then the free text of the agency cases whose retention ended (ADR 0075).
 */
@Configuration(proxyBeanMethods = false)
public class RetentionConfiguration {

    @Bean
    public RecurringTask<Void> retentionErasureTask(
            CopiesRetention retention,
            AgencyCaseRetention agencyCases,
            @Value("${casebridge.notification.retention-erasure-at:02:45}") LocalTime at) {
        return Tasks.recurring("retention-erasure", Schedules.daily(ZoneId.of("Europe/London"), at))
                .execute((instance, context) -> {
                    retention.run();
                    agencyCases.run();
                });
    }
}
