package org.casebridge.police.escalation.query;

import java.time.Instant;

/** A transfer of the escalation between forces. */
public record TransferView(String eventId, String fromForce, String toForce, String reason, String by, Instant at) {}
