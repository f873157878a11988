package org.casebridge.notification.referral.clock;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Children's social care's clocks (env CASEBRIDGE_CSC_ACKNOWLEDGEMENT_WORKING_DAYS). The bank holidays are the
 * platform's ({@code casebridge.reference.bank-holidays}, env CASEBRIDGE_BANK_HOLIDAYS_CSV); this service's
 * {@code casebridge.notification.csc.bank-holidays} of before ADR 0073 still names the file when set (application.yml).
 *
 * @param acknowledgementWorkingDays   working days children's social care has to acknowledge a referral
 * @param acknowledgementWithin        a fixed time instead of working days (empty: working days)
 */
@ConfigurationProperties("casebridge.notification.csc")
public record ClockProperties(@DefaultValue("1") int acknowledgementWorkingDays, Duration acknowledgementWithin) {}
