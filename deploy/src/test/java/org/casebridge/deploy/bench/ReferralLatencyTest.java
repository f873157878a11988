package org.casebridge.deploy.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReferralLatencyTest {

    private final AtomicLong now = new AtomicLong(1_000);
    private final List<String> inInbox = new ArrayList<>();
    private final List<String> readById = new ArrayList<>();
    private final List<Integer> limits = new ArrayList<>();
    private final List<String> tagsSent = new ArrayList<>();
    private final InboxReader reader = new InboxReader(
            new InboxReader.Police() {
                @Override
                public InboxReader.Reading newest(int limit, String tag) {
                    limits.add(limit);
                    tagsSent.add(tag);
                    String current = "\"" + inInbox.size() + "\"";
                    return current.equals(tag)
                            ? new InboxReader.Reading(null, current, true)
                            : new InboxReader.Reading(List.copyOf(inInbox), current, false);
                }

                @Override
                public boolean readable(String caseId) {
                    readById.add(caseId);
                    return caseId.startsWith("readable");
                }
            },
            now::get);

    @Test
    void aReferralIsTimedFromTheFirstReadingThatShowsItInTheInbox() throws Exception {
        reader.referred("a", 1_000);
        now.set(1_030);
        reader.readOnce();
        assertThat(reader.seenAt("a")).isZero();

        inInbox.add("a");
        now.set(1_045);
        reader.readOnce();
        now.set(1_300);
        reader.readOnce();

        assertThat(reader.seenAt("a")).isEqualTo(1_045);
        assertThat(reader.stillWaiting()).isZero();
    }

    @Test
    void aReadingAsksForAsManyOfTheLatestArrivalsAsAreWaitedForAndTwentyMoreInTwentiesAtMostAHundred()
            throws Exception {
        reader.readOnce();
        for (int i = 0; i < 5; i++) {
            reader.referred("case-" + i, 1_000);
        }
        reader.readOnce();
        for (int i = 5; i < 200; i++) {
            reader.referred("case-" + i, 1_000);
        }
        reader.readOnce();

        assertThat(limits).containsExactly(20, 40, 100);
    }

    @Test
    void aReadingNamesTheRowsItHasAndAnUnchangedInboxShowsNothingNew() throws Exception {
        reader.referred("a", 1_000);
        assertThat(reader.readNewest()).isFalse();
        inInbox.add("a");
        now.set(1_020);
        assertThat(reader.readNewest()).isFalse();
        now.set(1_040);
        assertThat(reader.readNewest()).isTrue();

        assertThat(tagsSent).containsExactly(null, "\"0\"", "\"1\"");
        assertThat(reader.seenAt("a")).isEqualTo(1_020);
    }

    @Test
    void aCaseSeenBeforeItsReferralAnsweredIsNotWaitedFor() throws Exception {
        inInbox.add("b");
        reader.readOnce();
        reader.referred("b", 1_010);

        assertThat(reader.stillWaiting()).isZero();
        assertThat(reader.seenAt("b")).isEqualTo(1_000);
    }

    @Test
    void onlyAReferralMissingFromTheInboxForTwoSecondsIsReadByItsId() throws Exception {
        reader.referred("readable-late", 1_000);
        reader.referred("young", 2_500);
        now.set(3_000);
        reader.readOnce();

        assertThat(readById).containsExactly("readable-late");
        assertThat(reader.seenAt("readable-late")).isEqualTo(3_000);
        assertThat(reader.stillWaiting()).isEqualTo(1);
    }

    @Test
    void lateReferralsAreReadByIdAtMostFourTimesASecond() throws Exception {
        reader.referred("never", 0);
        now.set(3_000);
        reader.readOnce();
        now.set(3_100);
        reader.readOnce();
        now.set(3_250);
        reader.readOnce();

        assertThat(readById).containsExactly("never", "never");
    }
}
