package org.casebridge.notification.subscription.command;

import java.time.Instant;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;

/**
 * An agency subscribed. The webhook secret is stored only encrypted; its plain value was shown once.
 */
@Revision("2")
public record SubscribedEvent(
        String subscriptionId,
        String agencyId,
        SubscriptionFilter filter,
        Channel channel,
        String encryptedSecret,
        LawfulBasis lawfulBasis,
        ActedBy by,
        Instant subscribedAt)
        implements SubscriptionEvent {}
