package org.casebridge.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestAdmissionFilterTest {

    private final RequestAdmissionFilter filter =
            new RequestAdmissionFilter(1, Duration.ofMillis(50), new ObjectMapper());

    @Test
    void aRequestBeyondThePermitsWaitsThenGetsA503ProblemWhileTheFirstRuns() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> run("/api/cases", () -> {
            inside.countDown();
            await(release);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        MockHttpServletResponse second = new MockHttpServletResponse();
        AtomicInteger ran = new AtomicInteger();
        filter.doFilter(request("/api/cases"), second, (req, res) -> ran.incrementAndGet());

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("1");
        assertThat(second.getContentType()).isEqualTo("application/problem+json");
        assertThat(second.getContentAsString()).contains("The service is busy");
        assertThat(ran).hasValue(0);

        release.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(200);
        assertThat(run("/api/cases", () -> {})).as("the permit came back").isEqualTo(200);
    }

    @Test
    void healthMetricsAndPortalAssetsAreNeverHeldBack() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture.runAsync(() -> run("/portal/cases", () -> {
            inside.countDown();
            await(release);
        }));
        assertThat(inside.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(run("/actuator/health", () -> {})).isEqualTo(200);
        assertThat(run("/actuator/prometheus", () -> {})).isEqualTo(200);
        assertThat(run("/portal/assets/app.css", () -> {})).isEqualTo(200);
        assertThat(run("/api/cases", () -> {})).isEqualTo(503);
        release.countDown();
    }

    private int run(String path, Runnable inside) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            filter.doFilter(request(path), response, (req, res) -> inside.run());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response.getStatus();
    }

    private static MockHttpServletRequest request(String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setRequestURI(path);
        return request;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
