package org.casebridge.notification.delivery.worker;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with "equal jitter": the n-th wait is drawn between half and all of
 * {@code min(max, initial * 2^(n-1))}, so that receivers coming back are not hit by every sender at once while the
 * wait still grows.
 */
public final class Backoff {

    /** 2^30 times the initial wait is beyond any sensible maximum; stop doubling there to avoid overflow. */
    private static final int MAX_DOUBLINGS = 30;

    private final Duration initial;
    private final Duration max;
    private final RandomGenerator random;

    public Backoff(Duration initial, Duration max, RandomGenerator random) {
        this.initial = initial;
        this.max = max;
        this.random = random;
    }

    /** The wait after the {@code failures}-th failed attempt (1 for the first). */
    public Duration after(int failures) {
        int doublings = Math.min(Math.max(failures - 1, 0), MAX_DOUBLINGS);
        long ceiling = Math.min(max.toMillis(), initial.toMillis() << doublings);
        long half = ceiling / 2;
        return Duration.ofMillis(half + (ceiling - half == 0 ? 0 : random.nextLong(ceiling - half + 1)));
    }
}
