package org.casebridge.platform.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.casebridge.platform.actor.ActorResolver;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.http.server.ServletServerHttpResponse;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Records a read in the access log just before the answer's body is written, for every handler marked
 * {@link RecordsAccess}. Error answers come from exception handlers, not the marked handler, so only reads that
 * return data are recorded; if recording fails, the request fails and no data leaves. A 304 answers a conditional read
 * whose reader already has the data (ADR 0101): it discloses nothing and is not recorded.
 */
@RestControllerAdvice
public class AccessLogAdvice implements ResponseBodyAdvice<Object> {

    /** Optional header in which a reader says why they are looking. */
    public static final String PURPOSE_HEADER = "X-Access-Purpose";

    private final AccessLog accessLog;
    private final ActorResolver actors;

    public AccessLogAdvice(AccessLog accessLog, ActorResolver actors) {
        this.accessLog = accessLog;
        this.actors = actors;
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(RecordsAccess.class);
    }

    @Override
    public Object beforeBodyWrite(
            Object body,
            MethodParameter returnType,
            MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType,
            ServerHttpRequest request,
            ServerHttpResponse response) {
        if (response instanceof ServletServerHttpResponse servletResponse
                && servletResponse.getServletResponse().getStatus() == HttpStatus.NOT_MODIFIED.value()) {
            return body;
        }
        RecordsAccess marker = returnType.getMethodAnnotation(RecordsAccess.class);
        HttpServletRequest servletRequest = ((ServletServerHttpRequest) request).getServletRequest();
        String caseId = null;
        if (marker != null
                && !marker.caseIdVariable().isEmpty()
                && servletRequest.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE)
                        instanceof Map<?, ?> vars
                && vars.get(marker.caseIdVariable()) instanceof String value) {
            caseId = value;
        }
        accessLog.record(
                actors.resolve(),
                marker == null ? "unknown" : marker.value(),
                caseId,
                servletRequest.getRequestURI(),
                servletRequest.getHeader(PURPOSE_HEADER));
        return body;
    }
}
