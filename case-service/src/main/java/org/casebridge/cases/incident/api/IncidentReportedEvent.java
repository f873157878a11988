package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.serialization.Revision;
import org.casebridge.platform.domain.ActedBy;
import org.casebridge.platform.sealing.Sealed;

/**
 * A DSL reported an incident; the initial review is due by {@code initialReviewDueAt}. The rationale is the
 * DSL's summary. Revision 2 added the case's {@link CaseReference reference}, allocated at report time; revision 1
 * reads with its legacy reference ({@code IncidentReportedEventUpcaster}). Revision 3
 * stores the imagery notes and the summary sealed under the case's key (ADR 0058).
 */
@Revision("3")
public record IncidentReportedEvent(
        CaseId caseId,
        String schoolUrn,
        ActedBy by,
        Instant at,
        HowCameToLight howCameToLight,
        Instant cameToLightAt,
        Set<ImageryCategory> imagery,
        @Sealed String imageryNotes,
        Set<String> platforms,
        Spread spread,
        boolean mayHaveReachedInternet,
        boolean onSchoolDeviceOrNetwork,
        List<ChildInvolved> children,
        Instant initialReviewDueAt,
        @Sealed String rationale,
        String reference)
        implements CaseEvent {}
