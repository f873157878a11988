package org.casebridge.platform.test;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.http.HttpHeaders;

/**
 * Test-only shorthand for who is acting: a request to {@code /api} that carries the {@code X-Actor-*} headers and no
 * {@code Authorization} header is given a bearer token of {@link TestTokens#trusted()} with those claims, before
 * Spring Security sees it. The service under test then validates a real token as in production; nothing in the
 * production jars reads these headers (ADR 0014). {@link InfrastructureInitializer} installs it unless a test asks
 * for tokens ({@code casebridge.security.tokens=true}), which proves that the headers alone get a 401.
 */
public final class TestActorHeaders implements Filter {

    public static final String ID = "X-Actor-Id";
    public static final String ROLE = "X-Actor-Role";
    public static final String ORGANISATION = "X-Actor-Org";

    /** Runs just before Spring Security's filter chain (order -100). */
    static final int ORDER = -101;

    private TestActorHeaders() {}

    /** The filter, registered for the API paths. */
    public static FilterRegistrationBean<TestActorHeaders> registration() {
        FilterRegistrationBean<TestActorHeaders> registration = new FilterRegistrationBean<>(new TestActorHeaders());
        registration.addUrlPatterns("/api/*");
        registration.setOrder(ORDER);
        registration.setName("testActorHeaders");
        return registration;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http
                && http.getHeader(HttpHeaders.AUTHORIZATION) == null
                && http.getHeader(ID) != null) {
            String token =
                    TestTokens.trusted().token(http.getHeader(ID), http.getHeader(ROLE), http.getHeader(ORGANISATION));
            chain.doFilter(new WithBearer(http, "Bearer " + token), response);
            return;
        }
        chain.doFilter(request, response);
    }

    private static final class WithBearer extends HttpServletRequestWrapper {

        private final String authorization;

        WithBearer(HttpServletRequest request, String authorization) {
            super(request);
            this.authorization = authorization;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name) ? authorization : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.AUTHORIZATION.equalsIgnoreCase(name)
                    ? Collections.enumeration(List.of(authorization))
                    : super.getHeaders(name);
        }

        @Override
        public Enumeration<String> getHeaderNames() {
            List<String> names = Collections.list(super.getHeaderNames());
            names.add(HttpHeaders.AUTHORIZATION);
            return Collections.enumeration(names);
        }
    }
}
