package org.casebridge.police.shared;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.platform.sealing.SealedUnder;

/**
 * An event of a force's case, whichever record it is about (the escalation, a device, a strategy meeting, a subject
 * access request): it names the case and the force and says when it was recorded. Its free text is sealed under the
 * case's key (ADR 0064), so the MoPI review's erasure of the case's key erases the text of all of them.
 */
public interface PoliceCaseEvent extends SealedUnder {

    String caseId();

    @Override
    default UUID sealingKeyId() {
        return UUID.fromString(caseId());
    }

    String forceCode();

    /** When it was recorded, from the service's clock. */
    Instant at();
}
