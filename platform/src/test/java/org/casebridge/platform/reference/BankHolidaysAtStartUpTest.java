package org.casebridge.platform.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** A service starts with the bank holidays it has, and warns a year before they run out (ADR 0073). */
@ExtendWith(OutputCaptureExtension.class)
class BankHolidaysAtStartUpTest {

    private static final String WARNING = "The bank holidays end on 2028-12-26";

    private static ApplicationContextRunner on(String now) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ReferenceConfiguration.class))
                .withBean(Clock.class, () -> Clock.fixed(Instant.parse(now), ZoneOffset.UTC));
    }

    @Test
    void aServiceStartsQuietlyWhileTheBankHolidaysRunMoreThanAYearAhead(CapturedOutput output) {
        on("2026-12-03T12:00:00Z").run(context -> {
            assertThat(context).hasSingleBean(WorkingDays.class);
            assertThat(context.getBean(WorkingDays.class).knownUntil()).hasToString("2028-12-26");
        });
        assertThat(output).doesNotContain(WARNING);
    }

    @Test
    void aServiceStillStartsButWarnsWhenTheBankHolidaysEndWithinAYear(CapturedOutput output) {
        on("2028-01-10T12:00:00Z").run(context -> assertThat(context).hasSingleBean(WorkingDays.class));
        assertThat(output).contains(WARNING, "add the next year's");
    }

    @Test
    void anotherFileReplacesTheBuiltInOne() {
        on("2026-12-03T12:00:00Z")
                .withPropertyValues("casebridge.reference.bank-holidays=classpath:reference/test-bank-holidays.csv")
                .run(context -> assertThat(context.getBean(WorkingDays.class).knownUntil())
                        .hasToString("2030-12-26"));
    }
}
