package org.casebridge.platform.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.session.SessionAutoConfiguration;
import org.springframework.boot.web.servlet.AbstractFilterRegistrationBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * Portal sessions in PostgreSQL through Spring Session JDBC (ADR 0036), so that every instance of a service knows a
 * user signed in at another: attributes that cannot be read back are dropped rather than failing the request, an
 * outage of the store answers 503, and expired sessions are deleted by a db-scheduler task, which runs on one
 * instance at a time, instead of Spring Session's cron job on every instance.
 */
@AutoConfiguration(after = SessionAutoConfiguration.class)
@ConditionalOnClass(JdbcIndexedSessionRepository.class)
@ConditionalOnProperty(prefix = "casebridge.portal", name = "enabled", havingValue = "true", matchIfMissing = true)
public class PortalSessionConfiguration {

    /** Expired sessions are never read back; deleting them a few minutes late costs only their rows. */
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(5);

    @Bean
    public SessionRepositoryCustomizer<JdbcIndexedSessionRepository> portalSessionAttributes() {
        return repository -> repository.setConversionService(
                PortalSessionAttributes.conversionService(PortalSessionConfiguration.class.getClassLoader()));
    }

    @Bean
    @ConditionalOnBean(JdbcIndexedSessionRepository.class)
    public RecurringTask<Void> portalSessionPurge(JdbcIndexedSessionRepository sessions) {
        return Tasks.recurring("portal-session-purge", Schedules.fixedDelay(PURGE_INTERVAL))
                .execute((instance, context) -> sessions.cleanUpExpiredSessions());
    }

    /**
     * {@code casebridge.portal.session-store=servlet} keeps the servlet container's own session: only for a service's
     * MockMvc integration tests, whose flash attributes MockMvc puts in that session, where a session repository never
     * looks. Platform's PortalSessionIT and the deploy module's tests, which run the jars as deployed, prove the store
     * in PostgreSQL (ADR 0036).
     */
    @Bean
    @ConditionalOnProperty(prefix = "casebridge.portal", name = "session-store", havingValue = "servlet")
    public static BeanPostProcessor servletContainerSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractFilterRegistrationBean<?> registration
                        && beanName.equals("sessionRepositoryFilterRegistration")) {
                    registration.setEnabled(false);
                }
                return bean;
            }
        };
    }

    /** Just outside Spring Session's filter, which reads the session before anything else can answer. */
    @Bean
    public FilterRegistrationBean<SessionStoreOutageFilter> sessionStoreOutages(ObjectMapper objectMapper) {
        FilterRegistrationBean<SessionStoreOutageFilter> registration =
                new FilterRegistrationBean<>(new SessionStoreOutageFilter(objectMapper));
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
