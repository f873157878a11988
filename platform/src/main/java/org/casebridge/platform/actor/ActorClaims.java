package org.casebridge.platform.actor;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Turns a validated JWT into an authentication whose principal name is the subject and whose single authority
 * is {@code ROLE_<role>}; a token without a known role or an organisation is refused as invalid (401).
 */
public class ActorClaims implements Converter<Jwt, AbstractAuthenticationToken> {

    private final String roleClaim;
    private final String organisationClaim;

    /** Reads the role and the organisation from the claims of these names. */
    public ActorClaims(String roleClaim, String organisationClaim) {
        this.roleClaim = roleClaim;
        this.organisationClaim = organisationClaim;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt jwt) {
        Actor actor = actor(jwt);
        return new JwtAuthenticationToken(
                jwt, List.of(new SimpleGrantedAuthority("ROLE_" + actor.role().name())), actor.id());
    }

    /** The actor a token speaks for. */
    public Actor actor(Jwt jwt) {
        return actor(
                jwt.getSubject(),
                jwt.getClaimAsString(roleClaim),
                jwt.getClaimAsString(organisationClaim),
                InvalidBearerTokenException::new);
    }

    /** The actor a signed-in portal user's ID token speaks for. */
    public Actor actor(OidcUser user) {
        return actor(
                user.getSubject(),
                user.getClaimAsString(roleClaim),
                user.getClaimAsString(organisationClaim),
                message -> new OAuth2AuthenticationException(new OAuth2Error("invalid_id_token", message, null)));
    }

    private Actor actor(
            String subject, String role, String organisation, Function<String, ? extends RuntimeException> invalid) {
        if (subject == null || subject.isBlank()) {
            throw invalid.apply("The token has no subject.");
        }
        if (organisation == null || organisation.isBlank()) {
            throw invalid.apply("The token has no " + organisationClaim + " claim.");
        }
        if (role == null) {
            throw invalid.apply("The token has no " + roleClaim + " claim.");
        }
        try {
            return new Actor(subject, Actor.Role.valueOf(role.toUpperCase(Locale.ROOT)), organisation);
        } catch (IllegalArgumentException e) {
            throw invalid.apply("The token's role must be one of " + Arrays.toString(Actor.Role.values()) + ".");
        }
    }
}
