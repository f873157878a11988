package org.casebridge.notification.delivery.audit;

import java.sql.Timestamp;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The information_share table: every InformationSharedEvent, for the agency's and the auditor's views. */
@Component
@ProcessingGroup("information-shares")
public class InformationShareProjection {

    private final JdbcTemplate jdbc;

    public InformationShareProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(InformationSharedEvent event) {
        jdbc.update(
                """
                        INSERT INTO information_share (share_id, delivery_id, subscription_id, agency_id, event_id,
                            event_type, case_id, channel_type, article6_basis, article9_condition, controller_kind,
                            controller_id, controller_basis, agency_kind, involvement, share, shared_by, shared_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT (share_id) DO NOTHING""",
                event.shareId(),
                UUID.fromString(event.deliveryId()),
                event.subscriptionId(),
                event.agencyId(),
                event.eventId(),
                event.eventType(),
                event.caseId(),
                event.channel().name(),
                event.lawfulBasis().article6().name(),
                event.lawfulBasis().article9Citation(),
                event.controller() == null ? null : event.controller().kind().name(),
                event.controller() == null ? null : event.controller().id(),
                event.controllerBasis(),
                event.entitlement() == null ? null : event.entitlement().agencyKind(),
                event.entitlement() == null ? null : event.entitlement().involvement(),
                event.entitlement() == null ? null : event.entitlement().share(),
                event.sharedBy().id(),
                Timestamp.from(event.sharedAt()));
    }

    @ResetHandler
    void reset() {
        jdbc.update("DELETE FROM information_share");
    }
}
