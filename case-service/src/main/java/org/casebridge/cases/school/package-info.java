/**
 * Reference data about schools: URN, local authority and police force, which decide where a referral goes.
 * Loaded at start-up from a CSV resource; used by the command side, never by the web layer of another feature.
 */
package org.casebridge.cases.school;
