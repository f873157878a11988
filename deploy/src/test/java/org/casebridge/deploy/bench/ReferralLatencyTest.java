package org.casebridge.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferralLatencyTest {

    @Test
    void theInboxIsReadEvery5MsWhileTheReferralIsYoung() {
        assertThat(ReferralLatency.pollPause(0)).isEqualTo(5);
        assertThat(ReferralLatency.pollPause(50)).isEqualTo(5);
    }

    @Test
    void aLateReferralIsReadEveryTenthOfItsWaitAndAtLeastFourTimesASecond() {
        assertThat(ReferralLatency.pollPause(300)).isEqualTo(30);
        assertThat(ReferralLatency.pollPause(2_500)).isEqualTo(250);
        assertThat(ReferralLatency.pollPause(60_000)).isEqualTo(250);
    }
}
