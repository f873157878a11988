package org.casebridge.platform.audit;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit chain's settings (ADR 0045).
 *
 * @param safetyWindow how old a sequence head must be before the rows at or below it are chained: longer than the
 *     longest transaction PostgreSQL lets a session run ({@code CASEBRIDGE_DB_TRANSACTION_TIMEOUT_MS}, 30 s)
 * @param chainInterval how often committed rows are chained
 * @param checkpointInterval how often a signed checkpoint is taken (none while nothing was chained)
 * @param verificationInterval how often the whole check runs for the metric {@code casebridge_audit_verified}
 * @param signingKey base64 PKCS#8 Ed25519 private key; never logged
 * @param publicKey base64 X.509 Ed25519 public key of the signing key
 * @param devKeyFile where a generated development key is kept when no key is configured (the local stack)
 */
@ConfigurationProperties("casebridge.audit")
public record AuditProperties(
        @DefaultValue("60s") Duration safetyWindow,
        @DefaultValue("15s") Duration chainInterval,
        @DefaultValue("15m") Duration checkpointInterval,
        @DefaultValue("1h") Duration verificationInterval,
        @Nullable String signingKey,
        @Nullable String publicKey,
        @Nullable String devKeyFile) {}
