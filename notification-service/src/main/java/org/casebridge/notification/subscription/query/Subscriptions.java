package org.casebridge.notification.subscription.query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.SubscriptionStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/** Reads of the subscription table. */
@Component
public class Subscriptions {

    private static final String COLUMNS = """
            subscription_id, agency_id, status, event_types, areas, case_scope, channel_type, endpoint,
            encrypted_secret, article6_basis, article9_condition, schedule1_condition, subscribed_by, subscribed_at,
            updated_at""";

    private final JdbcTemplate jdbc;

    public Subscriptions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<SubscriptionView> find(String subscriptionId) {
        return jdbc
                .query("SELECT " + COLUMNS + " FROM subscription WHERE subscription_id = ?", ROW, subscriptionId)
                .stream()
                .findFirst();
    }

    /** The subscription if it belongs to the agency; other agencies' subscriptions do not exist for it. */
    public Optional<SubscriptionView> findOwned(String subscriptionId, String agencyId) {
        return find(subscriptionId)
                .filter(subscription -> subscription.agencyId().equals(agencyId));
    }

    /** The subscription if the reader may see it (their agency's, or any for an auditor). */
    public Optional<SubscriptionView> findVisible(String subscriptionId, ReadScope scope) {
        return find(subscriptionId).filter(subscription -> scope.includes(subscription.agencyId()));
    }

    /** The reader's agency's subscriptions, or every agency's for an auditor. */
    public List<SubscriptionView> visibleTo(ReadScope scope) {
        if (scope.everyAgency()) {
            return jdbc.query("SELECT " + COLUMNS + " FROM subscription ORDER BY agency_id, subscribed_at", ROW);
        }
        return ofAgency(scope.agencyId());
    }

    public List<SubscriptionView> ofAgency(String agencyId) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM subscription WHERE agency_id = ? ORDER BY subscribed_at", ROW, agencyId);
    }

    /** Active subscriptions naming an event type: the candidates for a delivery of that event. */
    public List<SubscriptionView> activeFor(String eventType) {
        return jdbc.query(
                "SELECT " + COLUMNS + " FROM subscription WHERE status = 'ACTIVE' AND ? = ANY (event_types)"
                        + " ORDER BY subscription_id",
                ROW,
                eventType);
    }

    private static final RowMapper<SubscriptionView> ROW = (rs, row) -> new SubscriptionView(
            rs.getString("subscription_id"),
            rs.getString("agency_id"),
            SubscriptionStatus.valueOf(rs.getString("status")),
            strings(rs, "event_types"),
            strings(rs, "areas"),
            CaseScope.valueOf(rs.getString("case_scope")),
            ChannelType.valueOf(rs.getString("channel_type")),
            rs.getString("endpoint"),
            rs.getString("encrypted_secret"),
            Article6Basis.valueOf(rs.getString("article6_basis")),
            rs.getString("article9_condition"),
            rs.getString("schedule1_condition") == null
                    ? null
                    : Schedule1Condition.valueOf(rs.getString("schedule1_condition")),
            rs.getString("subscribed_by"),
            rs.getTimestamp("subscribed_at").toInstant(),
            rs.getTimestamp("updated_at").toInstant());

    private static Set<String> strings(ResultSet rs, String column) throws SQLException {
        Array array = rs.getArray(column);
        return array == null ? Set.of() : new LinkedHashSet<>(Arrays.asList((String[]) array.getArray()));
    }
}
