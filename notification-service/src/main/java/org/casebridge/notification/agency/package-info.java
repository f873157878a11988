/**
 * Agencies: who may act as one through the API, and the demo agencies of the local stack. Uses the platform's actor.
 */
package org.casebridge.notification.agency;
