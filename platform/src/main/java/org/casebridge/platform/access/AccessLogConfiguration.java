package org.casebridge.platform.access;

import java.time.Clock;
import java.time.Duration;
import org.axonframework.eventhandling.gateway.EventGateway;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.web.WebConfiguration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The access log, its recording advice and its query endpoint, in every service. */
@AutoConfiguration(after = WebConfiguration.class)
@Import({AccessLogController.class, AccessLogAuditController.class})
public class AccessLogConfiguration {

    /**
     * The access log; where the service declares {@link SchoolCases}, it also publishes reads of schools' cases by
     * anyone outside the school, at most one per case, organisation, role and record in each window (ADR 0070).
     */
    @Bean
    public AccessLog accessLog(
            JdbcTemplate jdbc,
            Clock clock,
            ObjectProvider<SchoolCases> schoolCases,
            ObjectProvider<EventGateway> events,
            ObjectProvider<PlatformTransactionManager> transactions,
            @Value("${casebridge.access.read-publication-window:PT15M}") Duration window) {
        SchoolCases cases = schoolCases.getIfAvailable();
        if (cases == null) {
            return new AccessLog(jdbc, clock);
        }
        return new AccessLog(
                jdbc,
                clock,
                new CaseReadPublication(cases, events.getObject(), window),
                new TransactionTemplate(transactions.getObject()));
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
