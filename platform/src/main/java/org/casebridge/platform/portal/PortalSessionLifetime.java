package org.casebridge.platform.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a portal session when it reaches its absolute lifetime, counted from the first request after sign-in, or when
 * the user has done nothing for the idle timeout. Background refreshes (requests carrying {@link #BACKGROUND} with
 * the value {@code refresh}, which the portal's script adds to polling elements such as the police inbox) are not
 * the user doing something: they neither extend the idle time nor, of course, the lifetime. The servlet container's
 * own idle timeout, which every request renews, stays as the outer bound. An ended session is invalidated and the
 * request goes on unauthenticated, so the user is sent to sign in again.
 */
final class PortalSessionLifetime extends OncePerRequestFilter {

    /** The request header that marks a request the user did not make. */
    static final String BACKGROUND = "X-Casebridge-Background";

    static final String SIGNED_IN_AT = PortalSessionLifetime.class.getName() + ".signedInAt";
    static final String ACTIVE_AT = PortalSessionLifetime.class.getName() + ".activeAt";

    private final Clock clock;
    private final Duration lifetime;
    private final Duration idle;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

    PortalSessionLifetime(Clock clock, Duration lifetime, Duration idle) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.idle = idle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication user = contexts.getContext().getAuthentication();
        if (user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken)) {
            HttpSession session = request.getSession();
            Instant now = clock.instant();
            if (!(session.getAttribute(SIGNED_IN_AT) instanceof Instant signedInAt)
                    || !(session.getAttribute(ACTIVE_AT) instanceof Instant activeAt)) {
                session.setAttribute(SIGNED_IN_AT, now);
                session.setAttribute(ACTIVE_AT, now);
            } else if (!now.isBefore(signedInAt.plus(lifetime)) || !now.isBefore(activeAt.plus(idle))) {
                session.invalidate();
                contexts.clearContext();
            } else if (!"refresh".equals(request.getHeader(BACKGROUND))) {
                session.setAttribute(ACTIVE_AT, now);
            }
        }
        chain.doFilter(request, response);
    }
}
