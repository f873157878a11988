package org.casebridge.platform.portal;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The links in a service's portal navigation bar. A service declares one bean of it.
 *
 * @param home  where the service name in the header links to
 * @param links the navigation, in order
 */
public record PortalNavigation(String home, List<Link> links) {

    /**
     * A navigation link; {@code prefix} marks it current for every page under it; {@code roles} are the roles shown it
     * (the names of {@link org.casebridge.platform.actor.Actor.Role}), everyone when empty.
     */
    public record Link(String text, String href, String prefix, Set<String> roles) {
        public Link(String text, String href) {
            this(text, href, href, Set.of());
        }

        /** A link shown only to users of these roles: a page the others would be refused. */
        public static Link forRoles(String text, String href, String... roles) {
            return new Link(text, href, href, Set.of(roles));
        }

        /** Whether a user of this role is shown the link. */
        public boolean shownTo(@Nullable String role) {
            return roles.isEmpty() || (role != null && roles.contains(role));
        }
    }
}
