/**
 * Agency subscriptions: which case events an agency may receive (types, area, case scope), how (webhook, email,
 * Kafka) and on which lawful basis. Owns the {@code Subscription} aggregate, its read model and its API; uses the
 * platform and the published language only.
 */
package org.casebridge.notification.subscription;
