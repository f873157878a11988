package org.casebridge.notification.delivery.audit;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;

/** Record that a delivery reached its agency: one share, with the lawful basis it was made on. */
public record RecordInformationSharedCommand(
        @TargetAggregateIdentifier String shareId,
        String deliveryId,
        String subscriptionId,
        String agencyId,
        String eventId,
        String eventType,
        String caseId,
        ChannelType channel,
        LawfulBasis lawfulBasis,
        Instant sharedAt) {}
