package org.casebridge.platform.reference;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;

/**
 * Working days in England and Wales: Monday to Friday except bank holidays, which are reference data (a CSV of
 * {@code date,name} rows, {@code reference/bank-holidays-england-and-wales.csv} in this module; ADR 0073). Times are
 * read in Europe/London, where schools and local authorities work. Beyond the last bank holiday in the file only
 * weekends are skipped, so a clock is early, never late.
 */
public final class WorkingDays {

    /** Where children's social care works: the clock's days start and end at midnight here. */
    public static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final TreeSet<LocalDate> bankHolidays;

    private WorkingDays(Collection<LocalDate> bankHolidays) {
        this.bankHolidays = new TreeSet<>(bankHolidays);
    }

    public static WorkingDays withBankHolidays(Collection<LocalDate> bankHolidays) {
        return new WorkingDays(bankHolidays);
    }

    /** Reads the bank holidays from a CSV; a malformed line stops the start-up with its number. */
    public static WorkingDays read(Resource source) {
        Set<LocalDate> dates = new TreeSet<>();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(source.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.strip().equals("date,name")) {
                    continue;
                }
                String date = line.split(",", 2)[0].strip();
                try {
                    dates.add(LocalDate.parse(date));
                } catch (DateTimeParseException e) {
                    throw new IllegalStateException("Line " + number + " of the bank holidays "
                            + source.getDescription() + ": " + date + " is not a date such as 2026-12-25");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the bank holidays " + source.getDescription(), e);
        }
        if (dates.isEmpty()) {
            throw new IllegalStateException("The bank holidays " + source.getDescription() + " name no date");
        }
        return new WorkingDays(dates);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY
                && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(day);
    }

    /**
     * The end of the {@code workingDays}-th working day after the day of {@code from} (London time): a referral on
     * Monday at 10:00 is due by the end of Tuesday, one on Friday afternoon or at the weekend by the end of Monday (or
     * Tuesday after a bank holiday Monday).
     */
    public Instant endOfWorkingDaysAfter(Instant from, int workingDays) {
        return endOfWorkingDaysFrom(from.atZone(LONDON).toLocalDate().plusDays(1), workingDays);
    }

    /**
     * The same time of day (London) on the next working day: a LADO referral due "within one working day" of a concern
     * recorded on Friday at 10:00 is due on Monday at 10:00, or on Tuesday after a bank holiday Monday.
     */
    public Instant sameTimeNextWorkingDay(Instant from) {
        ZonedDateTime at = from.atZone(LONDON).plusDays(1);
        while (!isWorkingDay(at.toLocalDate())) {
            at = at.plusDays(1);
        }
        return at.toInstant();
    }

    /**
     * The end (midnight, London) of the {@code workingDays}-th working day counted from {@code first}, that day included
     * when it is a working day: five from Monday 30 November 2026 end with Friday 4 December.
     */
    public Instant endOfWorkingDaysFrom(LocalDate first, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("At least one working day, not " + workingDays);
        }
        LocalDate day = first.minusDays(1);
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day.plusDays(1).atStartOfDay(LONDON).toInstant();
    }

    /** The last bank holiday the calendar knows: beyond it only weekends are skipped. */
    public LocalDate knownUntil() {
        return bankHolidays.last();
    }

    /** Whether the bank holidays end within a year of {@code today}: time to add the next year's. */
    public boolean endsWithinAYearOf(LocalDate today) {
        return knownUntil().isBefore(today.plusYears(1));
    }
}
