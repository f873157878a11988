package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConditionalReadTest {

    record Row(String caseId, int children) {}

    private static final Duration MOST = Duration.ofSeconds(25);

    @Test
    void theSameRowsHaveTheSameStrongTagAndAnyChangedFieldAnother() {
        String tag = ConditionalRead.tag(List.of(new Row("a", 2), new Row("b", 1)));

        assertThat(tag).matches("\"[0-9a-f]{32}\"");
        assertThat(ConditionalRead.tag(List.of(new Row("a", 2), new Row("b", 1))))
                .isEqualTo(tag);
        assertThat(ConditionalRead.tag(List.of(new Row("a", 2), new Row("b", 2))))
                .isNotEqualTo(tag);
        assertThat(ConditionalRead.tag(List.of(new Row("b", 1), new Row("a", 2))))
                .isNotEqualTo(tag);
        assertThat(ConditionalRead.tag(List.of())).isNotEqualTo(tag);
    }

    @Test
    void ifNoneMatchHoldsForTheTagWeakOrStrongInAListOrAnyTagAtAll() {
        String tag = "\"0123\"";

        assertThat(ConditionalRead.stillHolds(tag, tag)).isTrue();
        assertThat(ConditionalRead.stillHolds("W/" + tag, tag)).isTrue();
        assertThat(ConditionalRead.stillHolds("\"9\", " + tag, tag)).isTrue();
        assertThat(ConditionalRead.stillHolds("*", tag)).isTrue();
        assertThat(ConditionalRead.stillHolds(null, tag)).isFalse();
        assertThat(ConditionalRead.stillHolds("", tag)).isFalse();
        assertThat(ConditionalRead.stillHolds("0123", tag)).isFalse();
        assertThat(ConditionalRead.stillHolds("\"01234\"", tag)).isFalse();
    }

    @Test
    void aWaitIsPreferredInWholeSecondsAtMostTheMostAndOtherwiseNotAtAll() {
        assertThat(ConditionalRead.preferredWait("wait=10", MOST)).isEqualTo(Duration.ofSeconds(10));
        assertThat(ConditionalRead.preferredWait("respond-async, WAIT = 5", MOST))
                .isEqualTo(Duration.ofSeconds(5));
        assertThat(ConditionalRead.preferredWait("wait=7; x=y", MOST)).isEqualTo(Duration.ofSeconds(7));
        assertThat(ConditionalRead.preferredWait("wait=600", MOST)).isEqualTo(MOST);
        for (String ignored : new String[] {"", "wait", "wait=", "wait=-1", "wait=1.5", "wait=ten", "wait=9999999"}) {
            assertThat(ConditionalRead.preferredWait(ignored, MOST)).as(ignored).isZero();
        }
        assertThat(ConditionalRead.preferredWait(null, MOST)).isZero();
        assertThat(ConditionalRead.waitApplied(Duration.ofSeconds(20))).isEqualTo("wait=20");
    }
}
