/** The application service for subscriptions, shared by the API and the agency portal. */
package org.casebridge.notification.subscription.service;
