/**
 * Events notification-service publishes for the agencies it hosts on {@code casebridge.agency.events}: children's
 * social care acknowledging a referral, its section 47 enquiries and the strategy actions it completes. Codes and
 * refs only, like every other integration event.
 */
package org.casebridge.events.agency;
