package org.casebridge.notification.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.HashSet;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Which cases a school or a force holds (ADR 0082, ADR 0087, {@code case_legal_hold}), read at the start of a
 * retention run, and the count of what the run passed over because of a hold:
 * {@code casebridge_retention_erasures_blocked_total{because="legal-hold",record=...}}, as case-service counts its own.
 * A case whose hold is lifted is due again on the next run.
 */
final class LegalHolds {

    private final JdbcTemplate jdbc;
    private final Counter passedOver;

    LegalHolds(JdbcTemplate jdbc, MeterRegistry registry, String record) {
        this.jdbc = jdbc;
        this.passedOver = Counter.builder("casebridge.retention.erasures.blocked")
                .description("Erasures passed over because the case is under a legal hold")
                .tag("because", "legal-hold")
                .tag("record", record)
                .register(registry);
    }

    /** The cases under a legal hold now. */
    Set<String> heldCases() {
        return new HashSet<>(
                jdbc.queryForList("SELECT DISTINCT case_id FROM case_legal_hold WHERE held", String.class));
    }

    /** Whether the case is under a legal hold now: checked again in a case's erasure, for a hold received mid-run. */
    boolean held(String caseId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM case_legal_hold WHERE case_id = ? AND held)", Boolean.class, caseId));
    }

    /** Counts one case (or agency case) passed over because of its hold. */
    void passedOver() {
        passedOver.increment();
    }
}
