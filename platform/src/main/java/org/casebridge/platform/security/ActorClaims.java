package org.casebridge.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.casebridge.platform.actor.Actor;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT into an authentication whose principal name is the subject and whose single authority
 * is {@code ROLE_<role>}; a token without a known role or an organisation is refused as invalid (401).
 */
public class ActorClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final SecurityProperties properties;

    public ActorClaims(SecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = actor(jwt);
        return new JwtAuthenticationToken(jwt, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())),
                actor.id());
    }

    /** The actor a token speaks for. */
    public Actor actor(Jwt jwt) {
        String subject = jwt.getSubject();
        String role = jwt.getClaimAsString(properties.roleClaim());
        String organisation = jwt.getClaimAsString(properties.organisationClaim());
        if (subject == null || subject.isBlank()) {
            throw new InvalidBearerTokenException("The token has no subject.");
        }
        if (organisation == null || organisation.isBlank()) {
            throw new InvalidBearerTokenException("The token has no " + properties.organisationClaim() + " claim.");
        }
        if (role == null) {
            throw new InvalidBearerTokenException("The token has no " + properties.roleClaim() + " claim.");
        }
        try {
            return new Actor(subject, Actor.Role.valueOf(role.toUpperCase(Locale.ROOT)), organisation);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("The token's role must be one of "
                    + Arrays.toString(Actor.Role.values()) + ".");
        }
    }
}
