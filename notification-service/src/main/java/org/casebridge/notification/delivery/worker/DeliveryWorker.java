package org.casebridge.notification.delivery.worker;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.casebridge.notification.delivery.DeliveryProperties;
import org.casebridge.notification.delivery.audit.RecordInformationSharedCommand;
import org.casebridge.notification.delivery.audit.SharingEntitlement;
import org.casebridge.notification.delivery.channel.DeliveryChannel;
import org.casebridge.notification.delivery.channel.OutgoingDelivery;
import org.casebridge.notification.delivery.channel.SendResult;
import org.casebridge.notification.delivery.outbox.ClaimedDelivery;
import org.casebridge.notification.delivery.outbox.DeliveryOutbox;
import org.casebridge.notification.delivery.outbox.DeliveryTraces;
import org.casebridge.notification.subscription.command.ChannelType;
import org.casebridge.notification.subscription.query.SubscriptionView;
import org.casebridge.notification.subscription.query.Subscriptions;
import org.casebridge.platform.observability.TraceContexts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers one subscription's due deliveries (a "lane"): claim the oldest pending delivery of each case, send each,
 * record each outcome. A success and its {@code InformationSharedEvent} commit together.
 */
@Component
public class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    /** Claims per lane run before the lane yields to let the dispatcher serve others fairly. */
    private static final int MAX_ROUNDS = 10;

    private static final int MAX_ERROR_LENGTH = 500;

    static final String NO_LAWFUL_BASIS = "not sent: the share would name no controller, controller's basis or"
            + " sharing rule, or the subscription's lawful basis is not one a public authority may receive on";

    private final DeliveryOutbox outbox;
    private final Subscriptions subscriptions;
    private final Map<ChannelType, DeliveryChannel> channels = new EnumMap<>(ChannelType.class);
    private final CommandGateway commands;
    private final TransactionTemplate transactions;
    private final DeliveryMetrics metrics;
    private final DeliveryProperties properties;
    private final Backoff backoff;
    private final Clock clock;
    private final TraceContexts traces;
    private final DeliveryTraces deliveryTraces;
    private final String owner = "worker-" + UUID.randomUUID();

    public DeliveryWorker(
            DeliveryOutbox outbox,
            Subscriptions subscriptions,
            List<DeliveryChannel> channels,
            CommandGateway commands,
            TransactionTemplate transactions,
            DeliveryMetrics metrics,
            DeliveryProperties properties,
            Backoff backoff,
            Clock clock,
            TraceContexts traces,
            DeliveryTraces deliveryTraces) {
        this.outbox = outbox;
        this.subscriptions = subscriptions;
        channels.forEach(channel -> this.channels.put(channel.type(), channel));
        this.commands = commands;
        this.transactions = transactions;
        this.metrics = metrics;
        this.properties = properties;
        this.backoff = backoff;
        this.clock = clock;
        this.traces = traces;
        this.deliveryTraces = deliveryTraces;
    }

    /**
     * Works through a subscription's due deliveries. An attempt cut short by shutdown is not recorded: its lease
     * runs out and this or another instance tries again.
     */
    public void deliver(String subscriptionId) {
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Optional<SubscriptionView> subscription =
                    subscriptions.find(subscriptionId).filter(SubscriptionView::active);
            if (subscription.isEmpty()) {
                return;
            }
            List<ClaimedDelivery> claimed = transactions.execute(status ->
                    outbox.claim(subscriptionId, owner, clock.instant(), properties.lease(), properties.batchSize()));
            if (claimed == null || claimed.isEmpty()) {
                return;
            }
            for (ClaimedDelivery delivery : claimed) {
                if (Thread.currentThread().isInterrupted()) {
                    return;
                }
                attempt(delivery, subscription.get());
            }
        }
    }

    /**
     * One attempt in a span that continues the trace the event was received in, while this instance remembers it
     * (a new trace otherwise): the webhook carries its {@code traceparent}, and the share's command and events join it.
     */
    private void attempt(ClaimedDelivery delivery, SubscriptionView subscription) {
        String channel = delivery.channelType().name().toLowerCase(Locale.ROOT);
        Map<String, String> received = deliveryTraces.of(delivery.eventId()).orElse(Map.of());
        Span span = traces.continuing(received::get)
                .name("deliver " + channel)
                .kind(Span.Kind.PRODUCER)
                .tag("casebridge.channel", channel)
                .tag("casebridge.event_type", delivery.eventType())
                .tag("casebridge.attempt", Integer.toString(delivery.attempts() + 1))
                .start();
        try (Tracer.SpanInScope scope = traces.tracer().withSpan(span)) {
            attemptInSpan(delivery, subscription);
        } catch (RuntimeException | Error e) {
            span.tag("exception.type", e.getClass().getName());
            throw e;
        } finally {
            span.end();
        }
    }

    private void attemptInSpan(ClaimedDelivery delivery, SubscriptionView subscription) {
        if (!delivery.accountable() || !subscription.lawfulBasis().permitted()) {
            refuse(delivery);
            return;
        }
        long started = System.nanoTime();
        SendResult result = send(delivery, subscription);
        if (Thread.currentThread().isInterrupted()) {
            return;
        }
        Duration latency = Duration.ofNanos(System.nanoTime() - started);
        Instant at = clock.instant();
        String channel = delivery.channelType().name().toLowerCase(Locale.ROOT);
        if (result.delivered()) {
            recordSuccess(delivery, subscription, result, at, latency);
            metrics.attempt(channel, "delivered", latency);
        } else {
            Instant next = at.plus(backoff.after(delivery.attempts() + 1));
            boolean deadLetter = next.isAfter(delivery.retryUntil());
            String error = truncate(result.error());
            transactions.executeWithoutResult(status -> outbox.failed(
                    delivery, owner, at, result.statusCode(), error, latency.toMillis(), deadLetter ? null : next));
            metrics.attempt(channel, deadLetter ? "dead_lettered" : "failed", latency);
            log.info(
                    "Delivery {} (subscription {}, attempt {}) failed: {}{}",
                    delivery.deliveryId(),
                    delivery.subscriptionId(),
                    delivery.attempts() + 1,
                    error,
                    deadLetter ? "; dead-lettered" : "");
        }
    }

    /**
     * A delivery queued before ADR 0024/0025 (no controller, basis or rule recorded), or of a subscription whose basis
     * a public authority may not receive on, is never sent: it is dead-lettered with the reason, unsent.
     */
    private void refuse(ClaimedDelivery delivery) {
        Instant at = clock.instant();
        transactions.executeWithoutResult(status -> outbox.failed(delivery, owner, at, null, NO_LAWFUL_BASIS, 0, null));
        metrics.attempt(delivery.channelType().name().toLowerCase(Locale.ROOT), "dead_lettered", Duration.ZERO);
        log.info(
                "Delivery {} (subscription {}) not sent: {}",
                delivery.deliveryId(),
                delivery.subscriptionId(),
                NO_LAWFUL_BASIS);
    }

    private SendResult send(ClaimedDelivery delivery, SubscriptionView subscription) {
        try {
            return channels.get(delivery.channelType())
                    .send(new OutgoingDelivery(
                            delivery.deliveryId().toString(),
                            delivery.eventId(),
                            delivery.eventType(),
                            delivery.source(),
                            delivery.caseId(),
                            delivery.occurredAt(),
                            delivery.payload(),
                            delivery.controllerBasis().attribute(),
                            subscription));
        } catch (RuntimeException e) {
            log.warn(
                    "Delivery {} to subscription {} failed unexpectedly: {}",
                    delivery.deliveryId(),
                    delivery.subscriptionId(),
                    e.getClass().getSimpleName());
            return SendResult.failed(null, "internal: " + e.getClass().getSimpleName());
        }
    }

    private void recordSuccess(
            ClaimedDelivery delivery, SubscriptionView subscription, SendResult result, Instant at, Duration latency) {
        int attemptNo = delivery.attempts() + 1;
        String shareId = UUID.nameUUIDFromBytes(
                        (delivery.deliveryId() + "#" + attemptNo).getBytes(StandardCharsets.UTF_8))
                .toString();
        transactions.executeWithoutResult(status -> {
            if (outbox.delivered(delivery, owner, at, result.statusCode(), latency.toMillis())) {
                commands.sendAndWait(new RecordInformationSharedCommand(
                        shareId,
                        delivery.deliveryId().toString(),
                        delivery.subscriptionId(),
                        delivery.agencyId(),
                        delivery.eventId(),
                        delivery.eventType(),
                        delivery.caseId(),
                        delivery.channelType(),
                        delivery.controller(),
                        delivery.controllerBasis(),
                        subscription.lawfulBasis(),
                        new SharingEntitlement(
                                delivery.entitled().kind().name(),
                                delivery.entitled().involvement().name(),
                                delivery.entitled().share().name()),
                        at));
            }
        });
    }

    private static String truncate(String error) {
        if (error == null) {
            return "failed";
        }
        return error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}
