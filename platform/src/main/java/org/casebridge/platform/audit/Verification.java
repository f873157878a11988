package org.casebridge.platform.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The answer of a verification: whether every chain matches its rows and the latest checkpoint, how many entries
 * were checked, the first entry that breaks (events before the access log) and the checkpoint checked against.
 */
public record Verification(
        boolean verified,
        long entriesChecked,
        @Nullable BrokenEntry firstBrokenEntry,
        @Nullable CheckpointCheck checkpoint) {

    /**
     * @param rowKey the row the entry names ({@code global_index} or the access log's {@code id}); null where the
     *     entry itself is gone
     */
    public record BrokenEntry(
            String source, long position, @Nullable Long rowKey, String reason) {}

    public record CheckpointCheck(
            long id, Instant takenAt, long eventEntries, long accessEntries, String root, boolean signatureValid) {}
}
