package org.casebridge.notification.delivery.worker;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1), new SplittableRandom(7));

    @Test
    void doublesWithJitterBetweenHalfAndAllOfTheCeiling() {
        for (int failures = 1; failures <= 6; failures++) {
            long ceiling = 10_000L << (failures - 1);
            for (int sample = 0; sample < 50; sample++) {
                assertThat(backoff.after(failures).toMillis()).isBetween(ceiling / 2, ceiling);
            }
        }
    }

    @Test
    void neverWaitsLongerThanTheMaximum() {
        assertThat(backoff.after(40))
                .isLessThanOrEqualTo(Duration.ofHours(1))
                .isGreaterThanOrEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void jitterSpreadsTheWaits() {
        assertThat(IntStream.range(0, 20)
                        .mapToObj(i -> backoff.after(3))
                        .distinct()
                        .count())
                .isGreaterThan(1);
    }
}
