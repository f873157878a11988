package org.casebridge.cases.incident.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that a device was confiscated, by whom and where it is kept. */
public record RecordDeviceConfiscatedCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String deviceRef,
        String description,
        String ownerChildRef,
        String confiscatedBy,
        String storedWhere,
        String notes) {}
