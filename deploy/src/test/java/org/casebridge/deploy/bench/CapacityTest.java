package org.casebridge.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CapacityTest {

    @Test
    void aRateMeetsTheTargetsWhenBothPercentilesAreWithinThemAndEveryReferralWasKeptUpWith() {
        Capacity.Verdict verdict = Capacity.of(run(15, 900, 60_000, 250, 500), cpu(45, 15));

        assertThat(verdict.met()).isTrue();
        assertThat(verdict.answeredPerSecond()).isEqualTo(899 / 60.0);
        assertThat(verdict.stackCpuMsPerReferral()).isEqualTo(1000 * 45.0 / 900);
    }

    @Test
    void aPercentileOverItsTargetIsNotMet() {
        assertThat(Capacity.of(run(20, 1_200, 60_000, 251, 100), cpu(45, 15)).met())
                .isFalse();
        assertThat(Capacity.of(run(20, 1_200, 60_000, 100, 501), cpu(45, 15)).met())
                .isFalse();
    }

    @Test
    void aRateWhoseReferralsQueuedIsNotMetHoweverFastTheirLatencies() {
        Capacity.Verdict verdict = Capacity.of(run(20, 1_200, 80_000, 50, 50), cpu(45, 15));

        assertThat(verdict.keptUp()).isFalse();
        assertThat(verdict.met()).isFalse();
    }

    @Test
    void aReferralNeverSeenInTheInboxOrNeverDeliveredIsNotMet() {
        ReferralLatency.Result run = run(5, 300, 60_000, 50, 50);
        ReferralLatency.Result oneUndelivered = new ReferralLatency.Result(
                run.rate(),
                run.seconds(),
                run.referrals(),
                0,
                0,
                0,
                0,
                Map.of(),
                run.inbox(),
                samples(299, 50),
                Map.of());

        assertThat(Capacity.of(oneUndelivered, cpu(45, 15)).met()).isFalse();
    }

    @Test
    void theHighestRateMetIsTheLastOfAnUnbrokenRunFromTheLowest() {
        List<Capacity.Verdict> verdicts = List.of(
                verdict(20, 323, 615),
                verdict(5, 89, 72),
                verdict(15, 203, 298),
                verdict(10, 64, 52),
                verdict(40, 200, 300));

        assertThat(Capacity.highestMet(verdicts)).contains(15.0);
        assertThat(Capacity.highestMet(List.of(verdict(5, 300, 72), verdict(10, 64, 52))))
                .isEmpty();
    }

    @Test
    void theTableSaysWhereTheTargetsStoppedAndTheChartIsDrawn(@TempDir Path out) throws Exception {
        List<Capacity.Verdict> verdicts = List.of(verdict(15, 203, 298), verdict(20, 323, 615));
        StringBuilder md = new StringBuilder();

        Capacity.table(md, verdicts);
        String chart = Capacity.chart(out, verdicts);

        assertThat(md.toString())
                .contains("| 15 | 15.0 | 203 | 298 | met | 90% | 100 |")
                .contains("| 20 | 20.0 | 323 | 615 | not met | 90% | 100 |")
                .contains("The targets held at every rate measured up to 15 referrals a second.");
        assertThat(Files.size(out.resolve(chart))).isPositive();
    }

    private static Capacity.Verdict verdict(double rate, double inboxP99, double webhookP99) {
        return new Capacity.Verdict(rate, rate, inboxP99, webhookP99, true, 0.9, 100);
    }

    /** {@code count} referrals answered evenly over {@code lastMillis}, each with the same two latencies. */
    private static ReferralLatency.Result run(
            double rate, int count, long lastMillis, double inboxMillis, double webhookMillis) {
        List<ReferralLatency.Referral> referrals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            referrals.add(new ReferralLatency.Referral("case-" + i, 1_000_000 + lastMillis * i / (count - 1)));
        }
        return new ReferralLatency.Result(
                rate,
                60,
                referrals,
                0,
                0,
                0,
                0,
                Map.of(),
                samples(count, inboxMillis),
                samples(count, webhookMillis),
                Map.of());
    }

    private static Measures samples(int count, double millis) {
        Measures measures = new Measures();
        for (int i = 0; i < count; i++) {
            measures.add(millis);
        }
        return measures;
    }

    /** The stack's CPU split over two services, and the benchmark's own, which the stack's figure leaves out. */
    private static StackProcesses.Span cpu(double stackSeconds, double benchmarkSeconds) {
        Map<String, Double> used = new LinkedHashMap<>();
        used.put("case-service", stackSeconds * 2 / 3);
        used.put("police-liaison-service", stackSeconds / 3);
        used.put(StackProcesses.BENCHMARK, benchmarkSeconds);
        return new StackProcesses.Span(used, 90, 10);
    }
}
