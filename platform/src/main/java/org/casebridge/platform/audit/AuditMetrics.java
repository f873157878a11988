package org.casebridge.platform.audit;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * The last verification's result as gauges: {@code casebridge_audit_verified} (1 or 0; absent before the first) and
 * {@code casebridge_audit_entries_checked}. The periodic verification runs on one instance at a time.
 */
public class AuditMetrics {

    private final AtomicReference<@Nullable Verification> last = new AtomicReference<>();

    public AuditMetrics(@Nullable MeterRegistry meters) {
        if (meters != null) {
            Gauge.builder("casebridge.audit.verified", last, AuditMetrics::verified)
                    .description("1 when the last verification of the audit chains held, 0 when an entry broke")
                    .register(meters);
            Gauge.builder("casebridge.audit.entries.checked", last, AuditMetrics::checked)
                    .description("Chain entries the last verification checked")
                    .register(meters);
        }
    }

    private static double verified(AtomicReference<@Nullable Verification> last) {
        Verification verification = last.get();
        return verification == null ? Double.NaN : verification.verified() ? 1 : 0;
    }

    private static double checked(AtomicReference<@Nullable Verification> last) {
        Verification verification = last.get();
        return verification == null ? Double.NaN : verification.entriesChecked();
    }

    Verification record(Verification verification) {
        last.set(verification);
        return verification;
    }
}
