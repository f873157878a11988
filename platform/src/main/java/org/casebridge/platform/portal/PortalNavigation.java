package org.casebridge.platform.portal;

import java.util.List;

/**
 * The links in a service's portal navigation bar. A service declares one bean of it.
 *
 * @param home  where the service name in the header links to
 * @param links the navigation, in order
 */
public record PortalNavigation(String home, List<Link> links) {

    /** A navigation link; {@code prefix} marks it current for every page under it. */
    public record Link(String text, String href, String prefix) {
        public Link(String text, String href) {
            this(text, href, href);
        }
    }
}
