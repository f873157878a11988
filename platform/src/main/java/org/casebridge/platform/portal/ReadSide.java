package org.casebridge.platform.portal;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Projections follow the event store within moments, not in the same transaction. A page that creates a record and
 * then shows it waits here, briefly, until the read side has it, so the user never lands on "Page not found" for
 * what they have just created.
 */
public final class ReadSide {

    /** Long enough for a busy machine, short enough that a user is never left looking at nothing. */
    public static final Duration PATIENCE = Duration.ofSeconds(10);

    private static final long POLL_MILLIS = 50;

    private ReadSide() {}

    /** @return whether the read side showed it before {@link #PATIENCE} ran out */
    public static boolean awaitVisible(BooleanSupplier visible) {
        long giveUp = System.nanoTime() + PATIENCE.toNanos();
        while (!visible.getAsBoolean()) {
            if (System.nanoTime() > giveUp) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
