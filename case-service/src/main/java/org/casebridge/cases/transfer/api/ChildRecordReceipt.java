package org.casebridge.cases.transfer.api;

import java.time.Instant;
import org.casebridge.cases.incident.api.CaseId;

/**
 * The answer to a confirmation of receipt: when it was confirmed, and whether it already had been (a second click
 * changes nothing).
 */
public record ChildRecordReceipt(CaseId fromCaseId, Instant confirmedAt, boolean alreadyConfirmed) {}
