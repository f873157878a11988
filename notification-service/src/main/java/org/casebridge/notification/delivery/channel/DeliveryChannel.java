package org.casebridge.notification.delivery.channel;

import org.casebridge.notification.subscription.command.ChannelType;

/** A way of reaching an agency. Implementations never throw for a failed attempt: they return a failed result. */
public interface DeliveryChannel {

    ChannelType type();

    SendResult send(OutgoingDelivery delivery);
}
