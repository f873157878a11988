package org.casebridge.identity;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Spring Authorization Server with the demo directory: OpenID Connect for people (authorisation code), client
 * credentials for machines, and JWT access tokens carrying {@code role} and {@code org}, the claims every
 * Casebridge service reads, with {@code typ} {@code at+jwt} and the audiences of the services the role uses.
 */
@Configuration(proxyBeanMethods = false)
public class AuthorizationServerConfiguration {

    static final String ROLE_CLAIM = "role";
    static final String ORGANISATION_CLAIM = "org";
    static final String PORTAL_CLIENT = "casebridge-portal";
    static final String ACCESS_TOKEN_TYPE = "at+jwt";

    @Bean
    static DemoOnLoopbackOnly demoOnLoopbackOnly() {
        return new DemoOnLoopbackOnly();
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = OAuth2AuthorizationServerConfigurer.authorizationServer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .csrf(csrf -> csrf.ignoringRequestMatchers(server.getEndpointsMatcher()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/actuator/health/**", "/error")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .formLogin(Customizer.withDefaults());
        return http.build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    UserDetailsService users(PasswordEncoder encoder) {
        return new InMemoryUserDetailsManager(DemoDirectory.USERS.stream()
                .map(user -> User.withUsername(user.id())
                        .password(encoder.encode(DemoDirectory.USER_PASSWORD))
                        .roles(user.role())
                        .build())
                .toList());
    }

    @Bean
    RegisteredClientRepository clients(PasswordEncoder encoder, IdentityProperties properties) {
        TokenSettings tokens = TokenSettings.builder()
                .accessTokenTimeToLive(properties.accessTokenTtl())
                .build();
        List<RegisteredClient> clients = new java.util.ArrayList<>(DemoDirectory.CLIENTS.stream()
                .map(client -> RegisteredClient.withId(
                                UUID.nameUUIDFromBytes(client.id().getBytes()).toString())
                        .clientId(client.id())
                        .clientName(client.displayName())
                        .clientSecret(encoder.encode(client.id() + DemoDirectory.CLIENT_SECRET_SUFFIX))
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                        .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                        .tokenSettings(tokens)
                        .build())
                .toList());
        RegisteredClient.Builder portal = RegisteredClient.withId(
                        UUID.nameUUIDFromBytes(PORTAL_CLIENT.getBytes()).toString())
                .clientId(PORTAL_CLIENT)
                .clientName("Casebridge portals")
                .clientSecret(encoder.encode(properties.portalClientSecret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireProofKey(true).build())
                .tokenSettings(tokens);
        properties.portalBaseUrls().stream()
                .map(base -> base.replaceAll("/+$", ""))
                .forEach(base -> portal.redirectUri(base + "/login/oauth2/code/casebridge")
                        .postLogoutRedirectUri(base + "/portal/signed-out"));
        clients.add(portal.build());
        return new InMemoryRegisteredClientRepository(clients);
    }

    /**
     * Adds the role and organisation of the user or machine client to every access and ID token. An access token
     * also gets {@code typ} {@code at+jwt} (RFC 9068) and, instead of the client id, the audiences of the services
     * its role uses, so that each service can refuse tokens meant for others; an ID token keeps the client id.
     */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> roleAndOrganisationClaims() {
        return context -> {
            String principal = context.getPrincipal().getName();
            var identity = AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())
                    ? DemoDirectory.client(context.getRegisteredClient().getClientId())
                    : DemoDirectory.user(principal);
            identity.ifPresent(found -> context.getClaims()
                    .claim(ROLE_CLAIM, found.role())
                    .claim(ORGANISATION_CLAIM, found.organisation())
                    .claim("name", found.displayName()));
            if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
                context.getJwsHeader().type(ACCESS_TOKEN_TYPE);
                context.getClaims()
                        .audience(identity.map(found -> ServiceAudiences.forRole(found.role()))
                                .orElse(java.util.List.of()));
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> signingKeys(IdentityProperties properties) {
        return new ImmutableJWKSet<>(new JWKSet(SigningKey.load(properties.keyFile())));
    }

    @Bean
    AuthorizationServerSettings authorizationServerSettings(IdentityProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }
}
