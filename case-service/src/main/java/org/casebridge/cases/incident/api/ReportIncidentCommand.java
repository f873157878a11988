package org.casebridge.cases.incident.api;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Report an incident: the first thing a DSL records. The school is the actor's organisation. */
public record ReportIncidentCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        HowCameToLight howCameToLight,
        Instant cameToLightAt,
        Set<ImageryCategory> imagery,
        String imageryNotes,
        Set<String> platforms,
        Spread spread,
        boolean mayHaveReachedInternet,
        boolean onSchoolDeviceOrNetwork,
        List<ChildInvolved> children,
        String summary) {}
