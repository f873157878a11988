package org.casebridge.platform.actor;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/**
 * Says who is acting on the current request: from the validated access token's claims, or from the ID token of a
 * user signed in to a portal. Anything else is a 401. No request header is ever trusted to name the actor
 * (ADR 0014): the production jars hold no code that reads one.
 */
public class ActorResolver {

    private final ActorClaims claims;

    public ActorResolver(ActorClaims claims) {
        this.claims = claims;
    }

    /** The actor of the current request's authentication. */
    public Actor resolve() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof JwtAuthenticationToken token) {
            return claims.actor(token.getToken());
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            return claims.actor(user);
        }
        throw new UnauthenticatedException("A valid bearer token is required.");
    }
}
