package org.casebridge.platform.probe;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

@Aggregate
public class Probe {

    @AggregateIdentifier
    private String probeId;

    protected Probe() {}

    @CommandHandler
    public Probe(RecordProbeCommand command) {
        apply(new ProbeRecordedEvent(command.probeId(), command.secret(), Instant.parse("2026-11-28T09:00:00Z")));
    }

    @EventSourcingHandler
    void on(ProbeRecordedEvent event) {
        this.probeId = event.probeId();
    }
}
