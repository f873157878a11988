/**
 * What a safeguarding case says to other contexts and hears from them: the mapping of referral, escalation and
 * closure to integration events on {@code casebridge.school.events} (child refs, ages, roles and criteria codes;
 * never names, dates of birth, pupil numbers or free text), and the police decisions consumed from
 * {@code casebridge.police.events} onto the case.
 */
package org.casebridge.cases.incident.integration;
