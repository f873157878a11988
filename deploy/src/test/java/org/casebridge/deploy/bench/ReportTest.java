package org.casebridge.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportTest {

    @Test
    void aRateTheStackCouldNotKeepUpWithShowsHowLongItsReferralsTookToBeAnswered() {
        StringBuilder md = new StringBuilder();

        Report.answered(md, answered(20, 60, 1_201, 80_000));

        assertThat(md.toString())
                .isEqualTo("At 20 referrals/s offered for 60 s, the 1201 referrals were answered over 80.0 s:"
                        + " 15.0 a second.\n");
    }

    @Test
    void fewerThanTwoReferralsSayNothingOfASpread() {
        StringBuilder md = new StringBuilder();

        Report.answered(md, answered(1, 2, 1, 0));

        assertThat(md).isEmpty();
    }

    /** {@code count} referrals answered evenly from the run's start to {@code lastMillis} after it. */
    private static ReferralLatency.Result answered(double rate, double seconds, int count, long lastMillis) {
        List<ReferralLatency.Referral> referrals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long at = count == 1 ? 0 : lastMillis * i / (count - 1);
            referrals.add(new ReferralLatency.Referral("case-" + i, 1_000_000 + at));
        }
        return new ReferralLatency.Result(
                rate, seconds, referrals, 0, 0, 0, 0, Map.of(), new Measures(), new Measures(), Map.of());
    }
}
