package org.casebridge.cases.incident.command;

import java.time.Instant;

/** The payload of the initial-review deadline: when the review was due. */
public record InitialReviewDue(Instant dueAt) {}
