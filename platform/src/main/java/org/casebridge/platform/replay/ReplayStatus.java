package org.casebridge.platform.replay;

import org.jspecify.annotations.Nullable;

/**
 * Where one processing group stands on this instance.
 *
 * @param processingGroup the group
 * @param replayable whether its handlers may be replayed: projections yes; the Kafka publisher, sagas and process
 *     managers, whose handlers send something, no
 * @param replaying whether a replay this instance runs has not yet reached the position it was asked at
 * @param progress the share of the replay done, 0 to 1; 1 when no replay runs
 * @param position the global index of the event the group's slowest segment on this instance has reached, if known
 * @param replayUpTo the global index the replay runs up to, while one runs
 */
public record ReplayStatus(
        String processingGroup,
        boolean replayable,
        boolean replaying,
        double progress,
        @Nullable Long position,
        @Nullable Long replayUpTo) {}
