/**
 * The agency portal: GOV.UK pages on the platform's portal foundation for subscriptions, the delivery log, dead
 * letters, redeliveries and the cases shared with the agency. Every page calls the same services and queries as the
 * API (SubscriptionService, DeliveryRequests, DeliveryLog, AgencyCases): there is no second path to the domain.
 */
package org.casebridge.notification.portal;
