package org.casebridge.cases.incident.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorResolver;
import org.casebridge.platform.actor.OneRoleWrites;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Who may call case-service's handlers, declared once for the service (ADR 0038): every write it answers, API or
 * portal, is a school DSL's; anyone else gets 403 {@code dsl-only} before the request body is read or a case looked
 * up, so the answer is the same for every case id, existing or not, and an auditor's read access never turns into a
 * change. Whether the case is the DSL's own school's is the aggregate's question (404). The one exception is declared
 * on its handlers: {@link AuditorMayWrite} lets the school's auditor set and lift a legal hold (ADR 0053).
 */
@Configuration(proxyBeanMethods = false)
public class DslOnlyWrites implements WebMvcConfigurer {

    private final ActorResolver actors;

    public DslOnlyWrites(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        OneRoleWrites dslOnly = new OneRoleWrites("org.casebridge.cases", actors, actor -> {
            if (actor.role() != Actor.Role.SCHOOL_DSL) {
                throw new DslOnlyException(actor.role().name());
            }
        });
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method
                        && method.hasMethodAnnotation(AuditorMayWrite.class)
                        && actors.resolve().role() == Actor.Role.AUDITOR) {
                    return true;
                }
                return dslOnly.preHandle(request, response, handler);
            }
        });
    }
}
