package org.casebridge.cases.incident.web;

import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.actor.OneRoleWrites;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call case-service's handlers, declared once for the service (ADR 0038): every write it answers, API or
 * portal, is a school DSL's; anyone else gets 403 {@code dsl-only} before the request body is read or a case looked
 * up, so the answer is the same for every case id, existing or not, and an auditor's read access never turns into a
 * change. Whether the case is the DSL's own school's is the aggregate's question (404). A write for another role
 * would move the service to a declaration on each handler, as police's {@code @PoliceAccess}.
 */
@Configuration(proxyBeanMethods = false)
public class DslOnlyWrites implements WebMvcConfigurer {

    private final ActorResolver actors;

    public DslOnlyWrites(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new OneRoleWrites("org.casebridge.cases", actors, actor -> {
            if (actor.role() != Actor.Role.SCHOOL_DSL) {
                throw new DslOnlyException(actor.role().name());
            }
        }));
    }
}
