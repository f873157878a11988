package org.casebridge.notification.delivery.outbox;

/**
 * Deliveries were queued in the current transaction. Published so that this instance's dispatcher looks at the outbox
 * as soon as the transaction commits, rather than at its next poll (ADR 0080); other instances still find them by
 * polling.
 *
 * @param count how many were queued
 */
public record DeliveriesQueued(int count) {}
