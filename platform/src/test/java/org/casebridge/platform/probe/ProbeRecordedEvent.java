package org.casebridge.platform.probe;

import java.time.Instant;
import org.axonframework.serialization.Revision;

/** {@code secret} probes are stored but never published, like a domain event that stays inside its service. */
@Revision("1")
public record ProbeRecordedEvent(String probeId, boolean secret, Instant recordedAt) {}
