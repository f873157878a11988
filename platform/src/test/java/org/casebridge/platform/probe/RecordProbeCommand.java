package org.casebridge.platform.probe;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

public record RecordProbeCommand(@TargetAggregateIdentifier String probeId, boolean secret) {}
