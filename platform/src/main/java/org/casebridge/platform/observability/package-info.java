/**
 * Tracing and the metrics people act on (ADR 0040, 0041): W3C trace context carried from a request through Axon
 * commands and event metadata to the Kafka bridge, spans for commands and event handling, and the lag, batch duration
 * and consumer-lag meters of every service.
 */
@NullMarked
package org.casebridge.platform.observability;

import org.jspecify.annotations.NullMarked;
