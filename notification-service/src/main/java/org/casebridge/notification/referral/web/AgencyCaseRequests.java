package org.casebridge.notification.referral.web;

import java.time.Instant;
import org.casebridge.notification.referral.command.Section47Outcome;

/** Request bodies of the agency's acts in a case. */
public final class AgencyCaseRequests {

    private AgencyCaseRequests() {}

    /** @param startedAt when the enquiries started (now when omitted); never in the future */
    public record Section47StartRequest(Instant startedAt) {}

    /** @param outcome what the enquiries concluded */
    public record Section47OutcomeRequest(Section47Outcome outcome) {}
}
