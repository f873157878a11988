package org.casebridge.cases.sar.disclosure;

import java.util.UUID;

/** What was shared of a case with agencies, as notification-service recorded each share (ADR 0057). */
public interface ShareRecords {

    SubjectAccessBundle.Shares ofCase(UUID caseId);
}
