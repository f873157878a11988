package org.casebridge.platform.actor;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.UnaryOperator;

import org.casebridge.platform.security.ActorClaims;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Says who is acting on the current request: from the validated token's claims when the request carries one, or
 * from the ID token of a user signed in to a portal,
 * otherwise, only where the service trusts them (ADR 0006), from the actor headers. Anything else is a 401.
 */
public class ActorResolver {

    private final ActorClaims claims;
    private final boolean trustHeaders;

    public ActorResolver(ActorClaims claims, boolean trustHeaders) {
        this.claims = claims;
        this.trustHeaders = trustHeaders;
    }

    /** @param headers the request's header lookup */
    public Actor resolve(UnaryOperator<String> headers) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return claims.actor(token.getToken());
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return claims.actor(user);
        }
        if (!trustHeaders) {
            throw new UnauthenticatedException("A valid bearer token is required.");
        }
        String id = required(headers, ActorHeaders.ID);
        String role = required(headers, ActorHeaders.ROLE);
        String organisation = required(headers, ActorHeaders.ORGANISATION);
        return new Actor(id, role(role), organisation);
    }

    private static String required(UnaryOperator<String> headers, String header) {
        String value = headers.apply(header);
        if (value == null || value.isBlank()) {
            throw new UnauthenticatedException("The " + header + " header is required.");
        }
        if (value.length() > ActorHeaders.MAX_LENGTH) {
            throw new UnauthenticatedException("The " + header + " header is too long.");
        }
        return value.strip();
    }

    private static Actor.Role role(String value) {
        try {
            return Actor.Role.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new UnauthenticatedException("The " + ActorHeaders.ROLE + " header must be one of "
                    + Arrays.toString(Actor.Role.values()) + ".");
        }
    }
}
