package org.casebridge.cases.incident.query;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The school's police outcome is the outcome's code and its words, not the timeline's sentence. */
class PoliceOutcomeTest {

    @Test
    void theOutcomeIsItsCodeAndWhatItMeans() {
        PoliceOutcome outcome = PoliceOutcome.of("Outcome ADULT_CAUTION (HO 3)");
        assertThat(outcome.code()).isEqualTo("ADULT_CAUTION");
        assertThat(outcome.words()).isEqualTo("Adult caution (Home Office outcome code 3)");
    }

    @Test
    void aLineAlreadyInWordsGivesItsCodeToo() {
        String line = "Outcome 21: further investigation not in the public interest (Home Office outcome code 21)";
        assertThat(PoliceOutcome.of(line)).isEqualTo(new PoliceOutcome("OUTCOME_21", line));
    }

    @Test
    void noFurtherActionHasNoHomeOfficeNumber() {
        assertThat(PoliceOutcome.of("Outcome NO_FURTHER_ACTION"))
                .isEqualTo(new PoliceOutcome("NO_FURTHER_ACTION", "No further action"));
    }

    @Test
    void aLineInNoKnownFormKeepsItsWordsAndNamesNoCode() {
        assertThat(PoliceOutcome.of("Outcome 21")).isEqualTo(new PoliceOutcome(null, "Outcome 21"));
        assertThat(PoliceOutcome.of(null)).isNull();
    }
}
