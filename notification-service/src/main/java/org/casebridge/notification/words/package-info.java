/**
 * The words a person reads for notification-service's codes, written once ({@link
 * org.casebridge.notification.words.NotificationWords}; ADR 0049, ADR 0052): the portal's {@code @portalText} and the
 * worded fields of the API read them.
 */
package org.casebridge.notification.words;
