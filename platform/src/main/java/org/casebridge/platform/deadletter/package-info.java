/**
 * Dead letters: a projection event whose handler fails is parked per aggregate instead of freezing its
 * processing group; operators list and retry them, health and metrics count them (ADR 0012). Uses Axon and the
 * platform's actor, access log and problem types.
 */
@NullMarked
package org.casebridge.platform.deadletter;

import org.jspecify.annotations.NullMarked;
