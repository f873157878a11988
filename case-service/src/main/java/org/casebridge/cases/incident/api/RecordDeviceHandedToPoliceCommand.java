package org.casebridge.cases.incident.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.casebridge.platform.domain.ActedBy;

/** Record that a device was handed to the police: the chain of custody. */
public record RecordDeviceHandedToPoliceCommand(
        @TargetAggregateIdentifier CaseId caseId,
        ActedBy by,
        String deviceRef,
        String handedTo,
        Instant handedOverAt,
        String exhibitRef,
        String notes) {}
