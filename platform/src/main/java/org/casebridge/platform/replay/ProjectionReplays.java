package org.casebridge.platform.replay;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.axonframework.eventhandling.tokenstore.UnableToClaimTokenException;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.casebridge.platform.problem.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replays a projection from the first event of the store: its reset handler empties its tables in the transaction
 * that resets the tokens, its parked events are let go (the replay meets them again, and parks again what still
 * fails), and the processor applies every event again. While it runs, the group's progress is a
 * gauge ({@value #PROGRESS}) and a log line every {@link #LOG_EVERY}; the API keeps answering (commands write to the
 * event store, not to the projection's tables), and reads show the tables as far as the replay has got.
 */
public class ProjectionReplays implements AutoCloseable {

    public static final String PROGRESS = "casebridge.processor.replay.progress";

    static final Duration LOG_EVERY = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);

    private final EventProcessingConfiguration processing;
    private final SubscribingRebuilds rebuilds;
    private final Clock clock;
    private final Map<String, Started> started = new ConcurrentHashMap<>();
    private final ScheduledExecutorService progressLog = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("replay-progress").factory());

    ProjectionReplays(EventProcessingConfiguration processing, SubscribingRebuilds rebuilds, Clock clock) {
        this.processing = processing;
        this.rebuilds = rebuilds;
        this.clock = clock;
    }

    /** Every processing group of this service, by name. */
    public List<String> groups() {
        return processing.eventProcessors().values().stream()
                .filter(p -> p instanceof StreamingEventProcessor || p instanceof SubscribingEventProcessor)
                .map(EventProcessor::getName)
                .sorted()
                .toList();
    }

    public List<ReplayStatus> statuses() {
        return groups().stream().map(this::status).toList();
    }

    public ReplayStatus status(String group) {
        EventProcessor any = processor(group);
        if (any instanceof SubscribingEventProcessor subscribing) {
            return rebuildStatus(group, subscribing);
        }
        StreamingEventProcessor processor = (StreamingEventProcessor) any;
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        Long position = slowest(segments);
        Started replay = started.get(group);
        boolean replaying = segments.stream().anyMatch(ProjectionReplays::behindItsReset)
                || (replay != null && segments.size() < replay.segments());
        if (!replaying) {
            finished(group, position);
            return new ReplayStatus(group, processor.supportsReset(), false, 1.0, position, null);
        }
        Long upTo = segments.stream()
                .map(EventTrackerStatus::getResetPosition)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .max(Long::compare)
                .orElse(replay == null ? null : replay.upTo());
        return new ReplayStatus(group, processor.supportsReset(), true, progress(position, upTo), position, upTo);
    }

    /**
     * Starts a replay of {@code group} on this instance and answers at once; {@link #status} follows it.
     *
     * @throws ReplayRefusedException when the group is not a projection, is being replayed, or another instance
     *     holds one of its segments
     */
    public synchronized ReplayStatus replay(String group) {
        EventProcessor any = processor(group);
        if (any instanceof SubscribingEventProcessor subscribing) {
            return rebuild(group, subscribing);
        }
        StreamingEventProcessor processor = (StreamingEventProcessor) any;
        if (!processor.supportsReset()) {
            throw ReplayRefusedException.notReplayable(group);
        }
        if (status(group).replaying()) {
            throw ReplayRefusedException.running(group);
        }
        Long head = slowest(processor.processingStatus().values());
        processor.shutDown();
        try {
            processor.resetTokens();
            processing.deadLetterQueue(group).ifPresent(SequencedDeadLetterQueue::clear);
        } catch (UnableToClaimTokenException e) {
            throw ReplayRefusedException.claimedElsewhere(group);
        } finally {
            processor.start();
        }
        started.put(group, new Started(clock.instant(), head, segmentsOf(group)));
        log.info("Replay of processing group {} started from the first event, up to event {}", group, head);
        return status(group);
    }

    /** Called before each live event of a subscribing group: waits while the group is being rebuilt. */
    void awaitLiveTurn(String group) {
        rebuilds.awaitLiveTurn(group);
    }

    /** One gauge per processing group: the share of its replay done, 1 when none runs. */
    public void register(MeterRegistry registry) {
        for (String group : groups()) {
            Gauge.builder(PROGRESS, this, replays -> replays.status(group).progress())
                    .description("Share of the processing group's replay done on this instance; 1 when none runs")
                    .tag("processing_group", group)
                    .register(registry);
        }
    }

    /** Logs the progress of every replay this instance runs every {@link #LOG_EVERY}, until closed. */
    public void startProgressLog() {
        long every = LOG_EVERY.toMillis();
        progressLog.scheduleWithFixedDelay(this::logProgress, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        progressLog.shutdownNow();
        rebuilds.close();
    }

    /** Logs the progress of every replay this instance runs. */
    void logProgress() {
        try {
            logRunningReplays();
        } catch (RuntimeException e) {
            log.warn("Cannot read the progress of the replays: {}", e.getClass().getName());
        }
    }

    private void logRunningReplays() {
        for (String group : groups()) {
            ReplayStatus status = status(group);
            if (status.replaying()) {
                log.info(
                        "Replay of processing group {}: {}% (event {} of {})",
                        group, Math.round(status.progress() * 100), status.position(), status.replayUpTo());
            }
        }
    }

    private void finished(String group, @Nullable Long position) {
        Started replay = started.remove(group);
        if (replay != null) {
            Duration took = Duration.between(replay.at(), clock.instant());
            log.info("Replay of processing group {} finished at event {} in {} ms", group, position, took.toMillis());
        }
    }

    private ReplayStatus rebuild(String group, SubscribingEventProcessor processor) {
        if (!processor.eventHandlerInvoker().supportsReset()) {
            throw ReplayRefusedException.notReplayable(group);
        }
        if (!rebuilds.start(group, processor.eventHandlerInvoker())) {
            throw ReplayRefusedException.running(group);
        }
        log.info("Rebuild of processing group {} started from the first event", group);
        return rebuildStatus(group, processor);
    }

    private ReplayStatus rebuildStatus(String group, SubscribingEventProcessor processor) {
        boolean replayable = processor.eventHandlerInvoker().supportsReset();
        SubscribingRebuilds.Progress progress = rebuilds.progress(group);
        if (progress == null) {
            return new ReplayStatus(group, replayable, false, 1.0, null, null);
        }
        long position = progress.position.get();
        return new ReplayStatus(group, replayable, true, progress(position, progress.upTo), position, progress.upTo);
    }

    private EventProcessor processor(String group) {
        return processing
                .eventProcessor(group)
                .filter(p -> p instanceof StreamingEventProcessor || p instanceof SubscribingEventProcessor)
                .orElseThrow(() -> new NotFoundException("processing group", group));
    }

    /**
     * A segment's token stays a replay token until it handles an event stored after the reset, which an idle store may
     * not have for a long time: the replay is done once the segment reached the position it was reset at.
     */
    private static boolean behindItsReset(EventTrackerStatus segment) {
        if (!segment.isReplaying()) {
            return false;
        }
        OptionalLong reset = segment.getResetPosition();
        OptionalLong current = segment.getCurrentPosition();
        return reset.isEmpty() || current.isEmpty() || current.getAsLong() < reset.getAsLong();
    }

    private static @Nullable Long slowest(Collection<EventTrackerStatus> segments) {
        return segments.stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(OptionalLong::isPresent)
                .map(OptionalLong::getAsLong)
                .min(Long::compare)
                .orElse(null);
    }

    private static double progress(@Nullable Long position, @Nullable Long upTo) {
        if (upTo == null || upTo <= 0) {
            return position == null ? 0.0 : 1.0;
        }
        if (position == null) {
            return 0.0;
        }
        return Math.max(0.0, Math.min(1.0, (double) position / upTo));
    }

    /**
     * How many segments the group has in its token store: after a restart the processor claims them one work package
     * at a time, and a replay is not done while a segment is still unclaimed, whatever the claimed ones have reached.
     */
    private int segmentsOf(String group) {
        try {
            return Math.max(1, processing.tokenStore(group).fetchSegments(group).length);
        } catch (RuntimeException e) {
            log.warn("Cannot count the segments of processing group {}; the replay waits for one", group, e);
            return 1;
        }
    }

    /**
     * A replay this instance started: when, up to which event, and how many segments must be claimed again before it
     * can be done.
     */
    private record Started(Instant at, @Nullable Long upTo, int segments) {}
}
