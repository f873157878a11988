package org.casebridge.notification.delivery.audit;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.events.lawful.Controller;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.command.LawfulBasis;

/**
 * Record that a delivery reached its agency: one share, with its controller, the basis the controller shared the event
 * on, the basis the agency receives on, and the rule that entitled it.
 */
public record RecordInformationSharedCommand(
        @TargetAggregateIdentifier String shareId,
        String deliveryId,
        String subscriptionId,
        String agencyId,
        String eventId,
        String eventType,
        String caseId,
        ChannelType channel,
        Controller controller,
        org.casebridge.events.lawful.LawfulBasis controllerBasis,
        LawfulBasis lawfulBasis,
        SharingEntitlement entitlement,
        Instant sharedAt) {}
