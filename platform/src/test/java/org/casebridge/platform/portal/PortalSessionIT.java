package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.casebridge.platform.test.PortalSignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.OidcLoginRequestPostProcessor;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Portal sessions with a short absolute lifetime (8 s) and idle timeout (3 s): a user who keeps working is still sent
 * to sign in again when the lifetime is up, and the inbox's background refresh keeps no idle session alive.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
@TestPropertySource(properties = {"casebridge.portal.session-lifetime=8s", "server.servlet.session.timeout=3s"})
class PortalSessionIT {

    private static final Duration LIFETIME = Duration.ofSeconds(8);
    private static final Duration IDLE = Duration.ofSeconds(3);

    @Autowired
    MockMvc mvc;

    private static OidcLoginRequestPostProcessor officer() {
        return PortalSignIn.as("officer.session", "POLICE_LIAISON", "MPS", "Sam Officer");
    }

    @Test
    void aBusyUserIsSentToSignInAgainWhenTheLifetimeIsUp() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant signedIn = Instant.now();
        assertThat(page(session).getStatus()).isEqualTo(200);
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
        assertThat(session.isInvalid()).isTrue();
    }

    @Test
    void backgroundRefreshesKeepNoIdleSessionAliveAndAreToldToReloadThePage() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Instant lastUserRequest = Instant.now();
        assertThat(page(session).getStatus()).isEqualTo(200);
        AtomicReference<MockHttpServletResponse> refused = new AtomicReference<>();
        await().atMost(LIFETIME.plusSeconds(5))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> {
                    refused.set(mvc.perform(get("/portal/probes/case-refresh")
                                    .session(session)
                                    .with(officer())
                                    .header("HX-Request", "true")
                                    .header(PortalSessionLifetime.BACKGROUND, "refresh"))
                            .andReturn()
                            .getResponse());
                    return refused.get().getStatus() != 200;
                });
        Duration idleFor = Duration.between(lastUserRequest, Instant.now());
        assertThat(idleFor).isGreaterThanOrEqualTo(IDLE).isLessThan(LIFETIME);
        assertThat(refused.get().getStatus()).isEqualTo(401);
        assertThat(refused.get().getHeader("HX-Refresh")).isEqualTo("true");
    }

    @Test
    void aDraftSaveAfterTheSessionEndedGetsAProblemAndSavesNothing() throws Exception {
        MockHttpSession session = new MockHttpSession();
        assertThat(mvc.perform(get("/portal/probes/case-draft").session(session).with(dsl()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        // The user types nothing for longer than the idle timeout; the next save is the first request after it.
        await().atMost(IDLE.plusSeconds(5)).pollDelay(IDLE.plusMillis(200)).until(() -> true);
        MockHttpServletResponse response = mvc.perform(post("/portal/drafts/probe-note")
                        .session(session)
                        .with(dsl())
                        .with(csrf())
                        .param("note", "typed after the session ended"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(401);
        assertThat(response.getContentType()).isEqualTo("application/problem+json");
        assertThat(response.getContentAsString()).contains("signed-out", "Sign in again");
    }

    private static OidcLoginRequestPostProcessor dsl() {
        return PortalSignIn.as("dsl.session", "SCHOOL_DSL", "100001", "Jo Bloggs");
    }

    private MockHttpServletResponse page(MockHttpSession session) throws Exception {
        return mvc.perform(get("/portal/probes/case-session").session(session).with(officer()))
                .andReturn()
                .getResponse();
    }
}
