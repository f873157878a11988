/**
 * Children's social care acting in a case (ADR 0022): a school's referral routed by the agency directory to the
 * area's children's social care, its acknowledgement on a one-working-day clock, section 47 enquiries and the
 * strategy actions an agency owns. {@code command}: the {@code AgencyCase} aggregate; {@code clock}: working days;
 * {@code intake}: routing from the school and police topics; {@code query}: the agency's case table;
 * {@code service}: what the API and the portal call; {@code web}: the API; {@code publishing}: the agency topic.
 */
package org.casebridge.notification.referral;
