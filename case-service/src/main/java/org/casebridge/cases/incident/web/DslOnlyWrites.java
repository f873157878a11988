package org.casebridge.cases.incident.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebridge.cases.incident.command.DslOnlyException;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorResolver;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Every write case-service answers is a school DSL's: anyone else gets 403 {@code dsl-only} before the request body
 * is read or a case looked up, so the answer is the same for every case id, existing or not, and an auditor's read
 * access never turns into a change. Whether the case is the DSL's own school's is the aggregate's question (404).
 */
@Configuration(proxyBeanMethods = false)
public class DslOnlyWrites implements WebMvcConfigurer {

    private final ActorResolver actors;

    public DslOnlyWrites(ActorResolver actors) {
        this.actors = actors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && isCaseService(method) && writes(request)) {
                    Actor actor = actors.resolve();
                    if (actor.role() != Actor.Role.SCHOOL_DSL) {
                        throw new DslOnlyException(actor.role().name());
                    }
                }
                return true;
            }
        });
    }

    private static boolean isCaseService(HandlerMethod method) {
        return method.getBeanType().getPackageName().startsWith("org.casebridge.cases");
    }

    private static boolean writes(HttpServletRequest request) {
        String method = request.getMethod();
        return !HttpMethod.GET.matches(method)
                && !HttpMethod.HEAD.matches(method)
                && !HttpMethod.OPTIONS.matches(method);
    }
}
