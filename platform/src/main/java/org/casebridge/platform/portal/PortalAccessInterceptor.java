package org.casebridge.platform.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.casebridge.platform.access.AccessLog;
import org.casebridge.platform.access.RecordsAccess;
import org.casebridge.platform.actor.ActorResolver;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Records a read in the access log when a portal page marked {@link RecordsAccess} has its data and before the page is
 * rendered, as the API records a read before its body leaves. If the record cannot be written the page fails and
 * nothing is shown.
 */
public class PortalAccessInterceptor implements HandlerInterceptor {

    private final AccessLog accessLog;
    private final ActorResolver actors;

    public PortalAccessInterceptor(AccessLog accessLog, ActorResolver actors) {
        this.accessLog = accessLog;
        this.actors = actors;
    }

    @Override
    public void postHandle(
            HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView modelAndView) {
        if (!(handler instanceof HandlerMethod method)
                || !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PortalController.class)) {
            return;
        }
        RecordsAccess marker = method.getMethodAnnotation(RecordsAccess.class);
        if (marker == null || response.getStatus() >= 300 || writesItsOwnBody(method)) {
            return;
        }
        String caseId = null;
        if (!marker.caseIdVariable().isEmpty()
                && request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> vars
                && vars.get(marker.caseIdVariable()) instanceof String value) {
            caseId = value;
        }
        accessLog.record(
                actors.resolve(), marker.value(), caseId, request.getRequestURI(), request.getParameter("purpose"));
    }

    /**
     * A portal download (a {@code ResponseEntity} or {@code @ResponseBody}) is recorded by {@code AccessLogAdvice}
     * before its body is written; here it would be recorded twice, and after the body left.
     */
    private static boolean writesItsOwnBody(HandlerMethod method) {
        return HttpEntity.class.isAssignableFrom(method.getReturnType().getParameterType())
                || method.hasMethodAnnotation(ResponseBody.class)
                || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), ResponseBody.class);
    }
}
