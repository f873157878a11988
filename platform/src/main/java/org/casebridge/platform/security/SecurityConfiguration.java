package org.casebridge.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Duration;
import org.casebridge.platform.actor.ActorClaims;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.JwkSetUriJwtDecoderBuilderCustomizer;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Every service's HTTP security. The APIs are stateless (no session, no cookies, so no CSRF token to check);
 * Spring Security's headers are on (no sniffing, no framing, HSTS over TLS, no caching of API answers). Every
 * {@code /api} request needs a valid access token: signature and issuer from
 * {@code spring.security.oauth2.resourceserver.jwt.*}, lifetime, and {@link AccessTokenRules} (this service's
 * audience, the access-token type). Health, metrics and the API description stay open. There is no other mode
 * (ADR 0014): {@link StartupGuards} refuses the setting that once trusted request headers.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String[] OPEN = {
        "/actuator/health/**",
        "/actuator/info",
        "/actuator/prometheus",
        "/v3/api-docs/**",
        "/swagger-ui/**",
        "/swagger-ui.html",
        "/error"
    };

    @Bean
    public static StartupGuards casebridgeStartupGuards() {
        return new StartupGuards();
    }

    @Bean
    public ActorClaims actorClaims(SecurityProperties properties) {
        return new ActorClaims(properties.roleClaim(), properties.organisationClaim());
    }

    /** Boot adds this to the issuer and lifetime checks of the JWT decoder it builds. */
    @Bean
    public AccessTokenRules accessTokenRules(SecurityProperties properties, Environment environment) {
        String audience = properties.audience().isBlank()
                ? "casebridge-" + environment.getRequiredProperty("spring.application.name")
                : properties.audience();
        return new AccessTokenRules(audience, properties.tokenTypes());
    }

    /** Nimbus would accept only {@code typ} JWT or none; {@link AccessTokenRules} decides on the type instead. */
    @Bean
    public JwkSetUriJwtDecoderBuilderCustomizer typeCheckedByAccessTokenRules() {
        return builder -> builder.validateType(false);
    }

    /**
     * Each access token's signature is checked once, not on every request that carries it (ADR 0042); at most five
     * minutes, like the decoder's cache of the signing keys, and never past the token's expiry.
     */
    @Bean
    public static BeanPostProcessor verifiedTokenCacheAroundTheJwtDecoder(ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof JwtDecoder decoder && !(bean instanceof VerifiedTokenCache)) {
                    return new VerifiedTokenCache(decoder, clock.getObject(), Duration.ofMinutes(5), 10_000);
                }
                return bean;
            }
        };
    }

    /** Spring Security uses this bean for any request its firewall refuses, before the filter chain runs. */
    @Bean
    public RequestRejectedHandler rejectedRequestsAsProblems(ObjectMapper objectMapper) {
        return new ProblemSecurityResponses(objectMapper)::rejected;
    }

    @Bean
    public SecurityFilterChain casebridgeSecurity(HttpSecurity http, ActorClaims actorClaims, ObjectMapper objectMapper)
            throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(objectMapper);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .authorizeHttpRequests(requests -> requests.requestMatchers(OPEN)
                        .permitAll()
                        .requestMatchers("/api/**")
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .oauth2ResourceServer(server -> server.authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(actorClaims)));
        return http.build();
    }
}
