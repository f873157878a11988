package org.casebridge.platform.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.casebridge.platform.test.CasebridgeIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portal sessions live in PostgreSQL (ADR 0036): a session that another instance of the service wrote signs its user
 * in here, an attribute that no instance can read back signs the user out instead of failing the page, and expired
 * sessions are deleted by the purge task.
 */
@CasebridgeIntegrationTest
@AutoConfigureMockMvc
class PortalSessionStoreIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    RecurringTask<Void> portalSessionPurge;

    @Value("${server.servlet.session.cookie.name}")
    String cookieName;

    @Test
    void aSessionWrittenByAnotherInstanceSignsItsUserInHere() throws Exception {
        String id = signedInElsewhere("dsl.elsewhere", Duration.ofMinutes(30));

        MockHttpServletResponse page = open(id);

        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Signed in as <strong>Jo Elsewhere</strong>");
    }

    @Test
    void anAttributeNoInstanceCanReadBackSignsTheUserOutInsteadOfFailingThePage() throws Exception {
        String id = signedInElsewhere("dsl.unreadable", Duration.ofMinutes(30));
        jdbc.update("""
                UPDATE spring_session_attributes SET attribute_bytes = decode('aced0005deadbeef', 'hex')
                WHERE attribute_name = ?
                  AND session_primary_id = (SELECT primary_id FROM spring_session WHERE session_id = ?)""", HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, id);

        MockHttpServletResponse page = open(id);

        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/oauth2/authorization/casebridge");
    }

    @Test
    void expiredSessionsAreDeletedByThePurge() throws Exception {
        String expired = signedInElsewhere("dsl.expired", Duration.ofSeconds(1));
        String live = signedInElsewhere("dsl.live", Duration.ofMinutes(30));
        jdbc.update(
                "UPDATE spring_session SET expiry_time = ? WHERE session_id = ?",
                Instant.now().minusSeconds(60).toEpochMilli(),
                expired);

        portalSessionPurge.execute(null, null);

        assertThat(jdbc.queryForList("SELECT session_id FROM spring_session", String.class))
                .contains(live)
                .doesNotContain(expired);
        assertThat(open(expired).getStatus())
                .as("an expired session signs nobody in")
                .isEqualTo(302);
    }

    /**
     * A session saved as another instance would save it after its user signed in at the identity provider: through a
     * repository of its own on the same database, with what the portal's sign-in puts in the session.
     */
    private String signedInElsewhere(String user, Duration idleTimeout) {
        JdbcIndexedSessionRepository otherInstance = new JdbcIndexedSessionRepository(
                new JdbcTemplate(dataSource), new TransactionTemplate(new DataSourceTransactionManager(dataSource)));
        otherInstance.setConversionService(
                PortalSessionAttributes.conversionService(getClass().getClassLoader()));
        otherInstance.setDefaultMaxInactiveInterval(idleTimeout);
        Instant now = Instant.now();
        OidcIdToken idToken = new OidcIdToken(
                "id-token-of-" + user,
                now,
                now.plusSeconds(300),
                Map.of(
                        "sub",
                        user,
                        "role",
                        "SCHOOL_DSL",
                        "org",
                        "100001",
                        "name",
                        user.equals("dsl.elsewhere") ? "Jo Elsewhere" : "Jo Bloggs"));
        List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_SCHOOL_DSL"));
        DefaultOidcUser principal = new DefaultOidcUser(authorities, idToken, "sub");
        SecurityContextImpl context = new SecurityContextImpl(
                new OAuth2AuthenticationToken(principal, authorities, PortalSecurityConfiguration.REGISTRATION));
        return saved(otherInstance, session -> {
            session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
            session.setAttribute(PortalSessionLifetime.SIGNED_IN_AT, now);
            session.setAttribute(PortalSessionLifetime.ACTIVE_AT, now);
        });
    }

    private static <S extends Session> String saved(SessionRepository<S> repository, Consumer<Session> fill) {
        S session = repository.createSession();
        fill.accept(session);
        repository.save(session);
        return session.getId();
    }

    private MockHttpServletResponse open(String sessionId) throws Exception {
        String value = Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8));
        return mvc.perform(get("/portal/probes/case-elsewhere").cookie(new Cookie(cookieName, value)))
                .andReturn()
                .getResponse();
    }
}
