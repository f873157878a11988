package org.casebridge.platform.history;

import java.time.Instant;
import org.casebridge.platform.problem.NotFoundException;

/** The case did not exist yet at the instant asked for: answered 404, as a case that does not exist. */
public class AsOfTooEarlyException extends NotFoundException {

    public AsOfTooEarlyException(String what, String id, Instant asOf) {
        super(
                what,
                id,
                " at " + asOf + " (it did not exist yet; ask for an instant after its first event, as its"
                        + " timeline shows)");
    }
}
