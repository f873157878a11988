package org.casebridge.platform.access;

import java.time.Clock;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.web.WebConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The access log, its recording advice and its query endpoint, in every service. */
@AutoConfiguration(after = WebConfiguration.class)
@Import({AccessLogController.class, AccessLogAuditController.class})
public class AccessLogConfiguration {

    @Bean
    public AccessLog accessLog(JdbcTemplate jdbc, Clock clock) {
        return new AccessLog(jdbc, clock);
    }

    @Bean
    public AccessLogSearch accessLogSearch(JdbcTemplate jdbc, ObjectProvider<OrganisationCases> organisationCases) {
        return new AccessLogSearch(jdbc, organisationCases.getIfAvailable());
    }

    @Bean
    public AccessLogAdvice accessLogAdvice(AccessLog accessLog, ActorResolver actors) {
        return new AccessLogAdvice(accessLog, actors);
    }
}
