package org.casebridge.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.security.oauth2.resource.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.autoconfigure.security.servlet.SecurityAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Every service's HTTP security. The APIs are stateless (no session, no cookies, so no CSRF token to check);
 * Spring Security's headers are on (no sniffing, no framing, HSTS over TLS, no caching of API answers). With
 * {@code casebridge.security.tokens=true} every {@code /api} request needs a valid JWT (issuer and keys from
 * {@code spring.security.oauth2.resourceserver.jwt.*}); health, metrics and the API description stay open.
 */
@AutoConfiguration(before = {SecurityAutoConfiguration.class, OAuth2ResourceServerAutoConfiguration.class})
@EnableWebSecurity
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityConfiguration {

    private static final String[] OPEN = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus",
            "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html", "/error"};

    @Bean
    public ActorClaims actorClaims(SecurityProperties properties) {
        return new ActorClaims(properties);
    }

    @Bean
    public SecurityFilterChain casebridgeSecurity(HttpSecurity http, SecurityProperties properties,
                                                  ActorClaims actorClaims, ObjectMapper objectMapper) throws Exception {
        ProblemSecurityResponses problems = new ProblemSecurityResponses(objectMapper);
        http.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.ignoringRequestMatchers("/api/**"))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems));
        if (properties.tokens()) {
            http.authorizeHttpRequests(requests -> requests
                            .requestMatchers(OPEN).permitAll()
                            .requestMatchers("/api/**").authenticated()
                            .anyRequest().denyAll())
                    .oauth2ResourceServer(server -> server
                            .authenticationEntryPoint(problems)
                            .accessDeniedHandler(problems)
                            .jwt(jwt -> jwt.jwtAuthenticationConverter(actorClaims)));
        } else {
            http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll());
        }
        return http.build();
    }
}
