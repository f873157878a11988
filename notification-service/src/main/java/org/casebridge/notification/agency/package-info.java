/**
 * Agencies: who may act as one through the API (the token's AGENCY role and organisation), who may read whose
 * records ({@link org.casebridge.notification.agency.ReadScope}: an agency its own, an auditor all), the agency
 * directory (reference data: each agency's kind and the areas it served when) and the sharing rules of each kind.
 * Uses the platform's actor and the published event types.
 */
package org.casebridge.notification.agency;
