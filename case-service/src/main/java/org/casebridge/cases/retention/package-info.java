/**
 * The retention schedule of case-service (ADR 0053): how long a case's personal details are kept, from reference data
 * ({@code reference/retention-schedules.csv}), as a date to keep them until, computed when the identities arrive and
 * stored beside the case key. Depends on nothing of the case's features; the intake uses it, the erasure job reads
 * the dates it produced.
 */
package org.casebridge.cases.retention;
