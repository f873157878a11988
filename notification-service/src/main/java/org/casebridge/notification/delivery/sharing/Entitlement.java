package org.casebridge.notification.delivery.sharing;

import java.time.Instant;

import org.casebridge.events.IntegrationEvent;
import org.casebridge.events.police.StrategyActionAssignedEvent;
import org.casebridge.events.police.StrategyActionCompletedEvent;
import org.casebridge.notification.delivery.intake.CaseFacts;
import org.casebridge.notification.subscription.query.SubscriptionView;

/**
 * Whether a subscription entitles its agency to an event: need to know, decided from the subscription's types,
 * areas and scope and from what the events told us about the case.
 */
public final class Entitlement {

    private Entitlement() {
    }

    public static boolean entitles(SubscriptionView subscription, String type, IntegrationEvent event,
                                   Instant eventTime, CaseFacts facts) {
        if (!subscription.active() || !subscription.eventTypes().contains(type)) {
            return false;
        }
        if (addressedToAnother(subscription.agencyId(), event, facts)) {
            return false;
        }
        boolean inArea = facts.area().map(subscription.areas()::contains).orElse(false);
        return switch (subscription.scope()) {
            case ALL_IN_AREA -> inArea;
            case INVOLVED_ONLY -> facts.involvedAt(subscription.agencyId(), eventTime)
                    && (subscription.areas().isEmpty() || inArea);
        };
    }

    /** A strategy-meeting action concerns its owner only: other agencies never hear of it. */
    private static boolean addressedToAnother(String agencyId, IntegrationEvent event, CaseFacts facts) {
        return switch (event) {
            case StrategyActionAssignedEvent assigned -> !agencyId.equals(assigned.ownerOrganisation());
            case StrategyActionCompletedEvent completed ->
                    !agencyId.equals(facts.actionOwners().get(completed.actionId()));
            default -> false;
        };
    }
}
