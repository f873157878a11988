package org.casebridge.platform.people;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.ZoneId;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.web.WebConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The names of the people who act through the service, in every service; pages use it as {@code @peopleNames}. Their
 * retention is the db-scheduler task {@code person-name-retention} (ADR 0076): daily at
 * {@code casebridge.people.names-forgotten-at} (UK time), one instance at a time, and a run missed while every instance
 * was down runs when one starts.
 */
@AutoConfiguration(after = WebConfiguration.class)
@EnableConfigurationProperties(PeopleProperties.class)
public class PeopleConfiguration {

    @Bean
    public PeopleNames peopleNames(JdbcTemplate jdbc, Clock clock, ActorResolver actors) {
        return new PeopleNames(jdbc, clock, actors);
    }

    @Bean
    public PeopleNamesRetention peopleNamesRetention(
            JdbcTemplate jdbc,
            PeopleNames names,
            PeopleProperties properties,
            Clock clock,
            ObjectProvider<MeterRegistry> meters,
            ObjectProvider<NamesKept> kept) {
        return new PeopleNamesRetention(
                jdbc,
                names,
                properties.namesKeptFor(),
                clock,
                meters.getIfAvailable(),
                kept.orderedStream().toList());
    }

    @Bean
    public RecurringTask<Void> peopleNamesRetentionTask(PeopleNamesRetention retention, PeopleProperties properties) {
        return Tasks.recurring(
                        "person-name-retention",
                        Schedules.daily(ZoneId.of("Europe/London"), properties.namesForgottenAt()))
                .execute((instance, context) -> retention.run());
    }

    @Bean
    public WebMvcConfigurer peopleNamesRecording(PeopleNames names, ActorResolver actors) {
        PeopleNamesRecorder recorder = new PeopleNamesRecorder(names, actors);
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(recorder);
            }
        };
    }
}
