package org.casebridge.notification.referral.clock;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.casebridge.platform.reference.ReferenceConfiguration;
import org.casebridge.platform.reference.WorkingDays;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The bank holidays moved into the platform (ADR 0073); this service's application.yml still names the file by its own
 * setting, so a deployment that set {@code casebridge.notification.csc.bank-holidays} keeps its file.
 */
class BankHolidaysSettingTest {

    private final ApplicationContextRunner service = new ApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(ReferenceConfiguration.class))
            .withBean(Clock.class, () -> Clock.fixed(Instant.parse("2026-12-03T12:00:00Z"), ZoneOffset.UTC));

    @Test
    void byDefaultTheServiceReadsThePlatformsBankHolidays() {
        service.run(context ->
                assertThat(context.getBean(WorkingDays.class).knownUntil()).hasToString("2028-12-26"));
    }

    @Test
    void theServicesOwnSettingStillNamesAnotherFile() {
        service.withPropertyValues(
                        "casebridge.notification.csc.bank-holidays=classpath:reference/other-bank-holidays.csv")
                .run(context -> assertThat(context.getBean(WorkingDays.class).knownUntil())
                        .hasToString("2030-12-26"));
    }
}
