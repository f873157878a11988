package org.casebridge.notification.report;

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
 * Reads the partnerships at start-up from {@code casebridge.notification.partnerships} (env
 * {@code CASEBRIDGE_PARTNERSHIPS_CSV}): one location or several separated by commas.
 */
@Configuration(proxyBeanMethods = false)
class PartnershipReportConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PartnershipReportConfiguration.class);

    @Bean
    PartnershipDirectory partnershipDirectory(
            @Value("${casebridge.notification.partnerships:classpath:reference/partnerships.csv}") String locations,
            ResourceLoader resources) {
        List<Resource> sources = ReferenceFiles.at(locations, resources);
        PartnershipDirectory directory = PartnershipDirectory.read(sources);
        log.info("Loaded {} partnerships", directory.size());
        return directory;
    }
}
