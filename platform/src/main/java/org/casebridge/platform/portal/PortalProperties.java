package org.casebridge.platform.portal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The portal of a service.
 *
 * @param enabled      false leaves the service API-only
 * @param serviceName  the name in the header, e.g. "Report a nude image sharing incident"
 * @param issuer       the OpenID Connect provider's issuer; its endpoints are the Spring Authorization Server's
 *                     paths under it, so no discovery call is needed at start-up
 * @param clientId     the portal's client at the provider
 * @param clientSecret its secret
 * @param exitUrl      where "Exit this page" goes: a neutral page that shows nothing of the case
 * @param sessionLifetime how long a portal session lasts from sign-in, however active; then the user signs in
 *                        again. A draft is kept for this long after its last save.
 * @param draftsKey      base64 of the 32-byte AES key drafts are sealed with ({@code CASEBRIDGE_PORTAL_DRAFTS_KEY});
 *                       required unless the {@code local} profile is active, which uses a published development key
 */
@ConfigurationProperties("casebridge.portal")
public record PortalProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("Casebridge") String serviceName,
        @DefaultValue("http://localhost:9000") String issuer,
        @DefaultValue("casebridge-portal") String clientId,
        @DefaultValue("casebridge-portal-secret") String clientSecret,
        @DefaultValue("/portal/hidden") String exitUrl,
        @DefaultValue("10h") Duration sessionLifetime,
        @DefaultValue("") String draftsKey) {}
