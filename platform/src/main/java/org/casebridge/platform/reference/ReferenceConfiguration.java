package org.casebridge.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * The names of schools, areas, forces and agencies for every service, from the one school reference data file and the
 * agency directory ({@code casebridge.reference.agencies}: one location or several separated by commas).
 */
@AutoConfiguration
public class ReferenceConfiguration {

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
