package org.casebridge.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.casebridge.platform.problem.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A bulkhead between the request path and the event processors (ADR 0029): at most {@code permits} API and portal
 * requests run at once, admitted first come first served, so that requests can hold at most that many of the
 * database pool's connections and the rest stay free for the outbox, the projections and the Kafka consumers. Before
 * this, a burst of requests queued on the pool itself, whose hand-off is not first come first served, and the
 * publisher waited there behind them for seconds. A request not admitted within {@code wait} gets a 503 problem with
 * {@code Retry-After}, not the pool's 500 after 30 s.
 */
public class RequestAdmissionFilter extends OncePerRequestFilter {

    private final Semaphore permits;
    private final long waitNanos;
    private final ObjectMapper objectMapper;

    public RequestAdmissionFilter(int permits, Duration wait, ObjectMapper objectMapper) {
        this.permits = new Semaphore(Math.max(1, permits), true);
        this.waitNanos = wait.toNanos();
        this.objectMapper = objectMapper;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/api/") || path.equals("/api") || path.startsWith("/portal"))
                || path.startsWith("/portal/assets/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean admitted;
        try {
            admitted = permits.tryAcquire(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            admitted = false;
        }
        if (!admitted) {
            busy(response);
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            permits.release();
        }
    }

    /** Requests waiting for admission now, for the metrics. */
    public int waiting() {
        return permits.getQueueLength();
    }

    private void busy(HttpServletResponse response) throws IOException {
        ProblemDetail problem = Problems.of(
                503, "busy", "The service is busy", "Too many requests are in progress. Try again in a moment.");
        response.setStatus(503);
        response.setHeader("Retry-After", "1");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        objectMapper.writeValue(response.getOutputStream(), problem);
    }
}
