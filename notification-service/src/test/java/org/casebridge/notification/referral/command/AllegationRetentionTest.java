package org.casebridge.notification.referral.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.casebridge.notification.referral.command.AllegationRetention.Adult;
import org.casebridge.notification.referral.command.AllegationRetention.KeptUntil;
import org.casebridge.notification.retention.RetentionSchedule;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/**
 * How long the LADO's record is kept, from the service's own schedule (KCSIE Part 4, ADR 0075, ADR 0084): ten years
 * after the outcome or the latest normal pension age, whichever is later; a false or malicious one removed once
 * concluded unless every adult consented.
 */
class AllegationRetentionTest {

    private static final RetentionSchedule SCHEDULE =
            new RetentionSchedule(new ClassPathResource("reference/retention-schedules.csv"));
    private static final LocalDate OUTCOME = LocalDate.parse("2026-12-01");

    private static KeptUntil kept(AllegationOutcome outcome, Adult... adults) {
        return AllegationRetention.keptUntil(SCHEDULE, outcome, OUTCOME, List.of(adults));
    }

    @Test
    void aSubstantiatedAllegationIsKeptTenYearsAfterItsOutcomeWhenThePensionAgeIsNotKnown() {
        KeptUntil kept = kept(AllegationOutcome.SUBSTANTIATED, new Adult("adult-1", null, false));
        assertThat(kept.lastDay()).isEqualTo(LocalDate.parse("2036-12-01"));
        assertThat(kept.record()).isEqualTo("LADO_ALLEGATION_SUBSTANTIATED");
        assertThat(kept.why()).contains("10 years after the outcome", "normal pension age not known for adult-1");
    }

    @Test
    void aPensionAgeLaterThanTenYearsKeepsTheRecordUntilThen() {
        KeptUntil kept = kept(
                AllegationOutcome.UNSUBSTANTIATED,
                new Adult("adult-1", LocalDate.parse("2051-06-14"), false),
                new Adult("adult-2", LocalDate.parse("2044-01-01"), false));
        assertThat(kept.lastDay()).isEqualTo(LocalDate.parse("2051-06-14"));
        assertThat(kept.why()).contains("until adult-1's normal pension age, later than 10 years after the outcome");
    }

    @Test
    void aPensionAgeSoonerThanTenYearsLeavesTheTenYears() {
        KeptUntil kept = kept(AllegationOutcome.UNFOUNDED, new Adult("adult-1", LocalDate.parse("2030-03-01"), false));
        assertThat(kept.lastDay()).isEqualTo(LocalDate.parse("2036-12-01"));
    }

    @Test
    void aFalseAllegationIsRemovedOnceConcludedWithoutEveryAdultsConsent() {
        KeptUntil none = kept(AllegationOutcome.FALSE, new Adult("adult-1", LocalDate.parse("2051-06-14"), false));
        assertThat(none.lastDay()).isEqualTo(OUTCOME);
        assertThat(none.record()).isEqualTo("LADO_ALLEGATION_FALSE");
        assertThat(none.why()).startsWith("the LADO's record of false allegations is removed once concluded");
        assertThat(kept(
                                AllegationOutcome.MALICIOUS,
                                new Adult("adult-1", null, true),
                                new Adult("adult-2", null, false))
                        .lastDay())
                .as("one adult's consent does not keep what names another")
                .isEqualTo(OUTCOME);
    }

    @Test
    void aFalseAllegationWithConsentIsKeptAsAnUnfoundedOne() {
        KeptUntil kept = kept(AllegationOutcome.MALICIOUS, new Adult("adult-1", null, true));
        assertThat(kept.lastDay()).isEqualTo(LocalDate.parse("2036-12-01"));
        assertThat(kept.record()).isEqualTo("LADO_ALLEGATION_MALICIOUS_CONSENTED");
        assertThat(kept.why()).contains("kept with the consent of adult-1");
        assertThat(kept(AllegationOutcome.FALSE, new Adult("adult-1", LocalDate.parse("2051-06-14"), true))
                        .lastDay())
                .isEqualTo(LocalDate.parse("2051-06-14"));
    }
}
