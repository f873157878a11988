/**
 * The other agencies acting in the school's case (ADR 0022): what children's social care did about the referral
 * (from notification-service's {@code casebridge.agency.events}), and the strategy-meeting actions the police gave
 * the school, which its DSL marks done here and the police complete on the meeting. Kept apart from
 * {@code incident}: nothing here changes the {@code SafeguardingCase} aggregate.
 */
package org.casebridge.cases.agency;
