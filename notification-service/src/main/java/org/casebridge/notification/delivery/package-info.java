/**
 * Deliveries: consumes the school and police topics through the platform inbox, decides which subscriptions an event
 * entitles (type, area, involvement), minimises it, queues one delivery per subscription in a JDBC outbox, and
 * delivers by webhook, email or Kafka with retries, dead letters and an audited {@code InformationSharedEvent} per
 * share. Uses the subscription feature's read model and secrets, the platform and the published language.
 */
package org.casebridge.notification.delivery;
