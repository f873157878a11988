package org.casebridge.notification.subscription.query;

import java.sql.Array;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.casebridge.notification.subscription.command.SubscribedEvent;
import org.casebridge.notification.subscription.command.SubscriptionFilter;
import org.casebridge.notification.subscription.command.SubscriptionFiltersChangedEvent;
import org.casebridge.notification.subscription.command.SubscriptionPausedEvent;
import org.casebridge.notification.subscription.command.SubscriptionResumedEvent;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.casebridge.notification.subscription.command.WebhookSecretRotatedEvent;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The subscription table. Runs in a subscribing processor, inside the command's transaction: the delivery planner
 * must see a subscription (and a pause) the moment the API acknowledged it, or events arriving in between would be
 * matched against stale filters. The table can be rebuilt by replaying the Subscription streams into an empty table.
 */
@Component
@ProcessingGroup(SubscriptionProjection.PROCESSING_GROUP)
public class SubscriptionProjection {

    public static final String PROCESSING_GROUP = "subscriptions";

    private final JdbcTemplate jdbc;

    public SubscriptionProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A rebuild (ADR 0050) empties the table and applies every Subscription stream again. */
    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM subscription");
    }

    @EventHandler
    void on(SubscribedEvent event) {
        SubscriptionFilter filter = event.filter();
        jdbc.update(
                """
                        INSERT INTO subscription (subscription_id, agency_id, status, event_types, areas, case_scope,
                            channel_type, endpoint, encrypted_secret, article6_basis, article9_condition,
                            schedule1_condition, subscribed_by, subscribed_at, updated_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (subscription_id) DO NOTHING""",
                event.subscriptionId(),
                event.agencyId(),
                SubscriptionStatus.ACTIVE.name(),
                array(filter.eventTypes()),
                array(filter.areas()),
                filter.scope().name(),
                event.channel().type().name(),
                event.channel().endpoint(),
                event.encryptedSecret(),
                event.lawfulBasis().article6().name(),
                event.lawfulBasis().article9Citation(),
                event.lawfulBasis().schedule1Condition() == null
                        ? null
                        : event.lawfulBasis().schedule1Condition().name(),
                event.by().id(),
                time(event.subscribedAt()),
                time(event.subscribedAt()));
    }

    @EventHandler
    void on(SubscriptionPausedEvent event) {
        status(event.subscriptionId(), SubscriptionStatus.PAUSED, event.pausedAt());
    }

    @EventHandler
    void on(SubscriptionResumedEvent event) {
        status(event.subscriptionId(), SubscriptionStatus.ACTIVE, event.resumedAt());
    }

    @EventHandler
    void on(WebhookSecretRotatedEvent event) {
        jdbc.update(
                "UPDATE subscription SET encrypted_secret = ?, updated_at = ? WHERE subscription_id = ?",
                event.encryptedSecret(),
                time(event.rotatedAt()),
                event.subscriptionId());
    }

    @EventHandler
    void on(SubscriptionFiltersChangedEvent event) {
        SubscriptionFilter filter = event.filter();
        jdbc.update(
                """
                        UPDATE subscription SET event_types = ?, areas = ?, case_scope = ?, updated_at = ?
                        WHERE subscription_id = ?""",
                array(filter.eventTypes()),
                array(filter.areas()),
                filter.scope().name(),
                time(event.changedAt()),
                event.subscriptionId());
    }

    private void status(String subscriptionId, SubscriptionStatus status, Instant at) {
        jdbc.update(
                "UPDATE subscription SET status = ?, updated_at = ? WHERE subscription_id = ?",
                status.name(),
                time(at),
                subscriptionId);
    }

    private Array array(Set<String> values) {
        return jdbc.execute((ConnectionCallback<Array>)
                connection -> connection.createArrayOf("text", new TreeSet<>(values).toArray()));
    }

    private static Timestamp time(Instant instant) {
        return Timestamp.from(instant);
    }
}
