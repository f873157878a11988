package org.casebridge.platform.portal;

import java.util.List;
import java.util.Map;

import org.casebridge.platform.actor.Actor;
import org.casebridge.platform.security.ActorClaims;
import org.casebridge.platform.security.SecurityConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.security.oauth2.client.servlet.OAuth2ClientAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
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
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Sign-in for the portal pages: authorisation code with PKCE at the identity provider, then a server-side session
 * with CSRF tokens on every form. Only the portal's paths are matched here; {@code /api} keeps its stateless
 * bearer-token chain. The user's role and organisation come from the ID token, as they come from the access token
 * on the API, and a user whose token lacks them is refused at sign-in.
 */
@AutoConfiguration(before = {SecurityConfiguration.class, OAuth2ClientAutoConfiguration.class})
@EnableConfigurationProperties(PortalProperties.class)
@ConditionalOnProperty(prefix = "casebridge.portal", name = "enabled", havingValue = "true", matchIfMissing = true)
public class PortalSecurityConfiguration {

    /** The registration id, and so the last segment of the redirect URI registered at the provider. */
    public static final String REGISTRATION = "casebridge";

    private static final String[] PORTAL_PATHS = {"/portal", "/portal/**", "/oauth2/authorization/**",
            "/login/oauth2/**", "/logout", "/webjars/**", "/assets/**", "/portal-assets/**"};

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
    public SecurityFilterChain portalSecurity(HttpSecurity http, ClientRegistrationRepository registrations,
                                              ActorClaims actorClaims) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver pkce = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        pkce.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/portal/signed-out");
        http.securityMatcher(PORTAL_PATHS)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/assets/**", "/portal-assets/**", "/portal/signed-out",
                                "/portal/hidden").permitAll()
                        .anyRequest().authenticated())
                .oauth2Login(login -> login
                        .loginPage("/oauth2/authorization/" + REGISTRATION)
                        .defaultSuccessUrl("/portal")
                        .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce))
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(portalUsers(actorClaims))))
                .logout(logout -> logout.logoutSuccessHandler(signedOut))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .cacheControl(cache -> { }));
        return http.build();
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
            return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())),
                    user.getIdToken(), user.getUserInfo(), IdTokenClaimNames.SUB);
        };
    }
}
