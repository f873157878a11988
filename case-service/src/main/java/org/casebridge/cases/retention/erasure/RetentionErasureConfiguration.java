package org.casebridge.cases.retention.erasure;

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
 * casebridge.cases.retention-erasure-at}, UK time), on one instance only (db-scheduler picks the execution with a row
 * lock), and persistent: a run missed while every instance was down runs when one starts again.
 */
@Configuration(proxyBeanMethods = false)
public class RetentionErasureConfiguration {

    @Bean
    public RecurringTask<Void> retentionErasureTask(
            RetentionErasure erasure, @Value("${casebridge.cases.retention-erasure-at:02:30}") LocalTime at) {
        return Tasks.recurring("retention-erasure", Schedules.daily(ZoneId.of("Europe/London"), at))
                .execute((instance, context) -> erasure.run());
    }
}
