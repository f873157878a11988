package org.casebridge.platform.actor;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Consumer;
import org.springframework.http.HttpMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The role gate of a service whose every write is one role's (ADR 0038): before the request body is read or a record
 * looked up, a write (any method but GET, HEAD and OPTIONS) to a handler of the service's own packages hands the
 * caller to the service's {@code gate}, which throws the service's 403 refusal for any other role. So the answer is
 * the same for every record, existing or not, and a reader's access never turns into a change. The platform's own
 * handlers (drafts, sign-out) are not the service's and keep their own checks. Whether the record is the caller's is
 * the aggregate's or the query scope's question (404).
 */
public final class OneRoleWrites implements HandlerInterceptor {

    private final String servicePackage;
    private final ActorResolver actors;
    private final Consumer<Actor> gate;

    /**
     * @param servicePackage the service's root package, such as {@code org.casebridge.cases}
     * @param gate           throws the service's refusal when the actor may not write; returns when they may
     */
    public OneRoleWrites(String servicePackage, ActorResolver actors, Consumer<Actor> gate) {
        this.servicePackage = servicePackage;
        this.actors = actors;
        this.gate = gate;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod method && isTheService(method) && writes(request)) {
            gate.accept(actors.resolve());
        }
        return true;
    }

    private boolean isTheService(HandlerMethod method) {
        String name = method.getBeanType().getPackageName();
        return name.equals(servicePackage) || name.startsWith(servicePackage + ".");
    }

    private static boolean writes(HttpServletRequest request) {
        String method = request.getMethod();
        return !HttpMethod.GET.matches(method)
                && !HttpMethod.HEAD.matches(method)
                && !HttpMethod.OPTIONS.matches(method);
    }
}
