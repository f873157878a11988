package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/**
 * An agency subscribes to case events.
 *
 * @param subscriptionId  the new subscription's id
 * @param agencyId        the subscribing agency: the actor's organisation
 * @param actor           who subscribed
 * @param filter          event types, areas and case scope
 * @param channel         where deliveries go
 * @param encryptedSecret the webhook signing secret, encrypted; {@code null} for the other channels
 * @param lawfulBasis     the lawful basis of every share this subscription makes
 */
public record SubscribeCommand(
        @TargetAggregateIdentifier String subscriptionId,
        String agencyId,
        ActedBy actor,
        SubscriptionFilter filter,
        Channel channel,
        String encryptedSecret,
        LawfulBasis lawfulBasis) {}
