package org.casebridge.notification.agency;

import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.actor.OneRoleWrites;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call notification-service's handlers, declared once for the service (ADR 0038): every write it answers, API
 * or portal, is an agency's, so {@link Agencies#agencyOf} decides before the request body is read or a subscription,
 * delivery or referral looked up: an auditor gets 403 {@code auditors-read-only}, any other role 403
 * {@code agency-role-required}, whatever record they name. Whether the record is the agency's own is the service's
 * question (404). A write for another role would move the service to a declaration on each handler, as police's
 * {@code @PoliceAccess}.
 */
@Configuration(proxyBeanMethods = false)
public class AgencyOnlyWrites implements WebMvcConfigurer {

    private final ActorResolver actors;

    public AgencyOnlyWrites(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OneRoleWrites("org.casebridge.notification", actors, Agencies::agencyOf));
    }
}
