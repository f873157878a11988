package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.UUID;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.SealedUnder;

/**
 * A stored event about one case, of the case itself or of a subject access request made on it: which case, for which
 * school, who acted and when. Its {@code @Sealed} free text is sealed under the case's key (ADR 0058), so the case's
 * erasure erases it too.
 */
public interface CaseScopedEvent extends SealedUnder {

    CaseId caseId();

    /** Free text of a case's events is sealed under the case's key (ADR 0058). */
    @Override
    default UUID sealingKeyId() {
        return caseId().value();
    }

    String schoolUrn();

    ActedBy by();

    Instant at();
}
