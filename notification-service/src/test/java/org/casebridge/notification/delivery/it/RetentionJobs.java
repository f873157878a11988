package org.casebridge.notification.delivery.it;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.retention.AgencyCaseRetention;
import org.casebridge.notification.retention.CopiesRetention;
import org.casebridge.notification.retention.RetentionSchedule;
import org.casebridge.platform.sealing.SealingKeyVault;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The service's daily retention jobs built from a test's application context with a clock the test chooses, so that a
 * test runs the night of its choice by hand: the same beans as the scheduled job, only the time differs.
 */
final class RetentionJobs {

    private final ApplicationContext context;

    private RetentionJobs(ApplicationContext context) {
        this.context = context;
    }

    static RetentionJobs of(ApplicationContext context) {
        return new RetentionJobs(context);
    }

    /** The erasure of the LADO's free text about concluded allegations, as it runs at {@code clock}'s time. */
    AgencyCaseRetention agencyCases(Clock clock) {
        return new AgencyCaseRetention(
                context.getBean(JdbcTemplate.class),
                context.getBean(CommandGateway.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(RetentionSchedule.class),
                context.getBean(SealingKeyVault.class),
                clock,
                context.getBeanProvider(MeterRegistry.class));
    }

    /** The erasure of the copies of shared events, as it runs at {@code clock}'s time. */
    CopiesRetention copies(Clock clock) {
        return new CopiesRetention(
                context.getBean(JdbcTemplate.class),
                context.getBean(CommandGateway.class),
                context.getBean(PlatformTransactionManager.class),
                context.getBean(RetentionSchedule.class),
                clock,
                context.getBeanProvider(MeterRegistry.class));
    }
}
