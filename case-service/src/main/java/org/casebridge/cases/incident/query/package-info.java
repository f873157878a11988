/**
 * The read side of safeguarding cases: the school's case list, a case's detail and its timeline, projected from the
 * case events into tables (processing group {@code case-views}) and answered through Axon queries.
 */
package org.casebridge.cases.incident.query;
