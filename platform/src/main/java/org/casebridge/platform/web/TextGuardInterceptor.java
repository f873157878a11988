package org.casebridge.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.casebridge.platform.problem.UnreadableRequestException;
import org.casebridge.platform.text.TextRule;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Before any handler runs (after authentication), every query-string and form parameter, as the container decoded it,
 * obeys the text rule and holds no image or file: portal forms, draft autosaves and API queries alike. A refusal is a
 * {@link org.casebridge.platform.text.RefusedTextException} that names the parameter, answered as the handler's side
 * answers errors (a problem for the API and the draft endpoint, an error page for portal pages), and nothing runs.
 */
public class TextGuardInterceptor implements HandlerInterceptor {

    /** Spring Security's CSRF token is random by design and never stored; it is not text. */
    private static final String CSRF = "_csrf";
    /** Tomcat marks a request whose parameters it could not parse entirely (too many, too large, malformed). */
    private static final String PARSE_FAILED = "org.apache.catalina.parameter_parse_failed";

    private static final String PARSE_FAILED_REASON = "org.apache.catalina.parameter_parse_failed_reason";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        Map<String, String[]> parameters = request.getParameterMap();
        if (request.getAttribute(PARSE_FAILED) != null || request.getAttribute(EdgeRequest.FORM_UNREADABLE) != null) {
            Object reason = request.getAttribute(PARSE_FAILED_REASON);
            if (reason != null && reason.toString().equals("POST_TOO_LARGE")) {
                throw new UnreadableRequestException(413, "The form is too large; nothing was saved.");
            }
            throw new UnreadableRequestException(
                    400, "The query string or form could not be read entirely; nothing was saved.");
        }
        for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
            String name = parameter.getKey();
            TextRule.accept("(a parameter name)", name);
            if (CSRF.equals(name)) {
                continue;
            }
            for (String value : parameter.getValue()) {
                TextRule.accept(name, value);
            }
        }
        return true;
    }
}
