package org.casebridge.notification.subscription.command;

/** How a subscription's deliveries reach the agency. */
public enum ChannelType {
    /** CloudEvents JSON over HTTPS POST, signed as the Standard Webhooks specification describes. */
    WEBHOOK,
    /** A short notice over SMTP with a sign-in link; never the event's content. */
    EMAIL,
    /** The filtered CloudEvent on the agency's own topic {@code casebridge.agency.<agencyId>.events}. */
    KAFKA
}
