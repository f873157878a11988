package org.casebridge.cases.incident.command;

import java.time.Instant;

/** The payload of the LADO referral deadline: when the referral was due. */
public record LadoReferralDue(Instant dueAt) {}
