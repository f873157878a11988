package org.casebridge.notification.delivery.outbox;

/** Where a delivery stands. */
public enum DeliveryStatus {
    /** Waiting for its next attempt (or its first). */
    PENDING,
    /** The channel accepted it; an InformationSharedEvent records the share. */
    DELIVERED,
    /** Retried for the whole retry period without success; the agency can redeliver it. */
    DEAD_LETTERED
}
