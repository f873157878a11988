/**
 * The tamper-evident audit trail (ADR 0045): the event store and the access log hash-chained in key order, signed
 * checkpoints, and the verifier behind {@code GET /api/audit/verification}, the metric and the operator's command.
 */
@NullMarked
package org.casebridge.platform.audit;

import org.jspecify.annotations.NullMarked;
