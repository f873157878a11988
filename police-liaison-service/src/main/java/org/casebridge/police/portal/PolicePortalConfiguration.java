package org.casebridge.police.portal;

import java.util.List;

import org.casebridge.platform.portal.PortalNavigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The police portal's navigation: the inbox is home; supervisors' sign-off queue and the force's actions. */
@Configuration(proxyBeanMethods = false)
class PolicePortalConfiguration {

    @Bean
    PortalNavigation portalNavigation() {
        return new PortalNavigation("/portal/escalations", List.of(
                new PortalNavigation.Link("Escalations", "/portal/escalations"),
                new PortalNavigation.Link("Outcomes to sign off", "/portal/sign-off"),
                new PortalNavigation.Link("Strategy actions", "/portal/strategy-actions")));
    }
}
