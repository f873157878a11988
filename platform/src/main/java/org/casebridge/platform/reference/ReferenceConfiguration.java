package org.casebridge.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The names of schools, areas, forces and agencies for every service, from the one school reference data file and the
 * agency directory ({@code casebridge.reference.agencies}: one location or several separated by commas), and the
 * working days of England and Wales ({@code casebridge.reference.bank-holidays}; ADR 0073).
 */
@AutoConfiguration
public class ReferenceConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ReferenceConfiguration.class);

    /**
     * Reads the bank holidays once at start-up, and warns when they end within a year: beyond the file's last year the
     * clocks count only weekends, early rather than late, and the service keeps running (ADR 0073).
     */
    @Bean
    @ConditionalOnMissingBean
    public WorkingDays workingDays(
            @Value("${casebridge.reference.bank-holidays:classpath:reference/bank-holidays-england-and-wales.csv}")
                    Resource bankHolidays,
            ObjectProvider<Clock> clock) {
        WorkingDays days = WorkingDays.read(bankHolidays);
        LocalDate today = LocalDate.now(clock.getIfAvailable(Clock::systemUTC).withZone(WorkingDays.LONDON));
        if (days.endsWithinAYearOf(today)) {
            log.warn(
                    "The bank holidays end on {}: add the next year's to {} before then, or working-day clocks will"
                            + " count bank holidays as working days",
                    days.knownUntil(),
                    bankHolidays.getDescription());
        }
        return days;
    }

    @Bean
    @ConditionalOnMissingBean
    public PlaceNames placeNames(
            @Value("${casebridge.reference.schools:classpath:reference/schools.csv}") Resource schools,
            @Value("${casebridge.reference.agencies:classpath:reference/agencies.csv}") String agencies,
            ResourceLoader resources) {
        PlaceNames places;
        try (InputStream in = schools.getInputStream()) {
            places = PlaceNames.read(in, schools.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + schools.getDescription(), e);
        }
        Map<String, String> agencyNames = new HashMap<>();
        Arrays.stream(agencies.split(","))
                .map(String::strip)
                .filter(location -> !location.isEmpty())
                .map(resources::getResource)
                .forEach(directory -> {
                    try (InputStream in = directory.getInputStream()) {
                        AgencyNamesFile.read(in, directory.getDescription()).forEach(agencyNames::putIfAbsent);
                    } catch (IOException e) {
                        throw new UncheckedIOException(
                                "Cannot read the agency directory " + directory.getDescription(), e);
                    }
                });
        return places.withAgencies(agencyNames);
    }
}
