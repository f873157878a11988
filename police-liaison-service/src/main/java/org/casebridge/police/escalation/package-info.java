/**
 * Escalations: a school's referral as a force receives it, and the force's decisions on it: accept, decline or
 * transfer; record the crime; assess the aggravating factors; propose, sign off and assign the outcome; give the
 * disclosure statement. {@code command} holds the {@code Escalation} aggregate, {@code intake} turns school events
 * into commands, {@code query} the inbox and case projections, {@code web} the REST API, {@code review} the MoPI
 * review job (ADR 0053). May use {@code reference},
 * {@code shared}, the platform and the published language; never another service.
 */
package org.casebridge.police.escalation;
