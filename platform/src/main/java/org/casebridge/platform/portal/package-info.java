/**
 * What every service's portal shares: sign-in through the OpenID Connect identity provider, a session and CSRF
 * protection for the pages (the APIs stay stateless), the GOV.UK Frontend layout and form fragments, drafts saved as
 * the user types, the hide-this-page control, and error pages. Portal controllers call the same command gateway and
 * queries as the API controllers; the {@link org.casebridge.platform.actor.Actor} comes from the ID token.
 */
@NullMarked
package org.casebridge.platform.portal;

import org.jspecify.annotations.NullMarked;
