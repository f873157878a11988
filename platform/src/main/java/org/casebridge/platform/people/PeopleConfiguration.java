package org.casebridge.platform.people;

import java.time.Clock;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.web.WebConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The names of the people who act through the service, in every service; pages use it as {@code @peopleNames}. */
@AutoConfiguration(after = WebConfiguration.class)
public class PeopleConfiguration {

    @Bean
    public PeopleNames peopleNames(JdbcTemplate jdbc, Clock clock, ActorResolver actors) {
        return new PeopleNames(jdbc, clock, actors);
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
