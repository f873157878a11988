package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/** The initial review meeting was held; {@code criteriaMet} are the criteria answered yes. */
@Revision("2")
public record InitialReviewRecordedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        Instant heldAt,
        List<ReviewAttendee> attendees,
        Map<Criterion, Boolean> criteria,
        Set<Criterion> criteriaMet,
        ReviewConsiderations considerations,
        @Sealed String rationale)
        implements CaseEvent {}
