package org.casebridge.platform.people;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.casebridge.platform.actor.ActorResolver;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Hands {@link PeopleNames} the {@code name} claim of whoever makes a request, signed in to a portal (ID token) or
 * calling the API (access token). {@link PeopleNames#seen} writes only a new or changed name, so a known caller costs
 * a map look-up and no database work.
 */
public class PeopleNamesRecorder implements HandlerInterceptor {

    /** The claim of the identity provider's tokens that holds a person's display name. */
    public static final String NAME_CLAIM = "name";

    private final PeopleNames names;
    private final ActorResolver actors;

    public PeopleNamesRecorder(PeopleNames names, ActorResolver actors) {
        this.names = names;
        this.actors = actors;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = null;
        if (authentication instanceof JwtAuthenticationToken token) {
            name = token.getToken().getClaimAsString(NAME_CLAIM);
        } else if (authentication != null && authentication.getPrincipal() instanceof OidcUser user) {
            name = user.getClaimAsString(NAME_CLAIM);
        }
        if (name != null) {
            names.seen(actors.resolve(), name);
        }
        return true;
    }
}
