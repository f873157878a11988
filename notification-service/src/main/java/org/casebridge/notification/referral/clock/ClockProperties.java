package org.casebridge.notification.referral.clock;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Children's social care's clocks (env CASEBRIDGE_BANK_HOLIDAYS_CSV, CASEBRIDGE_CSC_ACKNOWLEDGEMENT_WORKING_DAYS).
 *
 * @param bankHolidays                 the bank holidays of England and Wales (reference data)
 * @param acknowledgementWorkingDays   working days children's social care has to acknowledge a referral
 * @param acknowledgementWithin        a fixed time instead of working days (empty: working days)
 */
@ConfigurationProperties("casebridge.notification.csc")
public record ClockProperties(
        @DefaultValue("classpath:reference/bank-holidays-england-and-wales.csv")
        Resource bankHolidays,

        @DefaultValue("1") int acknowledgementWorkingDays,
        Duration acknowledgementWithin) {}
