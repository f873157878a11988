/**
 * Rebuilding a projection from the event store on an operator's request, with its progress as a gauge and a log line
 * (ADR 0050). Uses Axon's streaming processors and the platform's actor, access log and problem types.
 */
@NullMarked
package org.casebridge.platform.replay;

import org.jspecify.annotations.NullMarked;
