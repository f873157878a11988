package org.casebridge.notification.retention;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One run of the retention job (ADR 0069): erases the payloads of the received events and deliveries whose event
 * occurred before today (by the injected clock, UK time) less their period, one case and controller at a time, each
 * in its own transaction with the {@link CopiesErasedEvent} that records it. A received event keeps the codes the
 * service reads later ({@link #KEPT_CODES}); a delivery keeps nothing of its payload, and its and its attempts' error
 * texts go too. A delivery still pending is left until it is sent or dead-lettered. An erased copy is not found again,
 * so a second run erases nothing; a case that fails is tried again on the next run. A case under a legal hold
 * is passed over, counted, and erased by the first run after the hold is lifted (the school's, ADR 0082, or a force's
 * on its escalation, ADR 0087). Logs counts only.
 */
@Component
public class CopiesRetention {

    /** What stays of a received event's payload: codes of organisations and the case reference, never a child. */
    static final List<String> KEPT_CODES =
            List.of("schoolUrn", "localAuthorityCode", "forceCode", "caseReference", "referredTo");

    private static final Logger log = LoggerFactory.getLogger(CopiesRetention.class);
    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String NO_CONTROLLER = "casebridge";

    private final JdbcTemplate jdbc;
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final RetentionSchedule schedule;
    private final Clock clock;
    private final Counter receivedErased;
    private final Counter deliveriesErased;
    private final LegalHolds holds;

    public CopiesRetention(
            JdbcTemplate jdbc,
            CommandGateway commands,
            PlatformTransactionManager transactionManager,
            RetentionSchedule schedule,
            Clock clock,
            ObjectProvider<MeterRegistry> meters) {
        this.jdbc = jdbc;
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
        this.schedule = schedule;
        this.clock = clock;
        MeterRegistry registry = meters.getIfAvailable(SimpleMeterRegistry::new);
        this.receivedErased = erasures(registry, "received-event");
        this.deliveriesErased = erasures(registry, "delivery");
        this.holds = new LegalHolds(jdbc, registry, "copies");
    }

    /** What one run did. */
    public record Run(int cases, int receivedEvents, int deliveries, int held, int failed) {}

    /** The rationale every erasure of the job records. */
    public String rationale() {
        return "Retention period ended (" + schedule.description() + ")";
    }

    public Run run() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(UK).toLocalDate();
        Instant receivedBefore =
                today.minus(schedule.receivedEvents()).atStartOfDay(UK).toInstant();
        Instant deliveredBefore =
                today.minus(schedule.deliveries()).atStartOfDay(UK).toInstant();
        Instant occurredBefore = receivedBefore.isAfter(deliveredBefore) ? receivedBefore : deliveredBefore;
        int cases = 0;
        int received = 0;
        int delivered = 0;
        int failed = 0;
        Set<String> heldCases = holds.heldCases();
        Set<String> passedOver = new HashSet<>();
        for (Due due : due(receivedBefore, deliveredBefore)) {
            if (heldCases.contains(due.caseId())) {
                if (passedOver.add(due.caseId())) {
                    holds.passedOver();
                }
                continue;
            }
            try {
                int[] erased = transactions.execute(
                        status -> erase(due, receivedBefore, deliveredBefore, occurredBefore, now));
                if (erased != null && erased[0] + erased[1] > 0) {
                    cases++;
                    received += erased[0];
                    delivered += erased[1];
                    receivedErased.increment(erased[0]);
                    deliveriesErased.increment(erased[1]);
                }
            } catch (RuntimeException e) {
                failed++;
                log.warn(
                        "Retention erasure of a case's copies failed ({}); it is tried again on the next run",
                        e.getClass().getSimpleName());
            }
        }
        log.info(
                "Retention run for {}: copies of {} cases erased ({} received events, {} deliveries), {} under a legal"
                        + " hold, {} failed",
                today,
                cases,
                received,
                delivered,
                passedOver.size(),
                failed);
        return new Run(cases, received, delivered, passedOver.size(), failed);
    }

    private record Due(String caseId, String controller) {}

    private List<Due> due(Instant receivedBefore, Instant deliveredBefore) {
        return jdbc.query(
                """
                SELECT case_id, COALESCE(controller_id, ?) FROM received_event
                WHERE payload_erased_at IS NULL AND occurred_at < ?
                UNION
                SELECT d.case_id, COALESCE(r.controller_id, ?) FROM delivery d
                JOIN received_event r ON r.event_id = d.event_id
                WHERE d.payload_erased_at IS NULL AND d.status <> 'PENDING' AND d.event_time < ?
                ORDER BY 1, 2""",
                (rs, row) -> new Due(rs.getString(1), rs.getString(2)),
                NO_CONTROLLER,
                Timestamp.from(receivedBefore),
                NO_CONTROLLER,
                Timestamp.from(deliveredBefore));
    }

    private int[] erase(Due due, Instant receivedBefore, Instant deliveredBefore, Instant occurredBefore, Instant now) {
        if (holds.held(due.caseId())) {
            return new int[] {0, 0};
        }
        int received = jdbc.update(
                """
                UPDATE received_event r SET
                    payload = (SELECT COALESCE(jsonb_object_agg(key, value), '{}'::jsonb) FROM jsonb_each(r.payload)
                               WHERE key = ANY (?::text[])),
                    awaiting_area = FALSE, payload_erased_at = ?
                WHERE case_id = ? AND COALESCE(controller_id, ?) = ? AND occurred_at < ? AND payload_erased_at IS NULL""",
                "{" + String.join(",", KEPT_CODES) + "}",
                Timestamp.from(now),
                due.caseId(),
                NO_CONTROLLER,
                due.controller(),
                Timestamp.from(receivedBefore));
        List<UUID> deliveries = jdbc.queryForList(
                """
                UPDATE delivery d SET payload = '{}'::jsonb, last_error = NULL, payload_erased_at = ?
                FROM received_event r
                WHERE r.event_id = d.event_id AND d.case_id = ? AND COALESCE(r.controller_id, ?) = ?
                    AND d.event_time < ? AND d.payload_erased_at IS NULL AND d.status <> 'PENDING'
                RETURNING d.delivery_id""",
                UUID.class,
                Timestamp.from(now),
                due.caseId(),
                NO_CONTROLLER,
                due.controller(),
                Timestamp.from(deliveredBefore));
        for (UUID delivery : deliveries) {
            jdbc.update(
                    "UPDATE delivery_attempt SET error = NULL WHERE delivery_id = ? AND error IS NOT NULL", delivery);
        }
        if (received + deliveries.size() > 0) {
            commands.sendAndWait(new RecordCopiesErasedCommand(
                    UUID.randomUUID().toString(),
                    due.caseId(),
                    received,
                    deliveries.size(),
                    occurredBefore,
                    CopiesErasure.retention(due.controller()),
                    now,
                    rationale()));
        }
        return new int[] {received, deliveries.size()};
    }

    private static Counter erasures(MeterRegistry registry, String record) {
        return Counter.builder("casebridge.retention.erasures")
                .description("Copies erased as their retention ended")
                .tag("record", record)
                .register(registry);
    }
}
