package org.casebridge.notification.delivery.outbox;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.casebridge.events.lawful.Controller;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.notification.agency.AgencyKind;
import org.casebridge.notification.agency.Entitled;
import org.casebridge.notification.agency.Involvement;
import org.casebridge.notification.agency.Share;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The delivery outbox in PostgreSQL. Workers on any number of instances claim deliveries with a lease (a short
 * {@code FOR UPDATE SKIP LOCKED} transaction), send outside any transaction, then record the outcome if they still
 * hold the lease. A delivery is claimable only when no earlier delivery of the same case to the same subscription is
 * still pending, which keeps each case's events in order per subscription: earlier by the producer's event time, then
 * by arrival.
 */
@Component
public class DeliveryOutbox {

    private static final RowMapper<ClaimedDelivery> CLAIMED = (rs, row) -> new ClaimedDelivery(
            rs.getObject("delivery_id", UUID.class),
            rs.getString("subscription_id"),
            rs.getString("agency_id"),
            rs.getString("event_id"),
            rs.getString("event_type"),
            rs.getString("source"),
            rs.getString("case_id"),
            rs.getTimestamp("occurred_at").toInstant(),
            ChannelType.valueOf(rs.getString("channel_type")),
            rs.getString("payload"),
            rs.getInt("attempts"),
            rs.getTimestamp("retry_until").toInstant(),
            rs.getString("controller_kind") == null
                    ? null
                    : new Controller(
                            Controller.Kind.valueOf(rs.getString("controller_kind")), rs.getString("controller_id")),
            LawfulBasis.parse(rs.getString("lawful_basis")).orElse(null),
            rs.getString("share") == null
                    ? null
                    : new Entitled(
                            AgencyKind.valueOf(rs.getString("agency_kind")),
                            Involvement.valueOf(rs.getString("involvement")),
                            Share.valueOf(rs.getString("share"))));

    private final JdbcTemplate jdbc;

    public DeliveryOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Queues a delivery; false when this subscription already has one for the event. */
    public boolean enqueue(
            SubscriptionView subscription,
            StoredEvent event,
            Entitled entitled,
            String payload,
            Instant now,
            Duration retryPeriod) {
        return insert(subscription, event, entitled, payload, now, retryPeriod, "DO NOTHING");
    }

    /**
     * Queues a replayed event: a new delivery, or the existing one (same id, same webhook-id) sent again with the
     * payload the subscription entitles now. A delivery still pending is left alone.
     */
    public boolean requeue(
            SubscriptionView subscription,
            StoredEvent event,
            Entitled entitled,
            String payload,
            Instant now,
            Duration retryPeriod) {
        return insert(subscription, event, entitled, payload, now, retryPeriod, """
                DO UPDATE SET
                    payload = EXCLUDED.payload, channel_type = EXCLUDED.channel_type, status = 'PENDING',
                    agency_kind = EXCLUDED.agency_kind, involvement = EXCLUDED.involvement, share = EXCLUDED.share,
                    next_attempt_at = EXCLUDED.next_attempt_at, retry_until = EXCLUDED.retry_until,
                    lease_owner = NULL, lease_until = NULL
                WHERE delivery.status <> 'PENDING'""");
    }

    /** Inserts a pending delivery of the event; {@code onConflict} says what an existing one of the event becomes. */
    private boolean insert(
            SubscriptionView subscription,
            StoredEvent event,
            Entitled entitled,
            String payload,
            Instant now,
            Duration retryPeriod,
            String onConflict) {
        return jdbc.update(
                        """
                        INSERT INTO delivery (delivery_id, subscription_id, agency_id, event_id, event_type, case_id,
                            event_time, event_seq, channel_type, payload, status, next_attempt_at, retry_until,
                            enqueued_at, agency_kind, involvement, share)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS jsonb), 'PENDING', ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (subscription_id, event_id)\s""" + onConflict,
                        DeliveryIds.of(subscription.subscriptionId(), event.eventId()),
                        subscription.subscriptionId(),
                        subscription.agencyId(),
                        event.eventId(),
                        event.type(),
                        event.caseId(),
                        Timestamp.from(event.occurredAt()),
                        event.seq(),
                        subscription.channelType().name(),
                        payload,
                        Timestamp.from(now),
                        Timestamp.from(now.plus(retryPeriod)),
                        Timestamp.from(now),
                        entitled.kind().name(),
                        entitled.involvement().name(),
                        entitled.share().name())
                == 1;
    }

    /**
     * Sends a delivered or dead-lettered delivery again, with a fresh retry period; false when it is pending or its
     * payload was erased.
     */
    public boolean redeliver(UUID deliveryId, Instant now, Duration retryPeriod) {
        return jdbc.update("""
                        UPDATE delivery SET status = 'PENDING', next_attempt_at = ?, retry_until = ?,
                            lease_owner = NULL, lease_until = NULL
                        WHERE delivery_id = ? AND status <> 'PENDING' AND payload_erased_at IS NULL""", Timestamp.from(now), Timestamp.from(now.plus(retryPeriod)), deliveryId) == 1;
    }

