/**
 * Reference data read at start-up for the words a person reads: the schools', local authorities' and police forces'
 * names from the school reference data (case-service's {@code schools.csv}, ADR 0052). Depends on nothing of the
 * service.
 */
package org.casebridge.notification.reference;
