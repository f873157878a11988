package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicReference;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Portal sessions with a short absolute lifetime (8 s) and idle timeout (3 s): a user who keeps working is still sent
 * to sign in again when the lifetime is up, and the inbox's background refresh keeps no idle session alive. The
 * session lives in PostgreSQL (ADR 0036) and is carried from request to request by its cookie, as a browser does.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
// The store keeps a session longer than the portal's idle timeout, its outer bound, so that what ends a session here
// is the portal's own rule: the requests are signed in by the test whatever the session holds.
@TestPropertySource(
        properties = {
            "casebridge.portal.session-lifetime=8s",
            "server.servlet.session.timeout=3s",
            "spring.session.timeout=1m"
        })
class PortalSessionIT {

    private static final Duration LIFETIME = Duration.ofSeconds(8);
    private static final Duration IDLE = Duration.ofSeconds(3);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${server.servlet.session.cookie.name}")
    String cookieName;

    private static OidcLoginRequestPostProcessor officer() {
        return PortalSignIn.as("officer.session", "POLICE_LIAISON", "MPS", "Sam Officer");
    }

    @Test
    void aBusyUserIsSentToSignInAgainWhenTheLifetimeIsUp() throws Exception {
        Browser session = new Browser();
        Instant signedIn = Instant.now();
        assertThat(page(session).getStatus()).isEqualTo(200);
        String signedInSession = session.id();
        AtomicReference<MockHttpServletResponse> ended = new AtomicReference<>();
        await().atMost(LIFETIME.plusSeconds(10))
                .pollInterval(Duration.ofMillis(700))
                .until(() -> {
                    ended.set(page(session));
                    return ended.get().getStatus() != 200;
                });
        assertThat(Duration.between(signedIn, Instant.now()))
                .as("each request was the user's, so only the lifetime ended the session")
                .isGreaterThanOrEqualTo(LIFETIME);
        assertThat(ended.get().getStatus()).isEqualTo(302);
        assertThat(ended.get().getRedirectedUrl()).endsWith("/oauth2/authorization/casebridge");
        assertThat(jdbc.queryForObject(
                        "SELECT count(*) FROM spring_session WHERE session_id = ?", Integer.class, signedInSession))
                .as("the ended session is deleted from the store")
                .isZero();
    }

    @Test
    void backgroundRefreshesKeepNoIdleSessionAliveAndAreToldToReloadThePage() throws Exception {
        Browser session = new Browser();
        Instant lastUserRequest = Instant.now();
        assertThat(page(session).getStatus()).isEqualTo(200);
        // on a loaded machine the first request may take seconds: the session's times are set within it
        Instant lastUserAnswer = Instant.now();
        AtomicReference<MockHttpServletResponse> refused = new AtomicReference<>();
        await().atMost(LIFETIME.plusSeconds(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    refused.set(session.send(get("/portal/probes/case-refresh")
                            .with(officer())
                            .header("HX-Request", "true")
                            .header(PortalSessionLifetime.BACKGROUND, "refresh")));
                    return refused.get().getStatus() != 200;
                });
        Instant ended = Instant.now();
        assertThat(Duration.between(lastUserRequest, ended)).isGreaterThanOrEqualTo(IDLE);
        assertThat(Duration.between(lastUserAnswer, ended)).isLessThan(LIFETIME);
        assertThat(refused.get().getStatus()).isEqualTo(401);
        assertThat(refused.get().getHeader("HX-Refresh")).isEqualTo("true");
    }

    @Test
    void aDraftSaveAfterTheSessionEndedGetsAProblemAndSavesNothing() throws Exception {
        Browser session = new Browser();
        assertThat(session.send(get("/portal/probes/case-draft").with(dsl())).getStatus())
                .isEqualTo(200);
        // The user types nothing for longer than the idle timeout; the next save is the first request after it.
        await().atMost(IDLE.plusSeconds(5)).pollDelay(IDLE.plusMillis(200)).until(() -> true);
        MockHttpServletResponse response = session.send(post("/portal/drafts/probe-note")
                .with(dsl())
                .with(csrf())
                .param("note", "typed after the session ended"));
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("signed-out", "Sign in again");
    }

    private static OidcLoginRequestPostProcessor dsl() {
        return PortalSignIn.as("dsl.session", "SCHOOL_DSL", "100001", "Jo Bloggs");
    }

    private MockHttpServletResponse page(Browser session) throws Exception {
        return session.send(get("/portal/probes/case-session").with(officer()));
    }

    /** Keeps the session cookie from one response to the next request, as a browser does. */
    private final class Browser {

        private Cookie cookie;
        private String lastId;

        MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
            if (cookie != null) {
                request.cookie(cookie);
            }
            MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
            Cookie set = response.getCookie(cookieName);
            if (set != null && set.getMaxAge() == 0) {
                cookie = null;
            } else if (set != null) {
                cookie = set;
                lastId = new String(Base64.getDecoder().decode(set.getValue()), StandardCharsets.UTF_8);
            }
            return response;
        }

        /** The id of the last session the service gave this browser. */
        String id() {
            assertThat(lastId).as("a session cookie was set").isNotNull();
            return lastId;
        }
    }
}