    /** Whether the delivery's payload was erased when its retention ended (ADR 0069). */
    public boolean erased(UUID deliveryId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM delivery WHERE delivery_id = ? AND payload_erased_at IS NOT NULL)",
                Boolean.class,
                deliveryId));
    }

    /** Subscriptions (active ones) with a delivery due now. */
    public List<String> dueSubscriptions(Instant now, int limit) {
        return jdbc.queryForList("""
                        SELECT DISTINCT d.subscription_id FROM delivery d
                        JOIN subscription s ON s.subscription_id = d.subscription_id AND s.status = 'ACTIVE'
                        WHERE d.status = 'PENDING' AND d.next_attempt_at <= ?
                          AND (d.lease_until IS NULL OR d.lease_until < ?)
                        LIMIT ?""", String.class, Timestamp.from(now), Timestamp.from(now), limit);
    }

    /**
     * Leases up to {@code limit} due deliveries of one subscription, each the oldest pending one of its case (so at
     * most one per case: their relative order does not matter).
     */
    public List<ClaimedDelivery> claim(String subscriptionId, String owner, Instant now, Duration lease, int limit) {
        return jdbc.query(
                """
                        WITH heads AS (
                            SELECT d.delivery_id FROM delivery d
                            WHERE d.subscription_id = ? AND d.status = 'PENDING' AND d.next_attempt_at <= ?
                              AND (d.lease_until IS NULL OR d.lease_until < ?)
                              AND NOT EXISTS (SELECT 1 FROM delivery earlier
                                              WHERE earlier.subscription_id = d.subscription_id
                                                AND earlier.case_id = d.case_id AND earlier.status = 'PENDING'
                                                AND (earlier.event_time, earlier.event_seq)
                                                    < (d.event_time, d.event_seq))
                            ORDER BY d.event_time, d.event_seq
                            LIMIT ?
                            FOR UPDATE OF d SKIP LOCKED)
                        UPDATE delivery d SET lease_owner = ?, lease_until = ?
                        FROM heads, received_event r
                        WHERE d.delivery_id = heads.delivery_id AND r.event_id = d.event_id
                        RETURNING d.delivery_id, d.subscription_id, d.agency_id, d.event_id, d.event_type, r.source,
                                  d.case_id, r.occurred_at, d.channel_type, d.payload::text AS payload, d.attempts,
                                  d.retry_until, r.controller_kind, r.controller_id, r.lawful_basis, d.agency_kind,
                                  d.involvement, d.share""",
                CLAIMED,
                subscriptionId,
                Timestamp.from(now),
                Timestamp.from(now),
                limit,
                owner,
                Timestamp.from(now.plus(lease)));
    }

    /** Marks a delivery delivered; false when the lease was lost (another worker owns it now). */
    public boolean delivered(ClaimedDelivery delivery, String owner, Instant at, Integer statusCode, long latencyMs) {
        int updated = jdbc.update("""
                        UPDATE delivery SET status = 'DELIVERED', attempts = attempts + 1, delivered_at = ?,
                            last_status_code = ?, last_error = NULL, lease_owner = NULL, lease_until = NULL
                        WHERE delivery_id = ? AND lease_owner = ? AND status = 'PENDING'""", Timestamp.from(at), statusCode, delivery.deliveryId(), owner);
        if (updated == 1) {
            attempt(delivery, at, "SUCCEEDED", statusCode, latencyMs, null);
        }
        return updated == 1;
    }

    /** Schedules the next attempt, or dead-letters the delivery when {@code nextAttemptAt} is null. */
    public boolean failed(
            ClaimedDelivery delivery,
            String owner,
            Instant at,
            Integer statusCode,
            String error,
            long latencyMs,
            Instant nextAttemptAt) {
        boolean deadLetter = nextAttemptAt == null;
        int updated = jdbc.update(
                """
                        UPDATE delivery SET status = ?, attempts = attempts + 1,
                            next_attempt_at = COALESCE(?, next_attempt_at), dead_lettered_at = ?,
                            last_status_code = ?, last_error = ?,
                            lease_owner = NULL, lease_until = NULL
                        WHERE delivery_id = ? AND lease_owner = ? AND status = 'PENDING'""",
                deadLetter ? DeliveryStatus.DEAD_LETTERED.name() : DeliveryStatus.PENDING.name(),
                nextAttemptAt == null ? null : Timestamp.from(nextAttemptAt),
                deadLetter ? Timestamp.from(at) : null,
                statusCode,
                error,
                delivery.deliveryId(),
                owner);
        if (updated == 1) {
            attempt(delivery, at, deadLetter ? "DEAD_LETTERED" : "FAILED", statusCode, latencyMs, error);
        }
        return updated == 1;
    }

    /** Deliveries that failed at least once and are waiting for another attempt. */
    public long retryBacklog() {
        Long count = jdbc.queryForObject(
                "SELECT count(*) FROM delivery WHERE status = 'PENDING' AND attempts > 0", Long.class);
        return count == null ? 0 : count;
    }

    public long deadLetters() {
        Long count = jdbc.queryForObject("SELECT count(*) FROM delivery WHERE status = 'DEAD_LETTERED'", Long.class);
        return count == null ? 0 : count;
    }

    private void attempt(
            ClaimedDelivery delivery, Instant at, String outcome, Integer statusCode, long latencyMs, String error) {
        jdbc.update(
                """
                        INSERT INTO delivery_attempt (delivery_id, attempt_no, attempted_at, outcome, status_code,
                                                      latency_ms, error)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""",
                delivery.deliveryId(),
                delivery.attempts() + 1,
                Timestamp.from(at),
                outcome,
                statusCode,
                latencyMs,
                error);
    }
}
