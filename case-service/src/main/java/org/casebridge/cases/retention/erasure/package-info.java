/**
 * The daily retention job (ADR 0053): a db-scheduler recurring task, run by one instance at a time and resumed after a
 * restart, that erases the personal details of every case whose retention ended, through the case's own erasure
 * command, as the retention job of the case's school. A legal hold or a live police referral, strategy meeting or
 * action blocks it as it blocks a DSL; the job counts the case and carries on.
 */
package org.casebridge.cases.retention.erasure;
