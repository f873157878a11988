/**
 * The Kafka bridge shared by every service: the event store as outbox, CloudEvents in binary mode, the
 * idempotent inbox, dead letters and the publication check.
 */
@NullMarked
package org.casebridge.platform.kafka;

import org.jspecify.annotations.NullMarked;
