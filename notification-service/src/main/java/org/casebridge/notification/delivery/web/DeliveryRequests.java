package org.casebridge.notification.delivery.web;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.delivery.intake.DeliveryPlanner;
import org.casebridge.notification.delivery.outbox.DeliveryOutbox;
import org.casebridge.notification.delivery.outbox.DeliveryStatus;
import org.casebridge.notification.delivery.query.DeliveryLog;
import org.casebridge.notification.delivery.query.DeliveryView;
import org.casebridge.notification.subscription.command.RequestRedeliveryCommand;
import org.casebridge.notification.subscription.command.RequestReplayCommand;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.problem.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An agency's requests to send again: each records its event on the subscription (who asked, when) and changes the
 * outbox in the same transaction.
 */
@Service
public class DeliveryRequests {

    private final CommandGateway commands;
    private final Subscriptions subscriptions;
    private final DeliveryLog log;
    private final DeliveryOutbox outbox;
    private final DeliveryPlanner planner;
    private final DeliveryProperties properties;
    private final Clock clock;

    public DeliveryRequests(
            CommandGateway commands,
            Subscriptions subscriptions,
            DeliveryLog log,
            DeliveryOutbox outbox,
            DeliveryPlanner planner,
            DeliveryProperties properties,
            Clock clock) {
        this.commands = commands;
        this.subscriptions = subscriptions;
        this.log = log;
        this.outbox = outbox;
        this.planner = planner;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Rebuilds deliveries from the received events since {@code from} (or since the agency began to serve the areas)
     * that the subscription matches now and the agency was entitled to when each happened.
     */
    @Transactional
    public ReplayResponse replay(String agencyId, ActedBy actor, String subscriptionId, Instant from) {
        subscriptions
                .findOwned(subscriptionId, agencyId)
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
        commands.sendAndWait(new RequestReplayCommand(subscriptionId, agencyId, actor, from));
        SubscriptionView subscription = subscriptions
                .find(subscriptionId)
                .orElseThrow(() -> new NotFoundException("subscription", subscriptionId));
        DeliveryPlanner.Replayed replayed = planner.replay(subscription, from);
        return new ReplayResponse(subscriptionId, from, replayed.searchedFrom(), replayed.queued());
    }

    /** Sends one delivered or dead-lettered delivery again, with the same webhook-id. */
    @Transactional
    public DeliveryView redeliver(String agencyId, ActedBy actor, UUID deliveryId) {
        DeliveryView delivery = log.delivery(agencyId, deliveryId)
                .orElseThrow(() -> new NotFoundException("delivery", deliveryId.toString()));
        if (delivery.status() == DeliveryStatus.PENDING) {
            throw new DeliveryInProgressException(delivery.deliveryId());
        }
        if (outbox.erased(deliveryId)) {
            throw new DeliveryErasedException(delivery.deliveryId());
        }
        commands.sendAndWait(new RequestRedeliveryCommand(
                delivery.subscriptionId(), agencyId, actor, delivery.deliveryId(), delivery.eventId()));
        if (!outbox.redeliver(deliveryId, clock.instant(), properties.retryPeriod())) {
            throw new DeliveryInProgressException(delivery.deliveryId());
        }
        return log.delivery(agencyId, deliveryId).orElseThrow();
    }
}
