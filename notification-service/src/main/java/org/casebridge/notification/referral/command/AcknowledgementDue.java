package org.casebridge.notification.referral.command;

import java.time.Instant;

/** The payload of the acknowledgement deadline: when the acknowledgement was due. */
public record AcknowledgementDue(Instant acknowledgeBy) {}
