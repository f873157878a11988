package org.casebridge.notification.reference;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;

/** Reads the school reference data once at start-up; a missing or malformed file stops the service. */
@Configuration(proxyBeanMethods = false)
public class ReferenceConfiguration {

    @Bean
    PlaceNames placeNames(@Value("${casebridge.reference.schools:classpath:reference/schools.csv}") Resource schools) {
        try (InputStream in = schools.getInputStream()) {
            return PlaceNames.read(in, schools.getDescription());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the school reference data " + schools.getDescription(), e);
        }
    }
}
