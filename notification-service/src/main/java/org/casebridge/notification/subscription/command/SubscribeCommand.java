package org.casebridge.notification.subscription.command;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * An agency subscribes to case events.
 *
 * @param subscriptionId  the new subscription's id
 * @param agencyId        the subscribing agency: the actor's organisation
 * @param actorId         who subscribed
 * @param filter          event types, areas and case scope
 * @param channel         where deliveries go
 * @param encryptedSecret the webhook signing secret, encrypted; {@code null} for the other channels
 * @param lawfulBasis     the lawful basis of every share this subscription makes
 */
public record SubscribeCommand(
        @TargetAggregateIdentifier String subscriptionId,
        String agencyId,
        String actorId,
        SubscriptionFilter filter,
        Channel channel,
        String encryptedSecret,
        LawfulBasis lawfulBasis) {}
