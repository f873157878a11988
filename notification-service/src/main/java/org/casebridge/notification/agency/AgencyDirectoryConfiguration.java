package org.casebridge.notification.agency;

import java.util.List;
import org.casebridge.platform.reference.ReferenceFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Reads the agency directory at start-up from {@code casebridge.notification.agencies} (env
 * {@code CASEBRIDGE_AGENCIES_CSV}): one location or several separated by commas, for example
 * {@code file:/etc/casebridge/agencies.csv}.
 * A missing or malformed file stops the service, naming the file and line.
 */
@Configuration(proxyBeanMethods = false)
public class AgencyDirectoryConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AgencyDirectoryConfiguration.class);

    @Bean
    AgencyDirectory agencyDirectory(
            @Value("${casebridge.notification.agencies:classpath:reference/agencies.csv}") String locations,
            ResourceLoader resources) {
        List<Resource> sources = ReferenceFiles.at(locations, resources);
        AgencyDirectory directory = AgencyDirectory.read(sources);
        log.info(
                "Loaded {} agencies from {}",
                directory.all().size(),
                sources.stream().map(Resource::getDescription).toList());
        return directory;
    }
}
