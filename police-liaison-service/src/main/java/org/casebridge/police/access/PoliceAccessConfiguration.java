package org.casebridge.police.access;

import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.police.escalation.query.EscalationQueries;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the {@link PoliceAccess} rules in front of every handler. */
@Configuration(proxyBeanMethods = false)
class PoliceAccessConfiguration implements WebMvcConfigurer {

    private final ActorResolver actors;
    private final EscalationQueries escalations;

    PoliceAccessConfiguration(ActorResolver actors, EscalationQueries escalations) {
        this.actors = actors;
        this.escalations = escalations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PoliceAccessInterceptor(actors, escalations));
    }
}
