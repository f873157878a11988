package org.casebridge.platform.audit;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import org.casebridge.platform.access.AccessLogConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail in every service (ADR 0045): db-scheduler tasks, each run by one instance at a time, chain the
 * committed rows ({@code audit-chain}), sign checkpoints ({@code audit-checkpoint}) and verify everything for the
 * metric ({@code audit-verification}); auditors ask at {@code /api/audit/verification} and {@code /api/audit/checkpoints}.
 */
@AutoConfiguration(after = AccessLogConfiguration.class)
@EnableConfigurationProperties(AuditProperties.class)
@Import(AuditController.class)
public class AuditConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuditConfiguration.class);

    @Bean
    public AuditSigningKey auditSigningKey(AuditProperties properties) {
        return AuditSigningKey.load(properties.signingKey(), properties.publicKey(), properties.devKeyFile());
    }

    @Bean
    public AuditChain auditChain(
            JdbcTemplate jdbc, PlatformTransactionManager transactionManager, AuditProperties properties) {
        return new AuditChain(jdbc, new TransactionTemplate(transactionManager), properties.safetyWindow());
    }

    @Bean
    public AuditCheckpoints auditCheckpoints(JdbcTemplate jdbc, AuditChain chain, AuditSigningKey key, Clock clock) {
        return new AuditCheckpoints(jdbc, chain, key, clock);
    }

    @Bean
    public AuditVerifier auditVerifier(JdbcTemplate jdbc) {
        return new AuditVerifier(jdbc);
    }

    @Bean
    public AuditMetrics auditMetrics(ObjectProvider<MeterRegistry> meters) {
        return new AuditMetrics(meters.getIfAvailable());
    }

    @Bean
    public RecurringTask<Void> auditChainTask(AuditChain chain, AuditProperties properties) {
        return Tasks.recurring("audit-chain", Schedules.fixedDelay(properties.chainInterval()))
                .execute((instance, context) -> chain.appendCommitted());
    }

    @Bean
    public RecurringTask<Void> auditCheckpointTask(AuditCheckpoints checkpoints, AuditProperties properties) {
        return Tasks.recurring("audit-checkpoint", Schedules.fixedDelay(properties.checkpointInterval()))
                .execute((instance, context) -> checkpoints
                        .take()
                        .ifPresent(c -> log.info(
                                "Audit checkpoint {}: {} event and {} access entries, root {}",
                                c.id(),
                                c.eventEntries(),
                                c.accessEntries(),
                                c.root())));
    }

    @Bean
    public RecurringTask<Void> auditVerificationTask(
            AuditVerifier verifier, AuditSigningKey key, AuditMetrics metrics, AuditProperties properties) {
        return Tasks.recurring("audit-verification", Schedules.fixedDelay(properties.verificationInterval()))
                .execute((instance, context) -> {
                    Verification result =
                            metrics.record(verifier.verify(key.encodedPublicKey(), AuditVerifier.Progress.NONE));
                    if (!result.verified()) {
                        log.error(
                                "The audit trail does not verify: {} (checkpoint {})",
                                result.firstBrokenEntry(),
                                result.checkpoint());
                    }
                });
    }
}
