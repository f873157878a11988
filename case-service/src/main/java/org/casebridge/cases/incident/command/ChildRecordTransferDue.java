package org.casebridge.cases.incident.command;

import java.time.Instant;
import java.util.UUID;

/** The payload of a transfer's receipt deadline: which transfer, and when its receipt was due. */
public record ChildRecordTransferDue(UUID transferId, Instant dueAt) {}
