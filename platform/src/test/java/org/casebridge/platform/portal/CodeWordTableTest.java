package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CodeWordTableTest {

    private final CodeWordTable words = CodeWordTable.from(
            Map.of("OUTCOME_21", "Outcome 21", "MONDAY", "The first day"), Map.of("OUTCOME_21", "Not this", "X", "Y"));

    @Test
    void aCodeReadsAsTheFirstTableThatHasItSays() {
        assertThat(words.of("OUTCOME_21")).isEqualTo("Outcome 21");
        assertThat(words.of("X")).isEqualTo("Y");
        assertThat(words.of(DayOfWeek.MONDAY)).isEqualTo("The first day");
    }

    @Test
    void aCodeWithoutWordsReadsAsASentenceAndNoneAsNothing() {
        assertThat(words.of("SOME_NEW_CODE")).isEqualTo("Some new code");
        assertThat(words.of(DayOfWeek.TUESDAY)).isEqualTo("Tuesday");
        assertThat(words.of((Object) null)).isEmpty();
        assertThat(words.of(" ")).isEmpty();
    }
}
