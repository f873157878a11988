/**
 * Retention of notification-service's copies (ADR 0069): {@link org.casebridge.notification.retention.RetentionSchedule}
 * reads how long the payloads of received events and deliveries are kept from reference data;
 * {@link org.casebridge.notification.retention.CopiesRetention}, run daily by the db-scheduler task
 * {@code retention-erasure}, erases those whose period has passed and records each case's erasure as a
 * {@link org.casebridge.notification.retention.CopiesErasedEvent}. The share records stay.
 */
package org.casebridge.notification.retention;
