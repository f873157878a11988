package org.casebridge.notification.portal;

import java.util.List;

import org.casebridge.platform.portal.PortalNavigation;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The agency portal's navigation: subscriptions are home; then the delivery log and the cases shared. */
@Configuration(proxyBeanMethods = false)
class AgencyPortalConfiguration {

    @Bean
    PortalNavigation portalNavigation() {
        return new PortalNavigation("/portal/subscriptions", List.of(
                new PortalNavigation.Link("Subscriptions", "/portal/subscriptions"),
                new PortalNavigation.Link("Delivery log", "/portal/deliveries"),
                new PortalNavigation.Link("Cases", "/portal/cases")));
    }
}
