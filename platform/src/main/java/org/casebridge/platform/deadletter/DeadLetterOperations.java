package org.casebridge.platform.deadletter;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcDeadLetter;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterProcessor;
import org.casebridge.platform.problem.NotFoundException;

/** Which processing groups park events, and retrying what they parked. */
public class DeadLetterOperations {

    private final EventProcessingConfiguration processing;
    private final ParkedEvents parked;

    public DeadLetterOperations(EventProcessingConfiguration processing, ParkedEvents parked) {
        this.processing = processing;
        this.parked = parked;
    }

    /** The processing groups that park failed events (every one but the outbox). */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        processing.eventProcessors().keySet().forEach(name -> {
            if (processing.sequencedDeadLetterProcessor(name).isPresent()) {
                groups.add(name);
            }
        });
        return groups;
    }

    /**
     * Retries the parked sequences of a group, each once, in order: a sequence whose events now all apply leaves
     * the queue, one that fails again stays parked with its new cause.
     *
     * @param sequenceId one sequence (aggregate id), or null for every sequence of the group
     */
    public RetryResult retry(String processingGroup, String sequenceId) {
        SequencedDeadLetterProcessor<EventMessage<?>> processor = processing
                .sequencedDeadLetterProcessor(processingGroup)
                .orElseThrow(() -> new NotFoundException("processing group that parks events", processingGroup));
        List<String> sequences = parked.sequences(processingGroup);
        if (sequenceId != null) {
            if (!sequences.contains(sequenceId)) {
                throw new NotFoundException("parked sequence", sequenceId);
            }
            sequences = List.of(sequenceId);
        }
        int cleared = 0;
        for (String sequence : sequences) {
            processor.process(letter -> inSequence(letter, sequence));
            if (!parked.sequences(processingGroup).contains(sequence)) {
                cleared++;
            }
        }
        return new RetryResult(processingGroup, sequences.size(), cleared, parked.count(processingGroup));
    }

    private static boolean inSequence(DeadLetter<? extends EventMessage<?>> letter, String sequence) {
        return letter instanceof JdbcDeadLetter<?> jdbc && Objects.equals(jdbc.getSequenceIdentifier(), sequence);
    }

    /**
     * @param processingGroup the group
     * @param retried         the sequences tried
     * @param cleared         the sequences that now applied completely
     * @param stillParked     the events of the group still parked
     */
    public record RetryResult(String processingGroup, int retried, int cleared, long stillParked) {}
}
