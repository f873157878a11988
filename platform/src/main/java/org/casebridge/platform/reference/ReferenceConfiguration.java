package org.casebridge.platform.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.Resource;

/** The names of schools, areas and forces for every service, from the one school reference data file. */
@AutoConfiguration
public class ReferenceConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public PlaceNames placeNames(
            @Value("${casebridge.reference.schools:classpath:reference/schools.csv}") Resource schools) {
        try (InputStream in = schools.getInputStream()) {
            return PlaceNames.read(in, schools.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + schools.getDescription(), e);
        }
    }
}
