package org.casebridge.notification.subscription.query;

import java.time.Instant;
import java.util.Set;
import org.casebridge.events.lawful.Schedule1Condition;
import org.casebridge.notification.subscription.command.Article6Basis;
import org.casebridge.notification.subscription.command.CaseScope;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;
import org.casebridge.notification.subscription.command.SubscriptionStatus;

/**
 * A subscription as the planner, the workers and the API read it. The encrypted secret never leaves the service.
 */
public record SubscriptionView(
        String subscriptionId,
        String agencyId,
        SubscriptionStatus status,
        Set<String> eventTypes,
        Set<String> areas,
        CaseScope scope,
        ChannelType channelType,
        String endpoint,
        String encryptedSecret,
        Article6Basis article6Basis,
        String article9Condition,
        Schedule1Condition schedule1Condition,
        String subscribedBy,
        Instant subscribedAt,
        Instant updatedAt) {

    public SubscriptionView {
        eventTypes = Set.copyOf(eventTypes);
        areas = Set.copyOf(areas);
    }

    /** The basis of every share of this subscription; {@link LawfulBasis#permitted()} says whether any is made. */
    public LawfulBasis lawfulBasis() {
        return new LawfulBasis(article6Basis, schedule1Condition);
    }

    public boolean active() {
        return status == SubscriptionStatus.ACTIVE;
    }
}
