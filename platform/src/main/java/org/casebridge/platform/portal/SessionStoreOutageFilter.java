package org.casebridge.platform.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.casebridge.platform.problem.Outages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 503 with {@code Retry-After} when the session store, PostgreSQL, cannot be reached (ADR 0031, 0036). Spring
 * Session reads a portal user's session in a filter, before any controller advice can turn the failure into the
 * outage page, so without this a signed-in user got a 500 during an outage. Portal pages get a short page, anything
 * else the {@code service-unavailable} problem. Other failures pass through unchanged.
 */
final class SessionStoreOutageFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SessionStoreOutageFilter.class);

    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Sorry, the service is unavailable</title></head>
            <body><h1>Sorry, the service is unavailable</h1>
            <p>Try again in a few seconds. Your answers were saved as you typed them.</p></body></html>
            """;

    private final ObjectMapper objectMapper;

    SessionStoreOutageFilter(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            Optional<String> partDown = Outages.partDown(e);
            if (partDown.isEmpty() || response.isCommitted()) {
                throw e;
            }
            log.warn(
                    "Request refused with 503, the {} holding sessions is unavailable: {}",
                    partDown.get(),
                    e.getClass().getName());
            response.resetBuffer();
            response.setStatus(503);
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Outages.RETRY_AFTER.toSeconds()));
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (path.startsWith("/portal")) {
                response.setContentType(MediaType.TEXT_HTML_VALUE);
                response.setCharacterEncoding(StandardCharsets.UTF_8.name());
                response.getWriter().write(PAGE);
            } else {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                objectMapper.writeValue(response.getOutputStream(), Outages.problem(partDown.get()));
            }
        }
    }
}
