package org.casebridge.notification.delivery.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.casebridge.events.lawful.LawfulBasis;
import org.casebridge.notification.agency.ReadScope;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.ChannelType;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The delivery log and the share record. Every query is scoped to what the reader may see: one agency's records, or
 * every agency's for an auditor.
 */
@Component
public class DeliveryLog {

    /** The newest deliveries a list returns; older ones are reached by narrowing to a case or subscription. */
    public static final int MAX_ROWS = 500;

    private static final String DELIVERY_COLUMNS = """
            delivery_id, subscription_id, agency_id, event_id, event_type, case_id, channel_type, status, attempts,
            enqueued_at, next_attempt_at, delivered_at, dead_lettered_at""";

    private final NamedParameterJdbcTemplate jdbc;

    public DeliveryLog(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public List<DeliveryView> deliveries(ReadScope scope, String caseId, String subscriptionId) {
        MapSqlParameterSource params = new MapSqlParameterSource("agency", scope.agencyId())
                .addValue("caseId", caseId)
                .addValue("subscriptionId", subscriptionId)
                .addValue("limit", MAX_ROWS);
        return withAttempts(jdbc.query("SELECT " + DELIVERY_COLUMNS + """
                         FROM delivery WHERE (CAST(:agency AS VARCHAR) IS NULL OR agency_id = :agency)
                          AND (CAST(:caseId AS VARCHAR) IS NULL OR case_id = :caseId)
                          AND (CAST(:subscriptionId AS VARCHAR) IS NULL OR subscription_id = :subscriptionId)
                        ORDER BY enqueued_at DESC, delivery_id LIMIT :limit""", params, DeliveryLog::delivery));
    }

    public List<DeliveryView> deadLetters(ReadScope scope, String subscriptionId) {
        MapSqlParameterSource params = new MapSqlParameterSource("agency", scope.agencyId())
                .addValue("subscriptionId", subscriptionId)
                .addValue("limit", MAX_ROWS);
        return withAttempts(jdbc.query("SELECT " + DELIVERY_COLUMNS + """
                         FROM delivery WHERE (CAST(:agency AS VARCHAR) IS NULL OR agency_id = :agency)
                          AND subscription_id = :subscriptionId
                          AND status = 'DEAD_LETTERED'
                        ORDER BY dead_lettered_at DESC LIMIT :limit""", params, DeliveryLog::delivery));
    }

    /** One delivery of the agency that asks to send it again. */
    public Optional<DeliveryView> delivery(String agencyId, UUID deliveryId) {
        MapSqlParameterSource params = new MapSqlParameterSource("agency", agencyId).addValue("id", deliveryId);
        return withAttempts(jdbc.query(
                        "SELECT " + DELIVERY_COLUMNS + " FROM delivery WHERE agency_id = :agency AND delivery_id = :id",
                        params,
                        DeliveryLog::delivery))
                .stream()
                .findFirst();
    }

    public List<InformationShareView> shares(ReadScope scope, String caseId, String subscriptionId) {
        MapSqlParameterSource params = new MapSqlParameterSource("agency", scope.agencyId())
                .addValue("caseId", caseId)
                .addValue("subscriptionId", subscriptionId)
                .addValue("limit", MAX_ROWS);
        return jdbc.query(
                """
                        SELECT share_id, delivery_id, subscription_id, agency_id, event_id, event_type, case_id,
                               channel_type, article6_basis, article9_condition, controller_kind, controller_id,
                               controller_basis, agency_kind, involvement, share, shared_by, shared_at
                        FROM information_share WHERE (CAST(:agency AS VARCHAR) IS NULL OR agency_id = :agency)
                          AND (CAST(:caseId AS VARCHAR) IS NULL OR case_id = :caseId)
                          AND (CAST(:subscriptionId AS VARCHAR) IS NULL OR subscription_id = :subscriptionId)
                        ORDER BY shared_at DESC LIMIT :limit""",
                params,
                (rs, row) -> new InformationShareView(
                        rs.getString("share_id"),
                        rs.getString("delivery_id"),
                        rs.getString("subscription_id"),
                        rs.getString("agency_id"),
                        rs.getString("event_id"),
                        rs.getString("event_type"),
                        rs.getString("case_id"),
                        ChannelType.valueOf(rs.getString("channel_type")),
                        Article6Basis.valueOf(rs.getString("article6_basis")),
                        rs.getString("article9_condition"),
                        rs.getString("controller_kind"),
                        rs.getString("controller_id"),
                        rs.getString("controller_basis"),
                        LawfulBasis.parse(rs.getString("controller_basis"))
                                .map(LawfulBasis::citation)
                                .orElse(null),
                        rs.getString("agency_kind"),
                        rs.getString("involvement"),
                        rs.getString("share"),
                        rs.getString("shared_by"),
                        rs.getTimestamp("shared_at").toInstant()));
    }

    private List<DeliveryView> withAttempts(List<DeliveryView> deliveries) {
        if (deliveries.isEmpty()) {
            return deliveries;
        }
        List<UUID> ids = deliveries.stream()
                .map(view -> UUID.fromString(view.deliveryId()))
                .toList();
        Map<String, List<AttemptView>> attempts = new HashMap<>();
        jdbc.query("""
                        SELECT delivery_id, attempt_no, attempted_at, outcome, status_code, latency_ms, error
                        FROM delivery_attempt WHERE delivery_id IN (:ids) ORDER BY delivery_id, attempt_no""", new MapSqlParameterSource("ids", ids), rs -> {
            Integer status = rs.getObject("status_code", Integer.class);
            attempts.computeIfAbsent(rs.getString("delivery_id"), id -> new ArrayList<>())
                    .add(new AttemptView(
                            rs.getInt("attempt_no"),
                            rs.getTimestamp("attempted_at").toInstant(),
                            rs.getString("outcome"),
                            status,
                            rs.getLong("latency_ms"),
                            rs.getString("error")));
        });
        return deliveries.stream()
                .map(view -> new DeliveryView(
                        view.deliveryId(),
                        view.subscriptionId(),
                        view.agencyId(),
                        view.eventId(),
                        view.eventType(),
                        view.caseId(),
                        view.channel(),
                        view.status(),
                        view.attempts(),
                        view.enqueuedAt(),
                        view.nextAttemptAt(),
                        view.deliveredAt(),
                        view.deadLetteredAt(),
                        attempts.getOrDefault(view.deliveryId(), List.of())))
                .toList();
    }

    private static DeliveryView delivery(ResultSet rs, int row) throws SQLException {
        DeliveryStatus status = DeliveryStatus.valueOf(rs.getString("status"));
        return new DeliveryView(
                rs.getString("delivery_id"),
                rs.getString("subscription_id"),
                rs.getString("agency_id"),
                rs.getString("event_id"),
                rs.getString("event_type"),
                rs.getString("case_id"),
                ChannelType.valueOf(rs.getString("channel_type")),
                status,
                rs.getInt("attempts"),
                instant(rs.getTimestamp("enqueued_at")),
                status == DeliveryStatus.PENDING ? instant(rs.getTimestamp("next_attempt_at")) : null,
                instant(rs.getTimestamp("delivered_at")),
                instant(rs.getTimestamp("dead_lettered_at")),
                List.of());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
