package org.casebridge.cases.incident.portal;

import java.util.List;

import org.casebridge.platform.portal.PortalNavigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The DSL portal's navigation: the school's cases, and reporting a new incident. */
@Configuration(proxyBeanMethods = false)
public class CasePortalConfiguration {

    @Bean
    public PortalNavigation portalNavigation() {
        return new PortalNavigation("/portal/cases", List.of(
                new PortalNavigation.Link("Cases", "/portal/cases"),
                new PortalNavigation.Link("Report an incident", "/portal/report")));
    }
}
