package org.casebridge.platform.portal;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.actor.ActorClaims;
import org.casebridge.platform.problem.Problems;
import org.casebridge.platform.security.SecurityConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Sign-in for the portal pages: authorisation code with PKCE at the identity provider, then a server-side session
 * with CSRF tokens on every form. Only the portal's paths are matched here; {@code /api} keeps its stateless
 * bearer-token chain. The user's role and organisation come from the ID token, as they come from the access token
 * on the API, and a user whose token lacks them is refused at sign-in. A session lasts at most
 * {@code casebridge.portal.session-lifetime} from sign-in, and ends sooner when the user does nothing for the idle
 * timeout; background refreshes do not count as doing something ({@link PortalSessionLifetime}).
 */
@AutoConfiguration(before = {SecurityConfiguration.class, OAuth2ClientAutoConfiguration.class})
@EnableConfigurationProperties(PortalProperties.class)
@ConditionalOnProperty(prefix = "casebridge.portal", name = "enabled", havingValue = "true", matchIfMissing = true)
public class PortalSecurityConfiguration {

    /** The registration id, and so the last segment of the redirect URI registered at the provider. */
    public static final String REGISTRATION = "casebridge";

    private static final String[] PORTAL_PATHS = {
        "/portal",
        "/portal/**",
        "/oauth2/authorization/**",
        "/login/oauth2/**",
        "/logout",
        "/webjars/**",
        "/assets/**",
        "/portal-assets/**"
    };

    @Bean
    public ClientRegistrationRepository portalClientRegistrations(PortalProperties portal) {
        String issuer = portal.issuer().replaceAll("/+$", "");
        ClientRegistration registration = ClientRegistration.withRegistrationId(REGISTRATION)
                .clientId(portal.clientId())
                .clientSecret(portal.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .authorizationUri(issuer + "/oauth2/authorize")
                .tokenUri(issuer + "/oauth2/token")
                .jwkSetUri(issuer + "/oauth2/jwks")
                .issuerUri(issuer)
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", issuer + "/connect/logout"))
                .clientName("Casebridge")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    @Order(1)
    public SecurityFilterChain portalSecurity(
            HttpSecurity http,
            ClientRegistrationRepository registrations,
            ActorClaims actorClaims,
            PortalProperties portal,
            Clock clock,
            Environment environment)
            throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce =
                new DefaultOAuth2AuthorizationRequestResolver(registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/portal/signed-out");
        http.securityMatcher(PORTAL_PATHS)
                .authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/webjars/**",
                                "/assets/**",
                                "/portal-assets/**",
                                "/portal/signed-out",
                                "/portal/hidden")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION)
                        .defaultSuccessUrl("/portal")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(portalUsers(actorClaims))))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .addFilterBefore(
                        new PortalSessionLifetime(clock, portal.sessionLifetime(), idleTimeout(environment)),
                        AnonymousAuthenticationFilter.class)
                .exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(signInAgain()))
                .headers(headers -> headers.referrerPolicy(
                                referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .cacheControl(cache -> {}));
        return http.build();
    }

    /**
     * Where a request without a live session goes: a page to the provider's sign-in; an htmx request (the inbox's
     * refresh) is told to reload its page, which then does the same, rather than following the redirect itself; a
     * draft save gets a problem its script can show.
     */
    static AuthenticationEntryPoint signInAgain() {
        LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> entryPoints = new LinkedHashMap<>();
        entryPoints.put(
                PathPatternRequestMatcher.withDefaults().matcher("/portal/drafts/**"), (request, response, e) -> {
                    response.setStatus(401);
                    response.setContentType("application/problem+json");
                    response.getWriter()
                            .write(
                                    "{\"type\":\"" + Problems.TYPE_BASE + "signed-out\","
                                            + "\"title\":\"Signed out\",\"status\":401,"
                                            + "\"detail\":\"Your session has ended. Sign in again to keep saving this form.\"}");
                });
        entryPoints.put(request -> request.getHeader("HX-Request") != null, (request, response, e) -> {
            response.setStatus(401);
            response.setHeader("HX-Refresh", "true");
        });
        DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(entryPoints);
        entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION));
        return entryPoint;
    }

    /** The idle timeout the servlet container applies to sessions, which the portal applies to what users do. */
    private static Duration idleTimeout(Environment environment) {
        return Binder.get(environment)
                .bind("server.servlet.session.timeout", Duration.class)
                .orElse(Duration.ofMinutes(30));
    }

    /**
     * Reads the user from the ID token alone (the claims the services need are in it) and gives them the authority
     * {@code ROLE_<role>}; a token without a role or an organisation fails the sign-in.
     */
    static OAuth2UserService<OidcUserRequest, OidcUser> portalUsers(ActorClaims actorClaims) {
        OidcUserService fromIdToken = new OidcUserService();
        return request -> {
            OidcUser user = fromIdToken.loadUser(request);
            Actor actor = actorClaims.actor(user);
            return new DefaultOidcUser(
                    List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())),
                    user.getIdToken(),
                    user.getUserInfo(),
                    IdTokenClaimNames.SUB);
        };
    }
}
