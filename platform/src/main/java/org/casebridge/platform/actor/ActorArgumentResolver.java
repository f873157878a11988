package org.casebridge.platform.actor;

import java.util.Arrays;
import java.util.Locale;

import org.casebridge.platform.security.ActorClaims;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Resolves an {@link Actor} controller parameter: from the validated token's claims when the request carries
 * one, otherwise, only where the service trusts them (ADR 0006), from the actor headers. Anything else is a 401.
 */
public class ActorArgumentResolver implements HandlerMethodArgumentResolver {

    private final ActorClaims claims;
    private final boolean trustHeaders;

    public ActorArgumentResolver(ActorClaims claims, boolean trustHeaders) {
        this.claims = claims;
        this.trustHeaders = trustHeaders;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return Actor.class.equals(parameter.getParameterType());
    }

    @Override
    public Actor resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
                                 NativeWebRequest request, WebDataBinderFactory binderFactory) {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof JwtAuthenticationToken token) {
            return claims.actor(token.getToken());
        }
        if (!trustHeaders) {
            throw new UnauthenticatedException("A valid bearer token is required.");
        }
        String id = required(request, ActorHeaders.ID);
        String role = required(request, ActorHeaders.ROLE);
        String organisation = required(request, ActorHeaders.ORGANISATION);
        return new Actor(id, role(role), organisation);
    }

    private static String required(NativeWebRequest request, String header) {
        String value = request.getHeader(header);
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
