package org.casebridge.platform.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service learns who is acting: always from a token (ADR 0014).
 *
 * @param tokens            must be true: every {@code /api} request needs a valid JWT. {@code false} once trusted
 *                          the actor headers of ADR 0006; a service now refuses to start with it
 * @param roleClaim         the claim carrying the role ({@code SCHOOL_DSL}, {@code POLICE_LIAISON}, ...)
 * @param organisationClaim the claim carrying the organisation (school URN, force code, agency id)
 * @param audience          this service's resource id, which must be among a token's {@code aud}; empty means
 *                          {@code casebridge-<spring.application.name>}
 * @param tokenTypes        the JOSE {@code typ} headers accepted (RFC 9068 access tokens: {@code at+jwt}), so that
 *                          an ID token is refused; compared without case and without an {@code application/} prefix
 */
@ConfigurationProperties("casebridge.security")
public record SecurityProperties(
        @DefaultValue("true") boolean tokens,
        @DefaultValue("role") String roleClaim,
        @DefaultValue("org") String organisationClaim,
        @DefaultValue("") String audience,
        @DefaultValue("at+jwt") List<String> tokenTypes) {}
