package org.casebridge.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a service learns who is acting.
 *
 * @param tokens            true: every {@code /api} request needs a valid JWT from the configured issuer and the
 *                          actor comes from its claims; false: the actor headers of ADR 0006 are trusted
 * @param roleClaim         the claim carrying the role ({@code SCHOOL_DSL}, {@code POLICE_LIAISON}, ...)
 * @param organisationClaim the claim carrying the organisation (school URN, force code, agency id)
 */
@ConfigurationProperties("casebridge.security")
public record SecurityProperties(
        @DefaultValue("false") boolean tokens,
        @DefaultValue("role") String roleClaim,
        @DefaultValue("org") String organisationClaim) {
}
