/**
 * Agencies: who may act as one through the API (the token's AGENCY role and organisation), who may read whose
 * records ({@link org.casebridge.notification.agency.ReadScope}: an agency its own, an auditor all), and the demo
 * agencies of the local stack. Uses the platform's actor.
 */
package org.casebridge.notification.agency;
